// The chief judge settles a measurement two judges (often on two laptops) disagree on.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/event_book.h"
#include "services/gate.h"

namespace plumb {

// Appends `value` for every judge whose current value of the contestant's measurement differs,
// with the reason, in one change (Act::Resolve: the chief judge); returns how many entries were
// appended. Refused when the aspect is not in conflict, is a judgement (each judge keeps their
// own score), the event is locked (an appeal then) or an affected judge has signed off.
int resolve_conflict(CompetitionSession& session, const Login& by, const std::string& event,
                     const std::string& workstation, const std::string& aspect,
                     const std::string& value, const std::string& reason);

// A measurement the judges disagree on (AspectState::Conflict), with each judge's value.
struct MeasurementConflict {
    std::string workstation;
    std::string aspect;                                       // its id
    std::vector<std::pair<std::string, std::string>> values;  // judge, current value
};

// The event's open conflicts: workstations in their natural order, aspects in scheme order.
// Workstations only: who stands there is not shown (names are the organiser's until the reveal).
std::vector<MeasurementConflict> measurement_conflicts(EventBook& book);

}  // namespace plumb
