// The organiser's work on the judges: adding a judge and assigning judges to events.
#pragma once

#include "core/competition.h"
#include "services/gate.h"

namespace plumb {

// Adds a judge, or replaces a registered judge's name, employer and events (Act::SaveJudge: the
// organiser). The code is letters, digits, '-' or '_'; the name is required; every event must
// exist and at least one is given. Changing a registered judge needs a reason, and a judge
// cannot be taken off an event in which they have entered marks. The session's judges are
// reloaded afterwards. Returns false when nothing differs from what is stored. Throws
// ActionError with the reason.
bool add_or_update_judge(CompetitionSession& session, const Login& by, const Judge& judge,
                         const std::string& reason = {});

}  // namespace plumb
