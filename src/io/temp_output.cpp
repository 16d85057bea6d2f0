// Temporary output files: flushed, then renamed into place.
#include "io/temp_output.h"

#include <fcntl.h>
#include <unistd.h>

#include <stdexcept>

namespace plumb {

TempOutput::TempOutput(std::filesystem::path file)
    : file_(std::move(file)), tmp_(file_.string() + ".tmp-" + std::to_string(::getpid())) {}

TempOutput::~TempOutput() {
    if (committed_) return;
    std::error_code ec;
    std::filesystem::remove(tmp_, ec);
}

void TempOutput::commit() {
    std::error_code ec;
    const int fd = ::open(tmp_.c_str(), O_RDONLY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0) ::close(fd);
    if (!synced) throw std::runtime_error(file_.string() + ": could not be flushed to disk");
    std::filesystem::rename(tmp_, file_, ec);
    if (ec) throw std::runtime_error(file_.string() + ": cannot be replaced");
    committed_ = true;
}

}  // namespace plumb
