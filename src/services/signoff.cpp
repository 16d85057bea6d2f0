// Sign-off state worked out from the audit log, whichever device wrote the records.
#include "services/signoff.h"

#include <algorithm>
#include <map>

#include "core/translate.h"
#include "store/payload.h"

namespace plumb {

namespace {

std::string subject(const std::string& event, const std::string& workstation) {
    return event + "/" + workstation;
}

// (workstation, judge) -> signed off, from the records in the order they happened.
std::map<std::pair<std::string, std::string>, bool> sheet_states(const Store& store,
                                                                 const std::string& event) {
    std::vector<AuditRecord> records = store.audit_records({"signoff", "reopen"});
    // Laptops' records arrive later than they were written: order by time, then by arrival.
    std::stable_sort(records.begin(), records.end(),
                     [](const AuditRecord& a, const AuditRecord& b) { return a.at < b.at; });
    std::map<std::pair<std::string, std::string>, bool> out;
    for (const AuditRecord& r : records) {
        const PayloadFields f = parse_payload(r.payload);
        if (field(f, "event") != event) continue;
        out[{field(f, "workstation"), field(f, "judge")}] = r.action == "signoff";
    }
    return out;
}

std::string known_workstation(const CompetitionSession& session, const std::string& event,
                              const std::string& workstation) {
    session.event(event);
    const auto c = session.store().contestant_at(event, workstation);
    if (!c)
        throw ActionError(
            format(tr("no contestant at workstation %s in %s"), {workstation, event}));
    return c->workstation;
}

void write(CompetitionSession& session, const std::string& action, const std::string& event,
           const std::string& workstation, const std::string& judge, const Actor& actor) {
    PayloadWriter w;
    w.add("event", event).add("workstation", workstation).add("judge", judge);
    Change change = session.store().begin(actor);
    change.audit(action, subject(event, workstation), w.take());
    change.commit();
}

}  // namespace

bool is_signed_off(const Store& store, const std::string& event, const std::string& workstation,
                   const std::string& judge) {
    const auto states = sheet_states(store, event);
    const auto it = states.find({workstation, judge});
    return it != states.end() && it->second;
}

std::vector<SignOff> signed_off(const Store& store, const std::string& event) {
    std::vector<SignOff> out;
    for (const auto& [key, on] : sheet_states(store, event))
        if (on) out.push_back({key.first, key.second});
    return out;
}

void sign_off(CompetitionSession& session, const std::string& event, const std::string& workstation,
              const std::string& judge, const Actor& actor) {
    const std::string ws = known_workstation(session, event, workstation);
    const Judge* j = session.competition().find_judge(judge);
    if (!j || !j->judges(event))
        throw ActionError(format(tr("%s is not a judge of %s"), {judge, event}));
    if (is_signed_off(session.store(), event, ws, judge))
        throw ActionError(format(tr("%s has already signed off workstation %s"), {judge, ws}));
    Actor who = actor;
    if (who.reason.empty()) who.reason = "sheet signed off";
    write(session, "signoff", event, ws, judge, who);
}

void reopen(CompetitionSession& session, const std::string& event, const std::string& workstation,
            const std::string& judge, const Actor& actor) {
    const std::string ws = known_workstation(session, event, workstation);
    if (actor.reason.empty()) throw ActionError(tr("reopening a signed-off sheet needs a reason"));
    if (!is_signed_off(session.store(), event, ws, judge))
        throw ActionError(
            format(tr("%s has not signed off workstation %s in %s"), {judge, ws, event}));
    write(session, "reopen", event, ws, judge, actor);
}

}  // namespace plumb
