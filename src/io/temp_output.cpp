// Temporary output files: flushed, then renamed into place.
#include "io/temp_output.h"

#include <stdexcept>

#include "io/file_bytes.h"
#include "os/os_calls.h"

namespace plumb {

TempOutput::TempOutput(std::filesystem::path file)
    : file_(std::move(file)), tmp_(file_.string() + ".tmp-" + std::to_string(os::process_id())) {
    check_replaceable(file_);  // before anything is written, or committed with it
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
