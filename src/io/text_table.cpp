// Display width of UTF-8 text and aligned plain-text tables.
#include "io/text_table.h"

#include <algorithm>

namespace plumb {

namespace {

bool is_wide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

}  // namespace

int display_width(std::string_view s) {
    int width = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        char32_t c = b;
        std::size_t len = 1;
        if (b >= 0xF0)
            len = 4, c = b & 0x07;
        else if (b >= 0xE0)
            len = 3, c = b & 0x0F;
        else if (b >= 0xC0)
            len = 2, c = b & 0x1F;
        for (std::size_t k = 1; k < len && i + k < s.size(); ++k)
            c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        i += len;
        width += is_wide(c) ? 2 : 1;
    }
    return width;
}

namespace {

// A cell as a terminal may show it: control characters (a terminal acts on escape codes, a
// line break would break the row) become '?', whatever the database holds.
std::string shown_cell(const std::string& cell) {
    std::string out = cell;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto b = static_cast<unsigned char>(out[i]);
        if (b < 0x20 || b == 0x7F) out[i] = '?';
        if (b == 0xC2 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(out[i + 1]) <= 0x9F)  // C1 controls, CSI among them
            out.replace(i, 2, "?");
    }
    return out;
}

}  // namespace

std::string format_table(const std::vector<std::vector<std::string>>& given,
                         const std::vector<std::size_t>& right_aligned) {
    std::vector<std::vector<std::string>> rows = given;
    for (auto& row : rows)
        for (std::string& cell : row) cell = shown_cell(cell);
    std::vector<int> widths;
    for (const auto& row : rows) {
        if (widths.size() < row.size()) widths.resize(row.size(), 0);
        for (std::size_t c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], display_width(row[c]));
    }
    std::string out;
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) {
            const std::string pad(static_cast<std::size_t>(widths[c] - display_width(row[c])), ' ');
            const bool right =
                std::find(right_aligned.begin(), right_aligned.end(), c) != right_aligned.end();
            if (c) line += "  ";
            line += right ? pad + row[c] : row[c] + (c + 1 < row.size() ? pad : "");
        }
        out += line + "\n";
    }
    return out;
}

}  // namespace plumb
