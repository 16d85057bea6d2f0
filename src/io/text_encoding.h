// Turning the bytes of a file organisers saved (UTF-8, with or without BOM, or GBK/GB18030) into
// UTF-8.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace plumb {

// Bytes that are neither UTF-8 nor GB18030 text; offset counts from the start of the input.
class EncodingError : public std::runtime_error {
public:
    EncodingError(std::size_t offset, std::string reason);
    std::size_t offset() const { return offset_; }
    const std::string& reason() const { return reason_; }

private:
    std::size_t offset_;
    std::string reason_;
};

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool is_valid_utf8(std::string_view bytes);
// Offset of the first byte that does not start a valid UTF-8 sequence; npos when all do.
std::size_t first_invalid_utf8(std::string_view bytes);

// The text as UTF-8 without a byte order mark. Bytes that are not valid UTF-8 are read as
// GB18030 (a superset of GBK, what Chinese Excel saves as "CSV"). Throws EncodingError when
// they are not that either, at the offset where the reading that got further failed, at a NUL
// byte, or when they are UTF-16 (which needs saving again).
std::string to_utf8(std::string_view bytes);

}  // namespace plumb
