// A judge's sign-off of a workstation's sheet, and the chief judge reopening it with a reason.
// Both are audit records ("signoff", "reopen"), so they travel in score packets.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "services/gate.h"

namespace plumb {

// (workstation, judge) -> signed off, for every sheet of the event ever signed off or reopened.
// Records are taken in the order this database received them (laptops' clocks are not
// trusted): a reopen always arrives after the sign-off it reopens.
std::map<std::pair<std::string, std::string>, bool> sheet_states(const Store& store,
                                                                 const std::string& event);

// Whether `judge` has signed off the workstation and it has not been reopened since.
bool is_signed_off(const Store& store, const std::string& event, const std::string& workstation,
                   const std::string& judge);

// The judge signs off the workstation's sheet (Act::SignOff: only that judge): their entries for
// it are refused until the chief judge reopens it. Refused when already signed.
void sign_off(CompetitionSession& session, const Login& by, const std::string& event,
              const std::string& workstation, const std::string& judge);

// Reopens a judge's signed-off sheet (Act::Reopen: the chief judge); needs a reason.
void reopen(CompetitionSession& session, const Login& by, const std::string& event,
            const std::string& workstation, const std::string& judge, const std::string& reason);

// Workstations of the event each judge has signed off (for plumb check and the console).
struct SignOff {
    std::string workstation;
    std::string judge;
};
std::vector<SignOff> signed_off(const Store& store, const std::string& event);

// What a judge's sheet still lacks before they sign it off: judgement aspects without their
// score, and other aspects (measurements, choices, pass/fail) that no judge has given yet.
std::vector<std::string> missing_before_signoff(CompetitionSession& session,
                                                const std::string& event,
                                                const std::string& workstation,
                                                const std::string& judge);

}  // namespace plumb
