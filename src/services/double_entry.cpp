// Double entry as audit records: "entry.first", then "entry.agree" (with the mark) or
// "entry.disagree", both naming the first entry they close.
#include "services/double_entry.h"

#include <map>
#include <tuple>

#include "core/mark_value.h"
#include "core/translate.h"
#include "services/result_state.h"
#include "services/signoff.h"
#include "store/payload.h"

namespace plumb {

namespace {

using Key = std::tuple<std::string, std::string, std::string>;  // registration no, judge, aspect

struct Pending {
    std::string id;  // uuid of the entry.first record
    std::string workstation, operator_, value;
};

// The open first entry of each cell, and the latest disagreement of cells with none open.
void scan(const Store& store, const std::string& event, std::map<Key, Pending>& open,
          std::map<Key, BlindPair>& disagreed) {
    for (const AuditRecord& r :
         store.audit_records({"entry.first", "entry.agree", "entry.disagree"})) {
        const PayloadFields f = parse_payload(r.payload);
        if (field(f, "event") != event) continue;
        const Key key{field(f, "registration_no"), field(f, "judge"), field(f, "aspect")};
        if (r.action == "entry.first") {
            open[key] = {r.uuid, field(f, "workstation"), r.actor, field(f, "value")};
            disagreed.erase(key);
            continue;
        }
        const auto it = open.find(key);
        if (it == open.end() || it->second.id != field(f, "first")) continue;
        if (r.action == "entry.disagree")
            disagreed[key] = {it->second.workstation, std::get<1>(key), std::get<2>(key),
                              it->second.operator_,   it->second.value, r.actor,
                              field(f, "value"),      "disagreed"};
        open.erase(it);
    }
}

}  // namespace

bool double_entry(const Store& store, const std::string& event) {
    const auto on = store.setting("double_entry:" + event);
    return on && *on == "on";
}

void set_double_entry(CompetitionSession& session, const std::string& event, bool on,
                      const Actor& actor) {
    session.event(event);
    Change change = session.store().begin(actor);
    change.set_setting("double_entry:" + event, on ? "on" : "off");
    change.commit();
}

BlindOutcome enter_blind(CompetitionSession& session, const std::string& event,
                         const std::string& workstation, const std::string& judge,
                         const std::string& aspect_id, const std::string& value,
                         const Actor& actor) {
    const Event& ev = session.event(event);
    Store& store = session.store();
    const auto c = store.contestant_at(event, workstation);
    if (!c)
        throw ActionError(
            format(tr("no contestant at workstation %s in %s"), {workstation, event}));
    const Judge* j = session.competition().find_judge(judge);
    if (!j || !j->judges(event))
        throw ActionError(format(tr("judge %s is not assigned to %s"), {judge, event}));
    const Aspect* a = ev.scheme.find_aspect(aspect_id);
    if (!a) throw ActionError(format(tr("event %s has no aspect '%s'"), {event, aspect_id}));
    if (c->status != ContestantStatus::Active)
        throw ActionError(format(tr("workstation %s is %s: no marks are taken"),
                                 {workstation, tr(to_string(c->status))}));
    if (result_state(store, event).locked)
        throw ActionError(
            format(tr("%s is locked: a change is an appeal (plumb appeal lodge)"), {event}));
    if (is_signed_off(store, event, c->workstation, judge))
        throw ActionError(format(tr("%s has signed off workstation %s: the chief judge must "
                                    "reopen it first (plumb reopen)"),
                                 {judge, c->workstation}));
    const ParsedMark parsed = parse_mark(*a, ev.scheme.judgement_scale, value);
    if (!parsed.ok()) throw ActionError(aspect_id + ": " + parsed.error());
    const std::string canonical = parsed.value().str(*a);

    std::map<Key, Pending> open;
    std::map<Key, BlindPair> disagreed;
    scan(store, event, open, disagreed);
    const Key key{c->registration_no, judge, aspect_id};
    PayloadWriter w;
    w.add("event", event)
        .add("workstation", c->workstation)
        .add("registration_no", c->registration_no);
    w.add("judge", judge).add("aspect", aspect_id).add("value", canonical);
    const std::string subject = event + "/" + c->workstation;
    const auto first = open.find(key);
    if (first == open.end()) {
        const auto current = store.current_mark(judge, c->registration_no, aspect_id);
        if (current && *current == canonical) return BlindOutcome::Unchanged;
        Change change = store.begin(actor);
        change.audit("entry.first", subject, w.take());
        change.commit();
        return BlindOutcome::Waiting;
    }
    if (first->second.operator_ == actor.who)
        throw ActionError(
            format(tr("the second entry of %s at workstation %s must come from another operator"),
                   {aspect_id, c->workstation}));
    w.add("first", first->second.id);
    Change change = store.begin(actor);
    if (first->second.value != canonical) {
        change.audit("entry.disagree", subject, w.take());
        change.commit();
        return BlindOutcome::Disagreed;
    }
    const auto current = store.current_mark(judge, c->registration_no, aspect_id);
    MarkEntry e;
    e.judge = judge;
    e.registration_no = c->registration_no;
    e.event = event;
    e.aspect = aspect_id;
    e.value = canonical;
    e.reason = current ? "entered twice, agreed (was " + *current + ")" : actor.reason;
    change.audit("entry.agree", subject, w.take());
    change.add_mark(e);
    change.commit();
    return BlindOutcome::Agreed;
}

std::vector<BlindPair> open_pairs(const Store& store, const std::string& event) {
    std::map<Key, Pending> open;
    std::map<Key, BlindPair> disagreed;
    scan(store, event, open, disagreed);
    std::vector<BlindPair> out;
    for (const auto& [key, p] : open)
        out.push_back({p.workstation,
                       std::get<1>(key),
                       std::get<2>(key),
                       p.operator_,
                       p.value,
                       {},
                       {},
                       "waiting"});
    for (const auto& [key, d] : disagreed) out.push_back(d);
    return out;
}

}  // namespace plumb
