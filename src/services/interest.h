// Conflict of interest (执裁回避): a judge who works for a contestant's employer is warned when
// entering their marks, and those marks are flagged for the chief judge (plumb check).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "services/competition_session.h"

namespace plumb {

// On a laptop the contestant's employer is not known; its kit lists the judges concerned in
// the setting keys::conflict(token).

// True when `judge` shares an employer with the contestant (or the kit says so).
bool has_conflict_of_interest(const CompetitionSession& session, const std::string& judge,
                              const Contestant& contestant);

// The event's judges who should not judge this contestant, in the competition's judge order
// (the console's progress view names them beside the workstation).
std::vector<std::string> interested_judges(const CompetitionSession& session,
                                           const Contestant& contestant);

// The warning shown when `judge` enters a mark at a workstation they should not judge
// (enter_mark returns it in MarkOutcome::interest).
std::string interest_warning_text(const std::string& judge, const std::string& workstation);

// Marks of the event entered by judges with a conflict of interest: one per judge and
// contestant, with the aspects concerned.
struct InterestFlag {
    std::string workstation;
    std::string registration_no;
    std::string judge;
    std::vector<std::string> aspects;
};
std::vector<InterestFlag> interest_flags(const CompetitionSession& session,
                                         const std::string& event);

}  // namespace plumb
