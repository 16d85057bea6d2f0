// Locking an event's results and revealing its names: the chief judge's, both refused while any
// contestant is incomplete (EventBook::incomplete_workstations, the one lock condition).
#pragma once

#include <string>
#include <vector>

#include "services/gate.h"

namespace plumb {

// Locks the event (Act::Lock: its chief judge; a reason is required). Refused when already
// locked or while a contestant is incomplete, listing the workstations.
void lock_results(CompetitionSession& session, const Login& by, const std::string& event,
                  const std::string& reason);

// Reveals the event's names (Act::Reveal: its chief judge), locking it first in the same
// change when it is not locked yet; returns true when it did lock. Refused when already
// revealed or while a contestant is incomplete: names are never seen while a mark can change.
bool reveal_event(CompetitionSession& session, const Login& by, const std::string& event,
                  const std::string& reason = {});

// The workstations that keep the event from being locked (empty: it may be locked).
std::vector<std::string> lock_blockers(const CompetitionSession& session,
                                       const std::string& event);
// What keeps them open: "workstation 02 conflict A1; workstation 05 missing B3; ..." (20 at most).
std::string blocker_details(EventBook& book);

}  // namespace plumb
