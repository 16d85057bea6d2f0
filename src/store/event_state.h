// Private to src/store: event_state rows as audit payloads, and the move out of the settings.
#pragma once

#include <string>
#include <vector>

#include "core/event_state.h"
#include "store/payload.h"
#include "store/store_impl.h"

namespace plumb {

class AuditWriter;

// The fields of an event.state payload that describe its row, in column order.
PayloadFields event_state_fields(const EventState& e);
// The payload of a change from `before` to `after` ("old.*" for what changed, then reason).
std::string event_state_payload(const EventState& before, const EventState& after,
                                const std::string& reason);
std::vector<EventState> read_event_states(Connection& s);

// Schema 3: each event's "lock:", "revealed:", "revision:", "chief:" and "double_entry:"
// settings become its event_state row and an "event.state" record (the settings rows stay,
// read by nothing, so that they still match their own records).
void move_event_settings(Connection& s, AuditWriter& writer);

}  // namespace plumb
