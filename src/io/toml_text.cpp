// Definition file text checked and its lists broken over lines before toml11 reads it.
#include "io/toml_text.h"

#include <algorithm>

#include "core/translate.h"
#include "io/definition_error.h"
#include "io/file_bytes.h"
#include "io/text_encoding.h"

namespace plumb {

namespace {

std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// The 1-based number and the text of the line holding byte `offset`.
std::pair<std::uint_least32_t, std::string> line_at(const std::string& text, std::size_t offset) {
    const auto number =
        1 + std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n');
    const std::size_t begin = offset == 0 ? 0 : text.rfind('\n', offset - 1) + 1;
    return {static_cast<std::uint_least32_t>(number),
            text.substr(begin, text.find('\n', offset) - begin)};
}

[[noreturn]] void fail(const std::string& file, std::uint_least32_t line, const std::string& key,
                       const std::string& reason) {
    throw_definition_error(file, line, key, reason);
}

// Copies a TOML string starting at text[i] (a quote) to `out`; returns the index after it. A
// string left open at the end of its line stops there: toml11 reports it.
std::size_t copy_string(const std::string& text, std::size_t i, std::string& out) {
    const char quote = text[i];
    const std::size_t close = text.compare(i, 3, std::string(3, quote)) == 0 ? 3 : 1;
    std::size_t end = i + close;
    while (end < text.size()) {
        if (text[end] == '\n' && close == 1) break;
        if (quote == '"' && text[end] == '\\') {
            end += 2;
        } else if (text.compare(end, close, std::string(close, quote)) == 0) {
            end += close;
            // A multi-line string may end in up to two quotes of its own before its """.
            for (int extra = 0; close == 3 && extra < 2 && end < text.size() && text[end] == quote;
                 ++extra)
                ++end;
            break;
        } else {
            ++end;
        }
    }
    end = std::min(end, text.size());
    out.append(text, i, end - i);
    return end;
}

// One pass over the text: comments and strings copied as they are, lists and inline tables
// counted (refused past kMaxTomlNesting), a line break inserted after each comma of a list.
TomlText with_list_breaks(const std::string& text, const std::string& file) {
    TomlText out;
    out.text.reserve(text.size() + text.size() / 8);
    std::vector<char> open;  // '[' for a list or table header, '{' for an inline table
    int inline_tables = 0;
    std::uint_least32_t line = 1;  // of out.text
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '#') {
            const std::size_t end = std::min(text.find('\n', i), text.size());
            out.text.append(text, i, end - i);
            i = end;
            continue;
        }
        if (c == '"' || c == '\'') {
            const std::size_t end = copy_string(text, i, out.text);
            line += static_cast<std::uint_least32_t>(std::count(
                text.begin() + static_cast<long>(i), text.begin() + static_cast<long>(end), '\n'));
            i = end;
            continue;
        }
        out.text += c;
        if (c == '\n') {
            ++line;
        } else if (c == '[' || c == '{') {
            if (open.size() == static_cast<std::size_t>(kMaxTomlNesting)) {
                const auto [at, at_text] = line_at(text, i);
                fail(file, at, key_of_line(at_text),
                     format(tr("lists or tables are nested more than %s deep"),
                            {std::to_string(kMaxTomlNesting)}));
            }
            open.push_back(c);
            inline_tables += c == '{';
        } else if ((c == ']' || c == '}') && !open.empty()) {
            inline_tables -= open.back() == '{';
            open.pop_back();
        } else if (c == ',' && !open.empty() && open.back() == '[' && inline_tables == 0) {
            out.text += '\n';
            out.inserted.push_back(++line);
        }
        ++i;
    }
    return out;
}

}  // namespace

std::uint_least32_t TomlText::file_line(std::uint_least32_t text_line) const {
    const auto before = std::upper_bound(inserted.begin(), inserted.end(), text_line);
    return text_line - static_cast<std::uint_least32_t>(before - inserted.begin());
}

std::string key_of_line(const std::string& line) {
    const std::string t = trimmed(line);
    if (t.empty() || t[0] == '#') return "syntax";
    if (t[0] == '[') {
        const auto close = t.find(']');
        return close == std::string::npos ? t : t.substr(0, t.find_first_not_of(']', close));
    }
    const auto eq = t.find('=');
    const std::string key = eq == std::string::npos ? std::string() : trimmed(t.substr(0, eq));
    return key.empty() ? "syntax" : key;
}

std::string line_of_text(const std::string& text, std::uint_least32_t line) {
    std::size_t begin = 0;
    for (std::uint_least32_t l = 1; l < line; ++l) {
        begin = text.find('\n', begin);
        if (begin == std::string::npos) return {};
        ++begin;
    }
    return text.substr(begin, text.find('\n', begin) - begin);
}

TomlText prepare_toml_text(const std::string& text, const std::string& file) {
    if (text.size() > kMaxDefinitionBytes)
        fail(file, 0, tr("file"), too_large(text.size(), kMaxDefinitionBytes));
    // TOML is UTF-8, and toml11 reads past the end of its buffer on some other bytes (a
    // literal string holding 0xFF, found by fuzzing), so anything else is refused first.
    if (const std::size_t bad = first_invalid_utf8(text); bad != std::string::npos)
        fail(file, line_at(text, bad).first, tr("encoding"),
             format(tr("byte %s is not UTF-8 text; save the file as UTF-8 (in Notepad: Save "
                       "As, UTF-8)"),
                    {std::to_string(bad + 1)}));
    // toml11 stops reading at a raw NUL (or reads on past it); it is never in a text file.
    if (const std::size_t nul = text.find('\0'); nul != std::string::npos)
        fail(file, line_at(text, nul).first, tr("encoding"),
             format(tr("byte %s is a NUL byte, which a text file never holds (was it saved as "
                       "UTF-16?)"),
                    {std::to_string(nul + 1)}));
    return with_list_breaks(text, file);
}

}  // namespace plumb
