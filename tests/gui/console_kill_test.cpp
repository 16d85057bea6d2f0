// The marks lost in the console (docs/storage.md, Locks), reproduced with the real program: the
// console (gui/driver/console_driver.cpp) enters a mark by real key presses, opens GTK's file
// chooser with Ctrl+O in the folder that holds the .plumb file and cancels it, `plumb check`
// runs on the same file from another process, more marks are typed, and the console is killed
// with SIGKILL. Every mark it acknowledged ("已保存 A2 = 1010") must be in the database, on a
// master and on a laptop made from a judge kit, and from the laptop in its next packet and on
// the master once that packet is imported. Without the store's own file locks the chooser's
// looking into the files dropped SQLite's locks, `plumb check` deleted the WAL and the marks
// typed afterwards were lost (or, caught by the WAL check, refused): either way this fails.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "crash/crash_harness.h"

using namespace plumb;
namespace fs = std::filesystem;

namespace {

struct Ack {
    std::string workstation, aspect, value;
};

// Runs a plumb command; its output for the report when it fails.
void plumb_cli(const std::string& arguments, const fs::path& log) {
    // In English whatever language an earlier test left the process in (LANGUAGE).
    const std::string cmd = "env -u LANGUAGE LC_ALL=C.UTF-8 " + std::string(PLUMB_BINARY) + " " +
                            arguments + " >'" + log.string() + "' 2>&1";
    const int status = std::system(cmd.c_str());
    std::ifstream in(log);
    std::stringstream text;
    text << in.rdbuf();
    INFO("plumb " << arguments << ": " << text.str());
    REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
}

// Drives the console on `db` as J01 until it acknowledged `after_check` marks after `plumb
// check`, then kills it; every mark it acknowledged.
std::vector<Ack> drive_and_kill(const fs::path& db, std::size_t after_check) {
    crash::Driver console(CONSOLE_DRIVER, {db.string(), PLUMB_BINARY, "J01"});
    std::vector<Ack> acks;
    std::size_t read = 0, acked_after_check = 0;
    bool dialog = false, checked = false;
    while (acked_after_check < after_check && console.read_lines(read + 1, 180000)) {
        const std::string line = console.lines()[read++];
        std::istringstream words(line);
        std::string word;
        words >> word;
        if (word == "ack") {
            Ack a;
            words >> a.workstation >> a.aspect >> a.value;
            acks.push_back(a);
            acked_after_check += checked ? 1 : 0;
        }
        dialog = dialog || line == "dialog cancelled";
        checked = checked || line == "checked";
    }
    console.kill_now();  // in the middle of typing the next mark, or right after it
    INFO("the console said: " << console.errors());
    CHECK(dialog);
    CHECK(checked);
    REQUIRE(acked_after_check == after_check);
    CHECK(console.killed());
    return acks;
}

// Every acknowledged mark is J01's current value in `db` (contestants found by workstation).
void all_kept(const fs::path& db, const std::vector<Ack>& acks) {
    const CompetitionSession s = CompetitionSession::open(db);
    int lost = 0;
    for (const Ack& a : acks) {
        std::string reg;
        for (const Contestant& c : s.contestants())
            if (c.event == "bricklaying" && c.workstation == a.workstation) reg = c.registration_no;
        const auto kept = s.store().current_mark("J01", reg, a.aspect);
        INFO(db.filename().string() << ": workstation " << a.workstation << " " << a.aspect << " = "
                                    << a.value << ", kept " << kept.value_or("nothing"));
        CHECK(kept == std::optional<std::string>(a.value));
        lost += kept == std::optional<std::string>(a.value) ? 0 : 1;
    }
    CHECK(lost == 0);
}

}  // namespace

TEST_CASE(
    "the console killed after a cancelled file dialog and `plumb check` keeps every mark it "
    "acknowledged") {
    crash::Scratch dir;
    const fs::path db = dir / "c.plumb";
    crash::create_competition(db, 12);
    const auto acks = drive_and_kill(db, 4);
    CHECK(acks.size() == 5);  // one before the dialog, four after `plumb check`
    all_kept(db, acks);
    crash::check_database(db);
}

TEST_CASE(
    "on a laptop the marks a killed console acknowledged are in its next packet and on the master "
    "after import") {
    crash::Scratch dir;
    const fs::path master = dir / "master.plumb";
    crash::create_competition(master, 12);
    fs::create_directory(dir / "laptop");
    const fs::path laptop = dir / "laptop" / "bricklaying-1.plumb";
    plumb_cli("kit export '" + master.string() +
                  "' --event bricklaying --device 'bricklaying 1' -o '" + (dir / "kit").string() +
                  "'",
              dir / "kit.log");
    // The kit's passphrase, printed with the kit, opens it on the laptop and signs its packets.
    std::string passphrase;
    {
        std::ifstream log(dir / "kit.log");
        for (std::string line; std::getline(log, line);)
            if (line.rfind("passphrase: ", 0) == 0) passphrase = line.substr(12);
    }
    REQUIRE(!passphrase.empty());
    plumb_cli("kit import '" + laptop.string() + "' '" + (dir / "kit").string() +
                  "' --passphrase " + passphrase,
              dir / "import.log");
    const auto acks = drive_and_kill(laptop, 4);
    all_kept(laptop, acks);
    crash::check_database(laptop);
    plumb_cli("packet export '" + laptop.string() + "' -o '" + (dir / "1.packet").string() +
                  "' --passphrase " + passphrase,
              dir / "export.log");
    plumb_cli("packet import '" + master.string() + "' '" + (dir / "1.packet").string() + "'",
              dir / "merge.log");
    all_kept(master, acks);
    crash::check_database(master);
}
