// Reading and writing whole files; writes go to a temporary file renamed into place.
#pragma once

#include <filesystem>
#include <string>

namespace plumb {

// The file's bytes; throws std::runtime_error naming the file when it cannot be read.
std::string read_file_bytes(const std::filesystem::path& file);

// Writes `bytes` to `file` atomically: a temporary beside it, flushed, then renamed.
void write_file_atomically(const std::filesystem::path& file, const std::string& bytes);

}  // namespace plumb
