// Settling a measurement conflict by choosing or re-entering the value, appended with a reason.
#include "services/conflicts.h"

#include <map>

#include "core/mark_value.h"
#include "core/translate.h"
#include "services/marks.h"

namespace plumb {

int resolve_conflict(CompetitionSession& session, const Login& by, const std::string& event,
                     const std::string& workstation, const std::string& aspect,
                     const std::string& value, const std::string& reason) {
    Action action(session, by, Act::Resolve, reason);
    action.allow({event});
    if (reason.empty()) throw ActionError(tr("settling a conflict needs a reason"));
    const Event& ev = session.event(event);
    const Contestant& c = action.contestant_at(event, workstation);
    const Aspect* a = ev.scheme.find_aspect(aspect);
    if (!a) throw ActionError(format(tr("event %s has no aspect '%s'"), {event, aspect}));
    if (a->is_judgement())
        throw ActionError(
            format(tr("%s is scored by each judge; judgement scores do not conflict"), {aspect}));
    const ParsedMark parsed = parse_mark(*a, ev.scheme.judgement_scale, value);
    if (!parsed.ok()) throw ActionError(aspect + ": " + parsed.error());
    const std::string canonical = parsed.value().str(*a);

    std::map<std::string, std::string> current;  // judge -> current value
    for (const MarkEntry& e : action.store().mark_history(c.registration_no, aspect))
        current[e.judge] = e.value;
    std::map<std::string, int> distinct;
    for (const auto& [judge, v] : current) ++distinct[v];
    if (distinct.size() < 2)
        throw ActionError(
            format(tr("%s at workstation %s is not in conflict"), {aspect, c.workstation}));
    int appended = 0;
    for (const auto& [judge, v] : current) {
        if (v == canonical) continue;
        check_mark_rules(action, c, judge);
        MarkEntry e;
        e.judge = judge;
        e.registration_no = c.registration_no;
        e.event = event;
        e.aspect = aspect;
        e.value = canonical;
        e.reason = "conflict settled: " + reason;
        action.change().add_mark(e);
        ++appended;
    }
    action.commit();
    return appended;
}

}  // namespace plumb
