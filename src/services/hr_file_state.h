// The results an HR file was made from, written into its signed manifest ("results:" line), and
// how the competition's results moved on since: a file exported before an upheld appeal or
// before the lock still verifies, and would put outdated awards into worker records.
#pragma once

#include <string>
#include <vector>

#include "io/hr_export.h"

namespace plumb {

class CompetitionSession;

// "bricklaying=2/final rebar=1/draft": each event of the rows, its results revision and whether
// it was locked, in the rows' order.
std::string hr_results_line(const std::vector<HrRow>& rows);

// An event whose results are no longer those of the file.
struct ResultsMoved {
    std::string event;
    int file_revision = 0;
    bool file_final = false;
    int revision = 0;  // now
    bool final = false;
};

// The events of `results_line` (as hr_results_line() wrote it) whose revision or lock differs
// now; empty when the file is current, or when the line is empty (a file from before this line).
std::vector<ResultsMoved> hr_results_moved(const CompetitionSession& session,
                                           const std::string& results_line);

}  // namespace plumb
