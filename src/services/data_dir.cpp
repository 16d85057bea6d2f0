// Locates the shipped data directory from the running program.
#include "services/data_dir.h"

#include <cstdlib>
#include <system_error>

#include "os/os_calls.h"

namespace plumb {

namespace {

namespace fs = std::filesystem;

// <dir>/share/<name> for the program's folder's parent, then its grandparent; the first that
// exists, else the first candidate (so that a missing file is reported where it belongs).
fs::path beside_program(const fs::path& name) {
    const fs::path program = os::running_program();
    if (program.empty()) return fs::path("share") / name;
    const fs::path up = program.parent_path().parent_path();
    const fs::path installed = up / "share" / name;
    const fs::path build_tree = up.parent_path() / "share" / name;
    std::error_code ec;
    if (fs::is_directory(installed, ec)) return installed;
    if (fs::is_directory(build_tree, ec)) return build_tree;
    return installed;
}

}  // namespace

fs::path data_dir() {
    if (const char* env = std::getenv("PLUMB_DATA"); env && *env) return env;
    return beside_program("plumbline");
}

fs::path locale_dir() {
    return beside_program("locale");
}

}  // namespace plumb
