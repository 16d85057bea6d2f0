// Reading and writing whole files; writes go to a temporary file renamed into place.
#pragma once

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace plumb {

// The file's bytes; throws std::runtime_error naming the file when it cannot be read.
std::string read_file_bytes(const std::filesystem::path& file);

// A file larger than its reader takes: "FILE: too large (70.3 MB; at most 64.0 MB)".
class FileTooLarge : public std::runtime_error {
public:
    FileTooLarge(const std::filesystem::path& file, std::string reason)
        : std::runtime_error(file.string() + ": " + reason), reason_(std::move(reason)) {}
    const std::string& reason() const { return reason_; }  // without the file's name

private:
    std::string reason_;
};

// The same, refusing a file of more than `max_bytes` (FileTooLarge) without reading more than
// that: a huge file, or a device that never ends, never gets as far as std::bad_alloc.
std::string read_file_bytes(const std::filesystem::path& file, std::size_t max_bytes);

// "too large (70.3 MB; at most 64.0 MB)", the reason given for a file of `bytes` bytes (or more).
std::string too_large(std::size_t bytes, std::size_t max_bytes);

// "FILE: cannot be written (why)", in the user's language; `why` may be empty.
std::runtime_error cannot_write(const std::filesystem::path& file, const std::string& why = {});

// Refuses (cannot_write) a place no export may write: a folder, or a competition database or
// one of its journal files (an export over one would replace every mark it holds).
void check_replaceable(const std::filesystem::path& file);

// Writes `bytes` to `file` atomically: a temporary beside it, flushed, then renamed.
void write_file_atomically(const std::filesystem::path& file, const std::string& bytes);

}  // namespace plumb
