// The theory CSV: each contestant's written exam score (理论成绩).
#pragma once

#include <string>
#include <vector>

#include "core/competition.h"
#include "core/decimal.h"
#include "io/csv.h"

namespace plumb {

struct TheoryRow {
    int line = 0;
    std::string registration_no;
    Decimal score;  // 0..100, at most 2 decimals
};

// Reads scores from a table with columns registration_no/报名号 and score/成绩/理论成绩.
// Rejects unknown registration numbers, a second score for one contestant, and scores that
// are not a number from 0 to 100 with at most 2 decimals. Throws ImportError listing every problem.
std::vector<TheoryRow> parse_theory(const CsvTable& table,
                                    const std::vector<Contestant>& contestants);

}  // namespace plumb
