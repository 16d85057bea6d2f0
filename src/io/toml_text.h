// The text of a definition file as toml11 is given it: refused first where toml11 cannot read it
// safely, its long lists broken over lines so that toml11 stays linear, and lines mapped back.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace plumb {

// Largest competition, scheme or certificate template file read: room for 100,000 workstation
// labels, while toml11, which holds up to 200 bytes of memory per byte of a dense list, stays
// near 200 MB.
constexpr std::size_t kMaxDefinitionBytes = 1 << 20;
// Lists and tables nested deeper than this are refused: toml11 reads them by recursion.
constexpr int kMaxTomlNesting = 32;

// What toml11 parses, and how its line numbers map to the file's.
struct TomlText {
    std::string text;
    // Lines of `text` that begin at a line break inserted after a comma, in increasing order.
    std::vector<std::uint_least32_t> inserted;

    // The line of the file that line `text_line` of `text` comes from.
    std::uint_least32_t file_line(std::uint_least32_t text_line) const;
};

// Checks `text` and breaks its lists. toml11 copies a value's whole line into a message it
// prepares for every string it reads (even when reading succeeds), so 40,000 labels on one line
// cost 40,000 times 400 KB; after each comma of a list (outside strings, comments and inline
// tables, where TOML forbids it) a line break is inserted, which TOML reads as nothing. Throws
// DefinitionError ("FILE:LINE: KEY: reason") for text larger than kMaxDefinitionBytes, not
// UTF-8, holding a NUL byte, or nested deeper than kMaxTomlNesting.
TomlText prepare_toml_text(const std::string& text, const std::string& file);

// The key a line of a definition file is about: "key" of "key = ...", "[header]", or "syntax".
std::string key_of_line(const std::string& line);
// Line `line` (1-based) of `text`, without its line break; "" past the end.
std::string line_of_text(const std::string& text, std::uint_least32_t line);

}  // namespace plumb
