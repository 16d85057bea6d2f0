// Judges' marks survive the program being killed at any moment, one process or two at once.
#include <memory>

#include "crash_harness.h"

using namespace plumb;
using namespace plumb::crash;

namespace {

std::set<std::string> uuids_in(const fs::path& db) {
    std::set<std::string> out;
    for (const MarkEntry& m : Store::open(db.string()).marks()) out.insert(m.uuid);
    return out;
}

void check_all_present(const fs::path& db, const std::set<std::string>& acks) {
    const auto stored = uuids_in(db);
    int lost = 0;
    for (const std::string& u : acks)
        if (!stored.count(u)) ++lost;
    CHECK(lost == 0);
}

// How long a driver entering marks as `judge` takes here to acknowledge its first one: a few
// milliseconds normally, much more under ASan on a busy machine. Kills are spread over that
// and the time after, so that most of them land mid-entry wherever the tests run. Its marks
// count like any other.
int ms_to_first_mark(const fs::path& db, const std::string& judge, std::set<std::string>& acks) {
    Driver d({"enter", db.string(), judge});
    REQUIRE(d.read_lines(1, 60000));
    const int ms = d.running_ms();
    d.kill_now();
    collect_acks(d, acks);
    return ms;
}

}  // namespace

TEST_CASE("marks acknowledged before a SIGKILL at a random moment are all kept") {
    Scratch dir;
    const fs::path db = dir / "entry.plumb";
    create_competition(db, 40);
    std::set<std::string> acks;
    const int ready = ms_to_first_mark(db, "J01", acks);
    const int cycles = kills(80);
    int killed = 0;
    for (int i = 0; i < cycles; ++i) {
        Driver d({"enter", db.string(), "J01"});
        const bool exited = d.read_until(uniform(5, ready + 250));
        d.kill_now();
        INFO("the driver stopped by itself: " << d.errors());
        REQUIRE(!exited);
        killed += d.killed();
        collect_acks(d, acks);
    }
    MESSAGE(killed << " kills during mark entry, " << acks.size()
                   << " marks acknowledged (the first mark comes " << ready << " ms after start)");
    CHECK(killed == cycles);
    CHECK(acks.size() > static_cast<std::size_t>(cycles));  // the kills did land mid-entry
    check_all_present(db, acks);
    check_database(db);
}

TEST_CASE("two processes entering marks at once both finish without error and lose nothing") {
    Scratch dir;
    const fs::path db = dir / "two.plumb";
    create_competition(db, 40);
    const auto before = uuids_in(db).size();
    Driver one({"enter", db.string(), "J01", "150"});
    Driver two({"enter", db.string(), "J02", "150"});
    CHECK(one.wait() == 0);
    CHECK(two.wait() == 0);
    CHECK(one.errors() == "");
    CHECK(two.errors() == "");
    std::set<std::string> acks;
    collect_acks(one, acks);
    collect_acks(two, acks);
    CHECK(acks.size() == 300);
    check_all_present(db, acks);
    CHECK(uuids_in(db).size() == before + acks.size());
    check_database(db);
}

TEST_CASE("two processes entering marks, each killed at random, lose nothing and show no error") {
    Scratch dir;
    const fs::path db = dir / "two-killed.plumb";
    create_competition(db, 40);
    std::set<std::string> acks;
    const int ready = ms_to_first_mark(db, "J01", acks);
    const int cycles = kills(40);
    std::string errors;
    for (int i = 0; i < cycles; ++i) {
        // Each is killed at its own moment, often while the other holds the write lock.
        auto one = std::make_unique<Driver>(std::vector<std::string>{"enter", db.string(), "J01"});
        auto two = std::make_unique<Driver>(std::vector<std::string>{"enter", db.string(), "J02"});
        const int t1 = uniform(5, ready + 300), t2 = uniform(5, ready + 300);
        Driver& first = t1 < t2 ? *one : *two;
        Driver& second = t1 < t2 ? *two : *one;
        first.read_until(std::min(t1, t2));
        first.kill_now();
        second.read_until(std::max(t1, t2));
        second.kill_now();
        collect_acks(*one, acks);
        collect_acks(*two, acks);
        errors += one->errors() + two->errors();
    }
    MESSAGE((2 * cycles) << " kills of two concurrent writers, " << acks.size()
                         << " marks acknowledged");
    CHECK(errors == "");
    check_all_present(db, acks);
    check_database(db);
}

TEST_CASE("marks survive other code in the process opening, closing and locking the files, a "
          "second program, then SIGKILL") {
    // The console lost marks this way: GIO's file chooser opened and closed the database's files
    // on a thread of its own, which dropped SQLite's POSIX locks; `plumb check` then believed it
    // was alone and removed the WAL the console went on writing to.
    Scratch dir;
    const fs::path db = dir / "intruded.plumb";
    create_competition(db, 10);
    Driver d({"intrude", db.string(), "J01", PLUMB_BINARY});
    const bool all = d.read_lines(4, 60000);
    INFO("driver: " << d.errors());
    REQUIRE(all);
    CHECK(fs::exists(db.string() + "-wal"));  // nobody removed the WAL under the driver
    d.kill_now();
    std::set<std::string> acks;
    collect_acks(d, acks);
    CHECK(acks.size() == 4);
    check_all_present(db, acks);
    check_database(db);
}
