// The chief judge settles a measurement two judges (often on two laptops) disagree on.
#pragma once

#include <string>

#include "services/gate.h"

namespace plumb {

// Appends `value` for every judge whose current value of the contestant's measurement differs,
// with the reason, in one change (Act::Resolve: the chief judge); returns how many entries were
// appended. Refused when the aspect is not in conflict, is a judgement (each judge keeps their
// own score), the event is locked (an appeal then) or an affected judge has signed off.
int resolve_conflict(CompetitionSession& session, const Login& by, const std::string& event,
                     const std::string& workstation, const std::string& aspect,
                     const std::string& value, const std::string& reason);

}  // namespace plumb
