// UTF-8 validation and GB18030 conversion through glibc's iconv.
#include "io/text_encoding.h"

#include <cerrno>
#include <iconv.h>

#include "core/translate.h"

namespace plumb {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace

std::size_t first_invalid_utf8(std::string_view s) {
    std::size_t i = 0;
    const std::size_t n = s.size();
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    auto cont = [&](std::size_t k) { return k < n && (byte(k) & 0xC0) == 0x80; };
    while (i < n) {
        const unsigned char c = byte(i);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            len = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4;
        else
            return i;
        for (std::size_t k = 1; k < len; ++k)
            if (!cont(i + k)) return i;
        // Second-byte limits rule out overlong forms, surrogates and code points past U+10FFFF.
        const unsigned char c1 = byte(i + 1);
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) ||
            (c == 0xF4 && c1 > 0x8F))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

namespace {

// Owns an iconv conversion descriptor.
class Converter {
public:
    Converter(const char* to, const char* from) : cd_(iconv_open(to, from)) {
        if (cd_ == reinterpret_cast<iconv_t>(-1))
            throw std::runtime_error(std::string("iconv cannot convert ") + from + " to " + to);
    }
    ~Converter() { iconv_close(cd_); }
    Converter(const Converter&) = delete;
    Converter& operator=(const Converter&) = delete;
    iconv_t get() const { return cd_; }

private:
    iconv_t cd_;
};

std::string from_gb18030(std::string_view bytes) {
    Converter conv("UTF-8", "GB18030");
    std::string in(bytes);
    // UTF-8 takes at most twice the bytes of GB18030 (2 -> 3, 4 -> 4); grown on E2BIG anyway.
    std::string out(in.size() * 2 + 16, '\0');
    char* in_ptr = in.data();
    std::size_t in_left = in.size();
    std::size_t done = 0;
    while (in_left > 0) {
        char* out_ptr = out.data() + done;
        std::size_t out_left = out.size() - done;
        const std::size_t r = iconv(conv.get(), &in_ptr, &in_left, &out_ptr, &out_left);
        done = out.size() - out_left;
        if (r != static_cast<std::size_t>(-1)) break;
        const auto offset = static_cast<std::size_t>(in_ptr - in.data());
        if (errno == E2BIG)
            out.resize(out.size() * 2);
        else if (errno == EINVAL)
            throw EncodingError(offset, tr("text ends inside a character"));
        else
            throw EncodingError(offset, tr("bytes that are neither UTF-8 nor GBK/GB18030 text"));
    }
    out.resize(done);
    // GB18030 has its own byte order mark (84 31 95 33), which converts to U+FEFF.
    if (out.starts_with(kUtf8Bom)) out.erase(0, kUtf8Bom.size());
    return out;
}

// Where GBK would read a stray byte, or npos. Chinese text in GBK is made of characters whose
// two bytes are both above 0x7F (or of four-byte GB18030 ones); a file with none of those whose
// only other bytes are a lead byte followed by an ASCII one (0xA0 'S' reads as 燬) is ASCII text
// with a stray byte (a no-break space from another program, say) that would swallow the
// character after it, not GBK.
std::size_t stray_in_gbk(std::string_view s) {
    std::size_t stray = std::string_view::npos;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80 || i + 1 >= s.size()) {
            ++i;
            continue;
        }
        const auto next = static_cast<unsigned char>(s[i + 1]);
        if (next >= 0x80 || (next >= 0x30 && next <= 0x39)) return std::string_view::npos;
        if (stray == std::string_view::npos) stray = i;
        i += 2;
    }
    return stray;
}

std::string at_byte(std::size_t offset, const std::string& reason) {
    return "byte " + std::to_string(offset) + ": " + reason;
}

}  // namespace

EncodingError::EncodingError(std::size_t offset, std::string reason)
    : std::runtime_error(at_byte(offset, reason)), offset_(offset), reason_(std::move(reason)) {}

bool is_valid_utf8(std::string_view bytes) {
    return first_invalid_utf8(bytes) == std::string_view::npos;
}

std::string to_utf8(std::string_view bytes) {
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF"))
        throw EncodingError(0,
                            tr("UTF-16 text (Excel's \"Unicode text\"); save as CSV UTF-8 or CSV"));
    // Neither encoding has a 0x00 byte in any character but NUL, which no text holds.
    if (const std::size_t nul = bytes.find('\0'); nul != std::string_view::npos)
        throw EncodingError(
            nul, tr("a NUL byte, which a text file never holds (was it saved as UTF-16?)"));
    if (bytes.starts_with(kUtf8Bom)) {
        // A BOM promises UTF-8; bad bytes after it are damage, not another encoding.
        const std::string_view rest = bytes.substr(kUtf8Bom.size());
        const std::size_t bad = first_invalid_utf8(rest);
        if (bad != std::string_view::npos)
            throw EncodingError(bad + kUtf8Bom.size(),
                                tr("invalid UTF-8 in a file marked as UTF-8"));
        return std::string(rest);
    }
    const std::size_t bad_utf8 = first_invalid_utf8(bytes);
    if (bad_utf8 == std::string_view::npos) return std::string(bytes);
    try {
        std::string text = from_gb18030(bytes);
        if (const std::size_t stray = stray_in_gbk(bytes); stray != std::string_view::npos)
            throw EncodingError(stray, tr("a byte that is not text here (neither UTF-8 nor a "
                                          "Chinese character in GBK)"));
        return text;
    } catch (const EncodingError& e) {
        // Neither reading gets through. The one that gets further is the file's encoding, damaged
        // there: UTF-8 Chinese read as GBK fails at its first character, long before a stray byte.
        if (bad_utf8 > e.offset())
            throw EncodingError(bad_utf8,
                                tr("bytes that are not UTF-8 in a file that is UTF-8 up to here"));
        throw;
    }
}

}  // namespace plumb
