// The organiser's work on the judges: adding a judge and assigning judges to events.
#pragma once

#include <string>

#include "core/competition.h"
#include "services/gate.h"

namespace plumb {

// What add_or_update_judge saved: the judge's code as stored, and whether anything changed.
struct SavedJudge {
    std::string code;
    bool changed = false;
    explicit operator bool() const { return changed; }
};

// Adds a judge, or replaces a registered judge's name, employer and events (Act::SaveJudge: the
// organiser). The code is an identifier read as in the competition file (core/identifier.h:
// ｊ０１ is j01); one that differs from a registered judge's only in case or width names that
// judge, whose code is kept as registered (j01 changes J01). The name needs a visible character;
// name and employer hold nothing invisible. Every event must exist and at least one is given.
// Changing a registered judge needs a reason, and a judge cannot be taken off an event in which
// they have entered marks. The session's judges are reloaded afterwards. `changed` is false when
// nothing differs from what is stored. Throws ActionError with the reason.
SavedJudge add_or_update_judge(CompetitionSession& session, const Login& by, const Judge& judge,
                               const std::string& reason = {});

}  // namespace plumb
