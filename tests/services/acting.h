// Acting through the gate in tests: who is at the keyboard, and one mark as a judge.
#pragma once

#include <string>

#include "services/importing.h"
#include "services/marks.h"
#include "services/roles.h"

namespace plumb::test {

inline const Login kOrganiserLogin{"organiser", Role::Organiser};

// Someone at the keyboard of a database without roles (nobody is asked to prove it).
inline Login as(const std::string& who) {
    return unchecked_login(who);
}

// One mark through the gate as `judge` (their own, without roles).
inline MarkOutcome mark_as(CompetitionSession& s, const std::string& event,
                           const std::string& workstation, const std::string& judge,
                           const std::string& aspect, const std::string& value,
                           const std::string& reason = {}) {
    return enter_mark(s, as(judge),
                      MarkRequest{event, workstation, judge, aspect, value, reason, {}});
}

}  // namespace plumb::test
