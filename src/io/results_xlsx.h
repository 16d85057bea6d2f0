// Results as a spreadsheet (XLSX): one sheet per event, frozen column heads, numbers formatted
// with the competition's published precision.
#pragma once

#include <filesystem>
#include <vector>

#include "io/results_sheet.h"

namespace plumb {

void write_results_xlsx(const std::filesystem::path& file, const ResultsHeading& heading,
                        const std::vector<PublishedEvent>& events);

}  // namespace plumb
