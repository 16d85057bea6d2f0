// The demo competition: a plausible roster, drawn workstations and complete generated marks.
#pragma once

#include <cstdint>
#include <filesystem>

#include "services/competition_session.h"

namespace plumb {

struct DemoOptions {
    int contestants = 200;
    std::uint64_t seed = 20191018;
    // The realistic imperfections: one absent, one disqualified for overtime, one spread flag,
    // two tied totals. Off for benchmark data.
    bool imperfections = true;
};

// Fills an initialised, empty competition with contestants spread over its events, draws lots
// and enters marks, times and theory scores, all generated from the seed.
void populate_demo(CompetitionSession& session, const DemoOptions& options);

// Creates DB from the shipped Zhengyun Cup definition and populates it.
CompetitionSession create_demo(const std::filesystem::path& db, const DemoOptions& options);

}  // namespace plumb
