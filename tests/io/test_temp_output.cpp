// Temporary output files: a program that stopped halfway leaves FILE.tmp-<pid>; the next export
// to FILE removes it, and nothing else.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "io/temp_output.h"
#include "os/os_calls.h"

namespace fs = std::filesystem;
using namespace plumb;

namespace {

void touch(const fs::path& file) {
    std::ofstream(file) << "half an export";
}

}  // namespace

TEST_CASE("an export removes the temporary files a stopped program left beside its file") {
    const fs::path dir =
        fs::temp_directory_path() / ("plumb-temp-output-" + std::to_string(os::process_id()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path stale = dir / "hr.xlsx.tmp-999999999";  // no process has that id
    const fs::path running = dir / "hr.xlsx.tmp-1";        // init's: still being written
    const fs::path other = dir / "results.pdf.tmp-999999999";
    const fs::path not_ours = dir / "hr.xlsx.tmp-backup";
    for (const fs::path& f : {stale, running, other, not_ours}) touch(f);
    REQUIRE(os::process_running(1));
    {
        TempOutput out(dir / "hr.xlsx");
        std::ofstream(out.path()) << "the export";
        out.commit();
    }
    CHECK_FALSE(fs::exists(stale));
    CHECK(fs::exists(running));
    CHECK(fs::exists(other));
    CHECK(fs::exists(not_ours));
    CHECK(fs::exists(dir / "hr.xlsx"));
    fs::remove_all(dir);
}
