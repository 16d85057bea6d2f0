// Settling a measurement conflict by choosing or re-entering the value, appended with a reason.
#include "services/conflicts.h"

#include <map>

#include "core/mark_value.h"
#include "core/translate.h"
#include "services/result_state.h"
#include "services/signoff.h"

namespace plumb {

int resolve_conflict(CompetitionSession& session, const std::string& event,
                     const std::string& workstation, const std::string& aspect,
                     const std::string& value, const Actor& actor) {
    const Event& ev = session.event(event);
    if (actor.reason.empty()) throw ActionError(tr("settling a conflict needs a reason"));
    const auto c = session.store().contestant_at(event, workstation);
    if (!c)
        throw ActionError(
            format(tr("no contestant at workstation %s in %s"), {workstation, event}));
    const Aspect* a = ev.scheme.find_aspect(aspect);
    if (!a) throw ActionError(format(tr("event %s has no aspect '%s'"), {event, aspect}));
    if (a->is_judgement())
        throw ActionError(
            format(tr("%s is scored by each judge; judgement scores do not conflict"), {aspect}));
    if (result_state(session.store(), event).locked)
        throw ActionError(
            format(tr("%s is locked: a change is an appeal (plumb appeal lodge)"), {event}));
    const ParsedMark parsed = parse_mark(*a, ev.scheme.judgement_scale, value);
    if (!parsed.ok()) throw ActionError(aspect + ": " + parsed.error());
    const std::string canonical = parsed.value().str(*a);

    std::map<std::string, std::string> current;  // judge -> current value
    for (const MarkEntry& e : session.store().mark_history(c->registration_no, aspect))
        current[e.judge] = e.value;
    std::map<std::string, int> distinct;
    for (const auto& [judge, v] : current) ++distinct[v];
    if (distinct.size() < 2)
        throw ActionError(
            format(tr("%s at workstation %s is not in conflict"), {aspect, c->workstation}));
    for (const auto& [judge, v] : current)
        if (v != canonical && is_signed_off(session.store(), event, c->workstation, judge))
            throw ActionError(
                format(tr("%s has signed off workstation %s: reopen it first (plumb reopen)"),
                       {judge, c->workstation}));

    Change change = session.store().begin(actor);
    int appended = 0;
    for (const auto& [judge, v] : current) {
        if (v == canonical) continue;
        MarkEntry e;
        e.judge = judge;
        e.registration_no = c->registration_no;
        e.event = event;
        e.aspect = aspect;
        e.value = canonical;
        e.reason = "conflict settled: " + actor.reason;
        change.add_mark(e);
        ++appended;
    }
    change.commit();
    return appended;
}

}  // namespace plumb
