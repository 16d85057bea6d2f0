// Conflict of interest (执裁回避): a judge who works for a contestant's employer is warned when
// entering their marks, and those marks are flagged for the chief judge (plumb check).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "services/competition_session.h"

namespace plumb {

// On a laptop the contestant's employer is not known; its kit lists the judges concerned in
// the setting "conflict:<token>".
std::string conflict_setting(const std::string& registration_no);

// True when `judge` shares an employer with the contestant (or the kit says so).
bool has_conflict_of_interest(const CompetitionSession& session, const std::string& judge,
                              const Contestant& contestant);

// The warning shown when `judge` enters a mark at the workstation, if they should not judge it.
std::optional<std::string> interest_warning(const CompetitionSession& session,
                                            const std::string& event,
                                            const std::string& workstation,
                                            const std::string& judge);

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
