// Whole-file reads and atomic whole-file writes.
#include "io/file_bytes.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include "os/os_calls.h"

namespace plumb {

std::string read_file_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(file.string() + ": cannot be read");
    std::ostringstream out;
    out << in.rdbuf();
    if (in.bad()) throw std::runtime_error(file.string() + ": read error");
    return out.str();
}

void write_file_atomically(const std::filesystem::path& file, const std::string& bytes) {
    const std::filesystem::path tmp = file.string() + ".tmp-" + std::to_string(os::process_id());
    std::error_code ec;
    if (!os::write_to_disk(tmp, bytes, ec)) {
        std::error_code ignored;
        std::filesystem::remove(tmp, ignored);
        throw std::runtime_error(file.string() + ": cannot be written (" + ec.message() + ")");
    }
    if (!os::replace_file(tmp, file, ec)) {
        std::filesystem::remove(tmp, ec);
        throw std::runtime_error(file.string() + ": cannot be replaced");
    }
}

}  // namespace plumb
