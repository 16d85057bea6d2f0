// Double entry as audit records: "entry.first", then "entry.agree" (with the mark) or
// "entry.disagree", both naming the first entry they close. Each names its operator.
#include "services/double_entry.h"

#include <map>
#include <tuple>

#include "core/translate.h"
#include "store/payload.h"

namespace plumb {

namespace {

using Key = std::tuple<std::string, std::string, std::string>;  // registration no, judge, aspect

struct Pending {
    std::string id;  // uuid of the entry.first record
    std::string workstation, typist, value;
    std::string reason;  // why a recorded value is changed ("" for a first value)
};

// Who typed an entry: its "operator" field (older records: the actor).
std::string typist_of(const AuditRecord& r, const PayloadFields& f) {
    const std::string op = field(f, "operator");
    return op.empty() ? r.actor : op;
}

// The open first entry of each cell, and the latest disagreement of cells with none open.
void scan(const Store& store, const std::string& event, std::map<Key, Pending>& open,
          std::map<Key, BlindPair>& disagreed) {
    for (const AuditRecord& r :
         store.audit_records({"entry.first", "entry.agree", "entry.disagree"})) {
        const PayloadFields f = parse_payload(r.payload);
        if (field(f, "event") != event) continue;
        const Key key{field(f, "registration_no"), field(f, "judge"), field(f, "aspect")};
        if (r.action == "entry.first") {
            open[key] = {r.uuid, field(f, "workstation"), typist_of(r, f), field(f, "value"),
                         field(f, "reason")};
            disagreed.erase(key);
            continue;
        }
        const auto it = open.find(key);
        if (it == open.end() || it->second.id != field(f, "first")) continue;
        if (r.action == "entry.disagree")
            disagreed[key] = {it->second.workstation, std::get<1>(key), std::get<2>(key),
                              it->second.typist,      it->second.value, typist_of(r, f),
                              field(f, "value"),      "disagreed"};
        open.erase(it);
    }
}

}  // namespace

void set_double_entry(CompetitionSession& session, const Login& by, const std::string& event,
                      bool on) {
    Action action(session, by, Act::SetDoubleEntry,
                  std::string("double entry ") + (on ? "on" : "off"));
    action.allow({event});
    EventState state = action.state(event);
    if (state.double_entry == on) return;  // already so: nothing to record
    state.double_entry = on;
    action.set_state(state);
    action.commit();
}

MarkResult enter_blind(Action& action, const Contestant& c, const std::string& judge,
                       const std::string& aspect, const std::string& value,
                       const std::string& typist) {
    const Store& store = action.store();
    std::map<Key, Pending> open;
    std::map<Key, BlindPair> disagreed;
    scan(store, c.event, open, disagreed);
    const Key key{c.registration_no, judge, aspect};
    PayloadWriter w;
    w.add("event", c.event).add("workstation", c.workstation).add("registration_no", c.registration_no);
    w.add("judge", judge).add("aspect", aspect).add("value", value).add("operator", typist);
    const std::string subject = c.event + "/" + c.workstation;
    const auto first = open.find(key);
    if (first == open.end()) {
        const auto current = store.current_mark(judge, c.registration_no, aspect);
        if (current && *current == value) return MarkResult::Unchanged;
        // A recorded value changes only with a reason, typed with the first entry (the record
        // carries it): the second operator only confirms the value.
        check_correction(current, value, action.reason(), aspect, c.workstation, judge);
        action.change().audit("entry.first", subject, w.take());
        return MarkResult::Waiting;
    }
    if (first->second.typist == typist)
        throw ActionError(
            format(tr("the second entry of %s at workstation %s must come from another operator"),
                   {aspect, c.workstation}));
    w.add("first", first->second.id);
    if (first->second.value != value) {
        action.change().audit("entry.disagree", subject, w.take());
        return MarkResult::Disagreed;
    }
    const auto current = store.current_mark(judge, c.registration_no, aspect);
    // The first entry's reason; or, for a value recorded since it was typed, the second's.
    const std::string reason =
        first->second.reason.empty() ? action.reason() : first->second.reason;
    check_correction(current, value, reason, aspect, c.workstation, judge);
    MarkEntry e;
    e.judge = judge;
    e.registration_no = c.registration_no;
    e.event = c.event;
    e.aspect = aspect;
    e.value = value;
    e.reason = current ? "entered twice, agreed (was " + *current + "): " + reason : reason;
    action.change().audit("entry.agree", subject, w.take());
    action.change().add_mark(e);
    return MarkResult::Agreed;
}

std::vector<BlindPair> open_pairs(const Store& store, const std::string& event) {
    std::map<Key, Pending> open;
    std::map<Key, BlindPair> disagreed;
    scan(store, event, open, disagreed);
    std::vector<BlindPair> out;
    for (const auto& [key, p] : open)
        out.push_back({p.workstation, std::get<1>(key), std::get<2>(key), p.typist, p.value, {}, {},
                       "waiting"});
    for (const auto& [key, d] : disagreed) out.push_back(d);
    return out;
}

}  // namespace plumb
