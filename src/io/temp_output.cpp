// Temporary output files: flushed, then renamed into place.
#include "io/temp_output.h"

#include <stdexcept>
#include <string>
#include <system_error>

#include "io/file_bytes.h"
#include "os/os_calls.h"

namespace plumb {

namespace {

// FILE.tmp-<pid> files that a program which stopped halfway (killed, the power gone) left
// beside `file`: those whose process is no longer running. Another program's, still being
// written, are left alone.
void remove_stale_temporaries(const std::filesystem::path& file) {
    const std::string prefix = file.filename().string() + ".tmp-";
    const std::filesystem::path folder = file.has_parent_path() ? file.parent_path() : ".";
    std::error_code ec;
    for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end;
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
        const std::string digits = name.substr(prefix.size());
        if (digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos)
            continue;
        const long pid = std::stol(digits);
        std::error_code kind;
        if (pid == os::process_id() || os::process_running(pid) || !it->is_regular_file(kind))
            continue;
        std::error_code gone;
        std::filesystem::remove(it->path(), gone);
    }
}

}  // namespace

TempOutput::TempOutput(std::filesystem::path file)
    : file_(std::move(file)), tmp_(file_.string() + ".tmp-" + std::to_string(os::process_id())) {
    check_replaceable(file_);  // before anything is written, or committed with it
    remove_stale_temporaries(file_);
}

TempOutput::~TempOutput() {
    if (committed_) return;
    std::error_code ec;
    std::filesystem::remove(tmp_, ec);
}

void TempOutput::flush() {
    std::error_code ec;
    if (!os::flush_to_disk(tmp_, ec))
        throw std::runtime_error(file_.string() + ": could not be flushed to disk");
}

void TempOutput::commit() {
    flush();
    std::error_code ec;
    if (!os::replace_file(tmp_, file_, ec))
        throw std::runtime_error(file_.string() + ": cannot be replaced");
    committed_ = true;
}

}  // namespace plumb
