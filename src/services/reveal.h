// Blinding and its end: an event's names stay hidden until the chief judge reveals them.
#pragma once

#include <string>
#include <vector>

#include "core/event_book.h"
#include "services/competition_session.h"

namespace plumb {

// True once the event has been revealed (setting "revealed:<event>" = "1").
bool is_revealed(const CompetitionSession& session, const std::string& event);

// Workstations of the event's contestants that are still incomplete (missing or conflicting
// marks, theory, time); contestants who are absent, withdrawn or disqualified do not count.
std::vector<std::string> reveal_blockers(EventBook& book);

// Reveals the event's names: the setting and a "reveal" audit record, in one change, locking
// the event first when it is not locked yet. Refused (ActionError) for an unknown event, one
// already revealed, or while any contestant is incomplete: names must not be seen while a mark
// can still change.
void reveal_event(CompetitionSession& session, const std::string& event, const Actor& actor);

}  // namespace plumb
