// The chief judge settles a measurement two judges (often on two laptops) disagree on.
#pragma once

#include <string>

#include "services/competition_session.h"

namespace plumb {

// Appends `value` for every judge whose current value of the contestant's measurement differs,
// with the actor's reason, in one change; returns how many entries were appended. Refused when
// the aspect is not in conflict, is a judgement (each judge keeps their own score), the event
// is locked (an appeal then) or an affected judge has signed off (reopen first).
int resolve_conflict(CompetitionSession& session, const std::string& event,
                     const std::string& workstation, const std::string& aspect,
                     const std::string& value, const Actor& actor);

}  // namespace plumb
