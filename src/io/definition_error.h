// The one error type of definition files (competition and marking scheme TOML).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace plumb {

// Thrown for any problem in a definition file; what() is "FILE:LINE: KEY: reason", or
// "FILE: KEY: reason" for a problem of the whole file.
class DefinitionError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws the DefinitionError for a problem at `line` of `file` (0: the whole file).
[[noreturn]] inline void throw_definition_error(const std::string& file, std::uint_least32_t line,
                                                const std::string& key, const std::string& reason) {
    throw DefinitionError(file + (line ? ":" + std::to_string(line) : std::string()) + ": " + key +
                          ": " + reason);
}

}  // namespace plumb
