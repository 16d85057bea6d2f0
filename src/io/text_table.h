// Plain-text tables for terminals, aligned by display width so Chinese text lines up.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plumb {

// Columns a UTF-8 string occupies in a terminal: East Asian wide and full-width characters 2.
int display_width(std::string_view utf8);

// Rows of cells (the first row is the header) laid out with two spaces between columns;
// columns listed in `right_aligned` (by index) are right-aligned.
std::string format_table(const std::vector<std::vector<std::string>>& rows,
                         const std::vector<std::size_t>& right_aligned = {});

}  // namespace plumb
