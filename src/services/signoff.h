// A judge's sign-off of a workstation's sheet, and the chief judge reopening it with a reason.
// Both are audit records ("signoff", "reopen"), so they travel in score packets.
#pragma once

#include <string>
#include <vector>

#include "services/competition_session.h"

namespace plumb {

// Whether `judge` has signed off the workstation and it has not been reopened since. Records
// of every device count, latest (by time written, then by arrival) first.
bool is_signed_off(const Store& store, const std::string& event, const std::string& workstation,
                   const std::string& judge);

// The judge signs off the workstation's sheet: after that their entries for it are refused
// until the chief judge reopens it. Refused for an unknown workstation or when already signed.
void sign_off(CompetitionSession& session, const std::string& event, const std::string& workstation,
              const std::string& judge, const Actor& actor);

// Reopens a judge's signed-off sheet; needs the actor's reason.
void reopen(CompetitionSession& session, const std::string& event, const std::string& workstation,
            const std::string& judge, const Actor& actor);

// Workstations of the event each judge has signed off (for plumb check and the console).
struct SignOff {
    std::string workstation;
    std::string judge;
};
std::vector<SignOff> signed_off(const Store& store, const std::string& event);

}  // namespace plumb
