// Paper score sheets for judges without a laptop: one sheet per workstation (blinded: the
// workstation number only), every aspect with its standard and boxes to fill in.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/scheme.h"

namespace plumb {

struct ScoreSheetSpec {
    std::string competition;
    std::string event;
    std::optional<int> time_limit_minutes;
    const MarkingScheme* scheme = nullptr;
    std::vector<std::string> workstations;  // one sheet each, in this order
    std::string seal;  // the audit trail's seal when printed (plumb audit verify --seal)
};

// Returns the number of pages (a long scheme continues on a second page of the same sheet).
int write_score_sheets_pdf(const std::filesystem::path& file, const ScoreSheetSpec& spec);

}  // namespace plumb
