// Appeals as audit records ("appeal.lodge", "appeal.decide"); upheld ones correct the marks.
#include "services/appeals.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "core/mark_value.h"
#include "core/translate.h"
#include "core/workstation.h"
#include "services/history.h"
#include "services/viewing.h"
#include "store/payload.h"

namespace plumb {

namespace {

// Each judge's current value of a contestant's aspect, in judge order.
std::map<std::string, std::string> current_values(const Store& store, const std::string& reg_no,
                                                  const std::string& aspect) {
    std::map<std::string, std::string> out;
    for (const MarkEntry& e : store.mark_history(reg_no, aspect)) out[e.judge] = e.value;
    return out;
}

std::string describe(const std::map<std::string, std::string>& values) {
    std::string out;
    for (const auto& [judge, value] : values)
        out += (out.empty() ? "" : "; ") + judge + "=" + value;
    return out.empty() ? "(none)" : out;
}

Appeal from_lodge(const AuditRecord& r) {
    const PayloadFields f = parse_payload(r.payload);
    Appeal a;
    a.id = field(f, "id");
    a.event = field(f, "event");
    a.workstation = field(f, "workstation");
    a.registration_no = field(f, "registration_no");
    a.aspect = field(f, "aspect");
    a.judge = field(f, "judge");
    a.old_value = field(f, "old");
    a.new_value = field(f, "new");
    a.lodged_by = field(f, "lodged_by");
    a.lodged_at = r.at;
    a.recorded_by = r.actor;
    a.reason = field(f, "reason");
    a.decision = "pending";
    return a;
}

}  // namespace

std::vector<Appeal> appeals(const Store& store, const std::string& event) {
    std::vector<Appeal> out;
    for (const AuditRecord& r : store.audit_records({"appeal.lodge", "appeal.decide"})) {
        if (r.device != store.device_id()) continue;  // appeals are the master's own records
        const PayloadFields f = parse_payload(r.payload);
        if (r.action == "appeal.lodge") {
            Appeal a = from_lodge(r);
            if (event.empty() || a.event == event) out.push_back(std::move(a));
            continue;
        }
        for (Appeal& a : out) {
            if (a.id != field(f, "id")) continue;
            a.decision = field(f, "decision");
            a.decided_by = r.actor;
            a.decided_at = r.at;
            a.decision_reason = field(f, "reason");
            a.revision = std::atoi(field(f, "revision").c_str());
        }
    }
    return out;
}

std::string appealed_values(const CompetitionSession& session, const std::string& event,
                            const std::string& workstation, const std::string& aspect,
                            const std::string& judge) {
    const std::vector<Contestant> people = session.contestants();
    const Contestant* c = find_at_workstation(people, event, workstation);  // "5" finds "05"
    if (!c) return {};
    auto values = current_values(session.store(), c->registration_no, aspect);
    if (!judge.empty()) {
        const auto it = values.find(judge);
        if (it == values.end()) return {};
        values = {*it};
    }
    return values.empty() ? std::string() : describe(values);
}

std::string lodge_appeal(CompetitionSession& session, const Login& by, const AppealRequest& q,
                         const std::string& grounds) {
    Action action(session, by, Act::LodgeAppeal, grounds);
    action.allow({q.event});
    if (grounds.empty()) throw ActionError(tr("an appeal needs its grounds"));
    if (q.lodged_by.empty()) throw ActionError(tr("say who lodges the appeal"));
    check_reason_text(q.lodged_by);  // typed as a reason is: one line
    const Event& ev = session.event(q.event);
    const Contestant& c = action.contestant_at(q.event, q.workstation);
    if (c.status != ContestantStatus::Active)
        throw ActionError(format(tr("workstation %s is %s: it has no results to appeal"),
                                 {c.workstation, tr(to_string(c.status))}));
    const Aspect* a = ev.scheme.find_aspect(q.aspect);
    if (!a) throw ActionError(format(tr("event %s has no aspect '%s'"), {session.competition().event_words(q.event), q.aspect}));
    if (a->is_judgement() && q.judge.empty())
        throw ActionError(
            format(tr("%s is scored by each judge: say whose score is appealed"), {q.aspect}));
    // The judges' values of any other aspect must agree: one of them alone is not appealed.
    if (!a->is_judgement() && !q.judge.empty())
        throw ActionError(format(tr("%s is one value all its judges agree on: an appeal changes "
                                    "it for every judge, so name no judge"),
                                 {q.aspect}));
    if (!q.judge.empty()) {
        const Judge* j = session.competition().find_judge(q.judge);
        if (!j || !j->judges(q.event))
            throw ActionError(format(tr("%s is not a judge of %s"), {q.judge, q.event}));
    }
    const ParsedMark parsed = parse_mark(*a, ev.scheme.judgement_scale, q.value);
    if (!parsed.ok()) throw ActionError(q.aspect + ": " + parsed.error());
    auto values = current_values(action.store(), c.registration_no, q.aspect);
    if (!q.judge.empty()) {
        const auto it = values.find(q.judge);
        values = it == values.end() ? std::map<std::string, std::string>{}
                                    : std::map<std::string, std::string>{*it};
    }
    if (values.empty())
        throw ActionError(q.judge.empty()
                              ? format(tr("%s at workstation %s has no mark to appeal"),
                                       {q.aspect, c.workstation})
                              : format(tr("%s at workstation %s has no mark from %s to appeal"),
                                       {q.aspect, c.workstation, q.judge}));
    const std::string asked = parsed.value().str(*a);
    if (!values.empty() && std::all_of(values.begin(), values.end(),
                                       [&asked](const auto& v) { return v.second == asked; }))
        throw ActionError(
            format(tr("%s is already %s: an appeal asks for another value"), {q.aspect, asked}));
    std::set<std::string> taken;
    for (const Appeal& x : appeals(action.store())) taken.insert(x.id);
    // The last 8 hex digits of a uuid are random; its first ones are the clock's.
    std::string id = new_uuid().substr(28);
    while (taken.count(id)) id = new_uuid().substr(28);
    PayloadWriter w;
    w.add("id", id).add("event", q.event).add("workstation", c.workstation);
    w.add("registration_no", c.registration_no).add("aspect", q.aspect).add("judge", q.judge);
    w.add("old", describe(values)).add("new", parsed.value().str(*a)).add("lodged_by", q.lodged_by);
    action.change().audit("appeal.lodge", q.event + "/" + c.workstation, w.take());
    action.commit();
    return id;
}

AppealDecision decide_appeal(CompetitionSession& session, const Login& by, const std::string& id,
                             bool upheld, const std::string& reason) {
    Appeal appeal;
    for (const Appeal& a : appeals(session.store()))
        if (a.id == id) appeal = a;
    if (appeal.id.empty()) throw ActionError(format(tr("no appeal %s"), {id}));
    Action action(session, by, Act::DecideAppeal, reason);
    action.allow({appeal.event});
    if (reason.empty()) throw ActionError(tr("a decision on an appeal needs a reason"));
    for (const Appeal& a : appeals(action.store()))  // read again inside the transaction
        if (a.id == id) appeal = a;
    if (appeal.decision != "pending")
        throw ActionError(format(tr("appeal %s was already %s by %s"),
                                 {id, appeal.decision == "upheld" ? tr("upheld") : tr("rejected"),
                                  said_actor(appeal.decided_by)}));
    EventState state = action.state(appeal.event);
    const EventResults before = results_for(session, by, appeal.event);  // inside the change
    bool revised = false;
    if (upheld) {
        auto values = current_values(action.store(), appeal.registration_no, appeal.aspect);
        if (!appeal.judge.empty()) {  // that judge's value only, never a mark they did not give
            const auto it = values.find(appeal.judge);
            values = it == values.end() ? std::map<std::string, std::string>{}
                                        : std::map<std::string, std::string>{*it};
        }
        bool changed = false;
        for (const auto& [judge, value] : values) {
            if (value == appeal.new_value) continue;
            changed = true;
            MarkEntry e;
            e.judge = judge;
            e.registration_no = appeal.registration_no;
            e.event = appeal.event;
            e.aspect = appeal.aspect;
            e.value = appeal.new_value;
            e.reason = "appeal " + id + " upheld: " + reason;
            action.change().add_mark(e);
        }
        if (changed) {  // the results are another revision only if a mark changed
            revised = true;
            ++state.revision;
            action.set_state(state);
        }
    }
    PayloadWriter w;
    w.add("id", id).add("event", appeal.event).add("workstation", appeal.workstation);
    w.add("decision", upheld ? "upheld" : "rejected");
    if (upheld) w.add("revision", std::to_string(state.revision));
    action.change().audit("appeal.decide", appeal.event + "/" + appeal.workstation, w.take());
    action.commit();
    AppealDecision out;
    if (!revised) return out;
    out.revision = state.revision;
    out.changes = place_changes(before, results_for(session, by, appeal.event));
    return out;
}

}  // namespace plumb
