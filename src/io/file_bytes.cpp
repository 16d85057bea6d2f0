// Whole-file reads and atomic whole-file writes.
#include "io/file_bytes.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include "os/os_calls.h"

#include "core/translate.h"

namespace plumb {

std::string read_file_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(file.string() + ": cannot be read");
    std::ostringstream out;
    out << in.rdbuf();
    if (in.bad()) throw std::runtime_error(file.string() + ": read error");
    return out.str();
}

std::string too_large(std::size_t bytes, std::size_t max_bytes) {
    auto size = [](std::size_t n) {
        char buffer[32];
        if (n >= (1 << 20))
            std::snprintf(buffer, sizeof buffer, "%.1f MB", static_cast<double>(n) / (1 << 20));
        else
            std::snprintf(buffer, sizeof buffer, "%.1f KB", static_cast<double>(n) / (1 << 10));
        return std::string(buffer);
    };
    return format(tr("too large (%s; at most %s)"), {size(bytes), size(max_bytes)});
}

std::string read_file_bytes(const std::filesystem::path& file, std::size_t max_bytes) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);  // fails for devices: read and see
    if (!ec && size > max_bytes) throw FileTooLarge(file, too_large(size, max_bytes));
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(file.string() + ": cannot be read");
    std::string bytes;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > max_bytes) throw FileTooLarge(file, too_large(bytes.size(), max_bytes));
    }
    if (in.bad()) throw std::runtime_error(file.string() + ": read error");
    return bytes;
}

std::runtime_error cannot_write(const std::filesystem::path& file, const std::string& why) {
    return std::runtime_error(why.empty()
                                  ? format(tr("%s: cannot be written"), {file.string()})
                                  : format(tr("%s: cannot be written (%s)"), {file.string(), why}));
}

void check_replaceable(const std::filesystem::path& file) {
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec)) throw cannot_write(file, tr("it is a folder"));
    // A device or a pipe (/dev/null, as root) would be replaced by the renamed file, and a read
    // of its first bytes below could wait for ever.
    const auto status = std::filesystem::status(file, ec);
    if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
        throw cannot_write(file, tr("it is a device or a pipe, not a file"));
    const std::string name = file.filename().string();
    for (const char* journal : {"-wal", "-shm", "-journal"}) {
        const std::string end(journal);
        if (name.size() > end.size() &&
            name.compare(name.size() - end.size(), end.size(), end) == 0)
            throw cannot_write(file, tr("it belongs to a competition database"));
    }
    // SQLite's header: whatever the name, an export never replaces a database.
    static constexpr char kSqlite[] = "SQLite format 3";  // and its NUL: 16 bytes
    std::ifstream in(file, std::ios::binary);
    char head[sizeof kSqlite] = {};
    if (in && in.read(head, sizeof head) && std::equal(head, head + sizeof head, kSqlite))
        throw cannot_write(file,
                           tr("it is a competition database, which an export never replaces"));
}

void write_file_atomically(const std::filesystem::path& file, const std::string& bytes) {
    check_replaceable(file);
    const std::filesystem::path tmp = file.string() + ".tmp-" + std::to_string(os::process_id());
    std::error_code ec;
    if (!os::write_to_disk(tmp, bytes, ec)) {
        std::error_code ignored;
        std::filesystem::remove(tmp, ignored);
        throw cannot_write(file, ec.message());
    }
    if (!os::replace_file(tmp, file, ec)) {
        std::filesystem::remove(tmp, ec);
        throw std::runtime_error(file.string() + ": cannot be replaced");
    }
}

}  // namespace plumb
