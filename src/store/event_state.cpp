// The event_state table: each event's lock, reveal, revision, chief judge and double-entry
// mode, typed, every change an "event.state" audit record (schema 3 moved them out of the
// string-keyed settings "lock:<event>", "revealed:<event>", ...).
#include "store/event_state.h"

#include <algorithm>
#include <cstdlib>
#include <map>

#include "store/audit_chain.h"
#include "store/change_impl.h"
#include "store/payload.h"
#include "store/state.h"

namespace plumb {

namespace {

constexpr const char* kColumns = "event, locked, revealed, revision, chief_judge, double_entry";

EventState from_row(const SQLite::Statement& q) {
    EventState s;
    s.event = q.getColumn(0).getString();
    s.locked = q.getColumn(1).getInt() != 0;
    s.revealed = q.getColumn(2).getInt() != 0;
    s.revision = q.getColumn(3).getInt();
    s.chief_judge = q.getColumn(4).getString();
    s.double_entry = q.getColumn(5).getInt() != 0;
    return s;
}

std::optional<EventState> stored(Connection& s, const std::string& event) {
    Prepared q(s, std::string("SELECT ") + kColumns + " FROM event_state WHERE event = ?");
    q->bind(1, event);
    if (!q->executeStep()) return std::nullopt;
    return from_row(*q);
}

void upsert(Connection& s, const EventState& e) {
    Prepared q(s, std::string("INSERT INTO event_state (") + kColumns +
                      ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event) DO UPDATE SET "
                      "locked = excluded.locked, revealed = excluded.revealed, "
                      "revision = excluded.revision, chief_judge = excluded.chief_judge, "
                      "double_entry = excluded.double_entry");
    q->bind(1, e.event);
    q->bind(2, e.locked ? 1 : 0);
    q->bind(3, e.revealed ? 1 : 0);
    q->bind(4, e.revision);
    q->bind(5, e.chief_judge);
    q->bind(6, e.double_entry ? 1 : 0);
    q->exec();
}

void check(const EventState& e) {
    if (e.event.empty()) throw StoreError("an event state needs the event's code");
    if (e.revision < 1) throw StoreError("a results revision starts at 1");
    if (e.revealed && !e.locked) throw StoreError("an event is revealed only once locked");
}

// "1"/"0" for the payload.
std::string flag(bool b) {
    return b ? "1" : "0";
}

}  // namespace

PayloadFields event_state_fields(const EventState& e) {
    return {{"event", e.event},
            {"locked", flag(e.locked)},
            {"revealed", flag(e.revealed)},
            {"revision", std::to_string(e.revision)},
            {"chief_judge", e.chief_judge},
            {"double_entry", flag(e.double_entry)}};
}

std::string event_state_payload(const EventState& before, const EventState& after,
                                const std::string& reason) {
    PayloadWriter w;
    const PayloadFields now = event_state_fields(after);
    for (const auto& [k, v] : now) w.add(k, v);
    add_old_values(w, event_state_fields(before), now);
    w.add("reason", reason);
    return w.take();
}

std::vector<EventState> read_event_states(Connection& s) {
    std::vector<EventState> out;
    Prepared q(s, std::string("SELECT ") + kColumns + " FROM event_state ORDER BY rowid");
    while (q->executeStep()) out.push_back(from_row(*q));
    return out;
}

void move_event_settings(Connection& s, AuditWriter& writer) {
    std::map<std::string, EventState> states;
    const auto state_of = [&states](const std::string& event) -> EventState& {
        EventState& e = states[event];
        e.event = event;
        return e;
    };
    {
        Prepared q(s, "SELECT key, value FROM settings ORDER BY rowid");
        while (q->executeStep()) {
            const std::string key = q->getColumn(0).getString();
            const std::string value = q->getColumn(1).getString();
            const auto colon = key.find(':');
            if (colon == std::string::npos) continue;
            const std::string kind = key.substr(0, colon), event = key.substr(colon + 1);
            if (kind == "lock")
                state_of(event).locked =
                    !value.empty() && value != "unlocked" && value != "0" && value != "false";
            else if (kind == "revealed")
                state_of(event).revealed = value == "1";
            else if (kind == "revision")
                state_of(event).revision = std::max(1, std::atoi(value.c_str()));
            else if (kind == "chief")
                state_of(event).chief_judge = value;
            else if (kind == "double_entry")
                state_of(event).double_entry = value == "on";
        }
    }
    for (auto& [event, e] : states) {
        if (e.revealed) e.locked = true;  // reveal always locked first
        upsert(s, e);
        AuditRecord r;
        r.device = s.device;
        r.uuid = new_uuid(r.device);
        r.actor = "plumbline";
        r.at = utc_now();
        r.action = "event.state";
        r.subject = event;
        r.payload = event_state_payload(EventState{event}, e,
                                        "moved from the settings by the migration to schema 3");
        writer.append(r);
    }
}

void Change::set_event_state(const EventState& state) {
    impl_->run("cannot change the state of " + state.event, [&] {
        check(state);
        Connection& s = impl_->store;
        const EventState before = stored(s, state.event).value_or(EventState{state.event});
        impl_->record("event.state", state.event,
                      event_state_payload(before, state, impl_->actor.reason));
        upsert(s, state);
    });
}

EventState Store::event_state(const std::string& event) const {
    return guarded_read("cannot read the state of " + event, [&] {
        return stored(*impl_, event).value_or(EventState{event});
    });
}

std::vector<EventState> Store::event_states() const {
    return guarded_read("cannot read the events' states", [&] { return read_event_states(*impl_); });
}

}  // namespace plumb
