// The timing CSV: when each contestant started and finished, or the minutes they used.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/competition.h"
#include "io/csv.h"

namespace plumb {

struct TimingRow {
    int line = 0;
    std::string registration_no;
    std::int64_t seconds = 0;  // time used
    std::string start, end;    // as entered; empty in the minutes form
};

// Reads times from a table with columns event, workstation and either start, end (HH:MM,
// HH:MM:SS, or a date-time YYYY-MM-DD HH:MM[:SS] with 'T' or a space; both with a date or
// neither; end after start, at most 24 hours) or minutes (decimal minutes >= 0, rounded half up
// to whole seconds). Rejects unknown events and workstations, absent contestants and a second
// row for one contestant. Throws ImportError listing every problem.
std::vector<TimingRow> parse_timing(const CsvTable& table, const Competition& competition,
                                    const std::vector<Contestant>& contestants);

}  // namespace plumb
