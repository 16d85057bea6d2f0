// Whether an event's results are final (locked) and which revision they are. Read from the
// settings "lock:<event>" and "revision:<event>" until the integrity issue's sign-off owns them.
#pragma once

#include <string>

#include "services/competition_session.h"

namespace plumb {

struct ResultState {
    bool locked = false;
    int revision = 1;  // bumped by an upheld appeal after lock
    // "locked" or "draft"; in Chinese "已锁定" or "草稿".
    const char* label() const { return locked ? "locked" : "draft"; }
    const char* label_zh() const { return locked ? "已锁定" : "草稿"; }
};

// Unlocked and revision 1 unless the settings say otherwise.
ResultState result_state(const Store& store, const std::string& event);

// Locks an event's results (audited, with the actor's reason). Refused when the event is
// already locked or any contestant is incomplete (missing or conflicting marks, theory, time).
void lock_results(CompetitionSession& session, const std::string& event, const Actor& actor);

}  // namespace plumb
