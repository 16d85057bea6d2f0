// Sign-off state worked out from the audit log, whichever device wrote the records.
#include "services/signoff.h"

#include "core/translate.h"
#include "services/sheet_view.h"
#include "store/payload.h"

namespace plumb {

namespace {

std::string subject(const std::string& event, const std::string& workstation) {
    return event + "/" + workstation;
}

void write(Action& action, const std::string& kind, const std::string& event,
           const std::string& workstation, const std::string& judge) {
    PayloadWriter w;
    w.add("event", event).add("workstation", workstation).add("judge", judge);
    action.change().audit(kind, subject(event, workstation), w.take());
    action.set_signed_off(event, workstation, judge, kind == "signoff");
}

}  // namespace

std::map<std::pair<std::string, std::string>, bool> sheet_states(const Store& store,
                                                                 const std::string& event) {
    std::map<std::pair<std::string, std::string>, bool> out;
    for (const AuditRecord& r : store.audit_records({"signoff", "reopen"})) {
        const PayloadFields f = parse_payload(r.payload);
        if (field(f, "event") != event) continue;
        out[{field(f, "workstation"), field(f, "judge")}] = r.action == "signoff";
    }
    return out;
}

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

void sign_off(CompetitionSession& session, const Login& by, const std::string& event,
              const std::string& workstation, const std::string& judge) {
    Action action(session, by, Act::SignOff, "sheet signed off");
    action.allow_judge(event, judge);
    const Contestant& c = action.contestant_at(event, workstation);
    if (action.signed_off(event, c.workstation, judge))
        throw ActionError(
            format(tr("%s has already signed off workstation %s"), {judge, c.workstation}));
    write(action, "signoff", event, c.workstation, judge);
    action.commit();
}

void reopen(CompetitionSession& session, const Login& by, const std::string& event,
            const std::string& workstation, const std::string& judge, const std::string& reason) {
    Action action(session, by, Act::Reopen, reason);
    action.allow({event});
    if (reason.empty()) throw ActionError(tr("reopening a signed-off sheet needs a reason"));
    const Contestant& c = action.contestant_at(event, workstation);
    if (!action.signed_off(event, c.workstation, judge))
        throw ActionError(
            format(tr("%s has not signed off workstation %s in %s"), {judge, c.workstation, session.competition().event_words(event)}));
    write(action, "reopen", event, c.workstation, judge);
    action.commit();
}

std::vector<std::string> missing_before_signoff(CompetitionSession& session,
                                                const std::string& event,
                                                const std::string& workstation,
                                                const std::string& judge) {
    EventBook book = session.book(event);
    const int i = book.find_workstation(workstation);
    if (i < 0)
        throw ActionError(
            format(tr("no contestant at workstation %s in %s"),
                   {workstation, session.competition().event_words(event)}));
    std::vector<std::string> out;
    // A judgement score is each judge's own; any other aspect is one value the judges share, so
    // another judge's measurement covers it.
    for (const SheetRowView& row : sheet_view(book, i, judge).rows)
        if (row.own_value.empty() && (row.aspect->is_judgement() || row.others.empty()))
            out.push_back(row.aspect->id);
    return out;
}

}  // namespace plumb
