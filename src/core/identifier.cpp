// Identifiers normalised and checked by code point; names checked for what cannot be seen.
#include "core/identifier.h"

#include <cstdint>
#include <cstdio>
#include <vector>

#include "core/translate.h"

namespace plumb {

namespace {

constexpr char32_t kInvalid = 0xFFFFFFFF;  // a byte that does not start valid UTF-8

struct CodePoint {
    char32_t value;
    std::string_view bytes;
};

// Bytes in the UTF-8 sequence that `lead` starts; 0 when it starts none.
std::size_t sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

// Decodes strict UTF-8, at most `most` code points; each invalid byte becomes one kInvalid code
// point.
std::vector<CodePoint> decode(std::string_view s, std::size_t most = std::string_view::npos) {
    std::vector<CodePoint> out;
    std::size_t i = 0;
    while (i < s.size() && out.size() < most) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = sequence_length(c);
        char32_t cp = len <= 1 ? c : c & (0xFF >> (len + 1));  // the lead byte's payload bits
        for (std::size_t k = 1; k < len; ++k) {
            const auto b = i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
            if ((b & 0xC0) != 0x80) {
                len = 0;
                break;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not text either.
        const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
        if (len == 0 || cp < least[len] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
            out.push_back({kInvalid, s.substr(i, 1)});
            ++i;
            continue;
        }
        out.push_back({cp, s.substr(i, len)});
        i += len;
    }
    return out;
}

bool in(char32_t c, char32_t first, char32_t last) {
    return c >= first && c <= last;
}

// Spaces, which NFKC makes U+0020 (tab and U+1680 aside), shed at the ends of identifiers.
bool is_space(char32_t c) {
    return c == 0x20 || c == 0x09 || c == 0xA0 || c == 0x1680 || in(c, 0x2000, 0x200A) ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

// Characters that show nothing or steer how text is shown: C0 and C1 controls, soft hyphen,
// zero-width and joiner characters, line and paragraph separators, bidirectional embeddings,
// overrides and isolates, word joiner and invisible operators, variation selectors, BOM,
// interlinear annotation, tag characters, and the Hangul fillers that render blank.
bool is_invisible(char32_t c) {
    return c == kInvalid || c < 0x20 || in(c, 0x7F, 0x9F) || c == 0xAD || c == 0x34F ||
           c == 0x61C || c == 0x115F || c == 0x1160 || in(c, 0x17B4, 0x17B5) ||
           in(c, 0x180B, 0x180F) || in(c, 0x200B, 0x200F) || in(c, 0x2028, 0x202E) ||
           in(c, 0x2060, 0x206F) || c == 0x3164 || in(c, 0xFE00, 0xFE0F) || c == 0xFEFF ||
           c == 0xFFA0 || in(c, 0xFFF9, 0xFFFB) || in(c, 0x1D173, 0x1D17A) ||
           in(c, 0xE0000, 0xE0FFF);
}

// Shows nothing on its own, yet is no reason to refuse a name that holds it: spaces, the braille
// blank, combining marks (they only change the character before them: José typed with U+0301),
// private-use characters (some Chinese systems keep rare 汉字 there, in a font of their own) and
// the object replacement character. A name needs one character that is none of these.
bool shows_nothing_alone(char32_t c) {
    return is_space(c) || c == 0x2800 || in(c, 0x300, 0x36F) || in(c, 0x483, 0x489) ||
           in(c, 0x1AB0, 0x1AFF) || in(c, 0x1DC0, 0x1DFF) || in(c, 0x20D0, 0x20FF) ||
           in(c, 0x302A, 0x302F) || in(c, 0x3099, 0x309A) || in(c, 0xFE20, 0xFE2F) ||
           in(c, 0xE000, 0xF8FF) || in(c, 0xF0000, 0xFFFFD) || in(c, 0x100000, 0x10FFFD) ||
           c == 0xFFFC;
}

// The full-width ASCII block and the ideographic space, as NFKC maps them.
char32_t narrowed(char32_t c) {
    if (in(c, 0xFF01, 0xFF5E)) return c - 0xFF01 + 0x21;
    if (c == 0x3000) return 0x20;
    return c;
}

bool allowed_in_identifier(char32_t c) {
    return in(c, 'A', 'Z') || in(c, 'a', 'z') || in(c, '0', '9') || c == '-' || c == '_' ||
           c == '.';
}

std::string u_plus(char32_t c) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "<U+%04X>", static_cast<unsigned>(c));
    return buffer;
}

std::string invisible_problem(std::string_view text) {
    return format(tr("'%s' contains an invisible or control character (shown here as <U+...>); "
                     "type it again without it"),
                  {shown_value(text)});
}

}  // namespace

std::string shown_value(std::string_view text) {
    constexpr std::size_t kShown = 40;
    const auto cps = decode(text, kShown + 1);  // one more tells whether the text is cut
    std::string out;
    for (std::size_t i = 0; i < cps.size() && i < kShown; ++i) {
        const CodePoint& cp = cps[i];
        if (!is_invisible(cp.value))
            out += cp.bytes;
        else  // a byte that is not UTF-8 is shown as the Latin-1 character it would be
            out += u_plus(cp.value == kInvalid ? static_cast<unsigned char>(cp.bytes.front())
                                               : cp.value);
    }
    if (cps.size() > kShown) out += "…";
    return out;
}

std::string narrow_width(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const CodePoint& cp : decode(text)) {
        const char32_t c = narrowed(cp.value);
        if (c != cp.value)
            out += static_cast<char>(c);
        else
            out += cp.bytes;
    }
    return out;
}

IdentifierReading read_identifier(std::string_view text) {
    IdentifierReading r;
    auto cps = decode(text);
    std::size_t first = 0, last = cps.size();
    while (first < last && is_space(cps[first].value)) ++first;
    while (last > first && is_space(cps[last - 1].value)) --last;
    if (first == last) {
        r.problem = tr("must not be empty");
        return r;
    }
    for (std::size_t i = first; i < last; ++i)
        if (is_invisible(cps[i].value)) {
            r.problem = invisible_problem(text);
            return r;
        }
    std::string value;
    for (std::size_t i = first; i < last; ++i) {
        const char32_t c = narrowed(cps[i].value);
        if (c == ' ' || is_space(c)) {
            r.problem = format(tr("'%s' must not contain spaces"), {shown_value(text)});
            return r;
        }
        if (!allowed_in_identifier(c)) {
            r.problem = format(tr("'%s' may contain only letters A-Z, digits and - _ . (not '%s')"),
                               {shown_value(text), std::string(cps[i].bytes)});
            return r;
        }
        value += static_cast<char>(c);
    }
    if (value.size() > kMaxIdentifierLength) {
        r.problem = format(tr("'%s' is longer than %s characters"),
                           {shown_value(text), std::to_string(kMaxIdentifierLength)});
        return r;
    }
    r.value = std::move(value);
    return r;
}

std::string identifier_key(std::string_view text) {
    const auto cps = decode(text);
    std::size_t first = 0, last = cps.size();
    while (first < last && is_space(cps[first].value)) ++first;
    while (last > first && is_space(cps[last - 1].value)) --last;
    std::string key;
    for (std::size_t i = first; i < last; ++i) {
        char32_t c = narrowed(cps[i].value);
        if (c >= 0x80 || c == kInvalid) {
            key += cps[i].bytes;
            continue;
        }
        if (in(c, 'A', 'Z')) c = c - 'A' + 'a';
        key += static_cast<char>(c);
    }
    return key;
}

std::size_t text_length(std::string_view text) {
    return decode(text).size();
}

std::string text_problem(std::string_view text, bool must_show) {
    bool visible = false;
    for (const CodePoint& cp : decode(text)) {
        if (is_invisible(cp.value)) return invisible_problem(text);
        visible = visible || !shows_nothing_alone(cp.value);
    }
    if (must_show && !visible)
        return text.empty() ? tr("must not be empty") : tr("has no visible character");
    return {};
}

}  // namespace plumb
