// The operating-system wrappers behave the same on Linux and on Windows (this suite runs under
// wine too, see tests/windows/run.sh).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "os/os_calls.h"

namespace fs = std::filesystem;
using namespace plumb;

namespace {

struct TempFolder {
    fs::path dir =
        fs::temp_directory_path() / ("plumb-os-test-" + std::to_string(os::process_id()));
    TempFolder() { fs::create_directories(dir); }
    ~TempFolder() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

std::string read_all(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace

TEST_CASE("a new file is created once: the second creation of the same name is refused") {
    TempFolder t;
    std::error_code ec;
    CHECK(os::create_new_file(t.dir / "c.plumb", ec));
    CHECK_FALSE(os::create_new_file(t.dir / "c.plumb", ec));
    CHECK(ec);
}

TEST_CASE("bytes written to the disk read back exactly, binary and UTF-8 alike") {
    TempFolder t;
    const std::string bytes = std::string("砌筑工\r\n\0end", 15);
    std::error_code ec;
    REQUIRE(os::write_to_disk(t.dir / "w.bin", bytes, ec));
    CHECK(read_all(t.dir / "w.bin") == bytes);
    CHECK(os::flush_to_disk(t.dir / "w.bin", ec));
    CHECK_FALSE(os::flush_to_disk(t.dir / "missing.bin", ec));
}

TEST_CASE("replacing a file puts the new content in place of the old one") {
    TempFolder t;
    std::error_code ec;
    REQUIRE(os::write_to_disk(t.dir / "results.csv", "old", ec));
    REQUIRE(os::write_to_disk(t.dir / "results.csv.tmp", "new", ec));
    CHECK(os::replace_file(t.dir / "results.csv.tmp", t.dir / "results.csv", ec));
    CHECK(read_all(t.dir / "results.csv") == "new");
    CHECK_FALSE(fs::exists(t.dir / "results.csv.tmp"));
    CHECK_FALSE(os::replace_file(t.dir / "gone.tmp", t.dir / "results.csv", ec));
}

TEST_CASE("calendar fields: the epoch in UTC, and a local time within a day of it") {
    const std::tm utc = os::utc_calendar(0);
    CHECK(utc.tm_year == 70);
    CHECK(utc.tm_mon == 0);
    CHECK(utc.tm_mday == 1);
    CHECK(utc.tm_hour == 0);
    const std::tm local = os::local_calendar(86400 * 2);
    CHECK(local.tm_year == 70);
    CHECK((local.tm_mday >= 2 && local.tm_mday <= 4));
}

TEST_CASE("the running program is this test executable, and the process has an id") {
    const fs::path self = os::running_program();
    CHECK(self.is_absolute());
    CHECK(self.stem().string() == "test_os");
    CHECK(os::process_id() > 0);
}

TEST_CASE("a process that is running is told from one that is not") {
    CHECK(os::process_running(os::process_id()));
    CHECK_FALSE(os::process_running(0x3ffffff0));  // beyond any process id given out
    CHECK_FALSE(os::process_running(0));
    CHECK_FALSE(os::process_running(-5));
}
