// Lock state and revision of an event's results, and the lock itself.
#include "services/result_state.h"

#include <charconv>

#include "core/translate.h"
#include "services/check.h"
#include "services/judge_kit.h"

namespace plumb {

ResultState result_state(const Store& store, const std::string& event) {
    ResultState state;
    if (const auto lock = store.setting("lock:" + event))
        state.locked = !lock->empty() && *lock != "unlocked" && *lock != "0" && *lock != "false";
    if (const auto rev = store.setting("revision:" + event)) {
        int n = 0;
        const auto [end, ec] = std::from_chars(rev->data(), rev->data() + rev->size(), n);
        if (ec == std::errc() && end == rev->data() + rev->size() && n >= 1) state.revision = n;
    }
    return state;
}

void lock_results(CompetitionSession& session, const std::string& event, const Actor& actor) {
    session.event(event);  // unknown events are refused by name
    if (master_of(session.store()))
        throw ActionError(tr("this is a laptop's database: results are locked on the master"));
    if (actor.reason.empty()) throw ActionError(tr("locking results needs a reason"));
    if (result_state(session.store(), event).locked)
        throw ActionError(format(tr("%s is already locked"), {event}));
    const CheckReport report = check_competition(session, event);
    const EventCheck& e = report.events.front();
    if (e.incomplete > 0) {
        std::string list;
        int shown = 0;
        for (const CheckItem& i : e.items) {
            if (i.kind == "spread" || i.kind == "interest") continue;  // flags, not gaps
            if (shown++ == 20) {
                list += "; ...";
                break;
            }
            list += (list.empty() ? "" : "; ") + std::string("workstation ") + i.workstation + " " +
                    i.kind + (i.aspect.empty() ? "" : " " + i.aspect);
        }
        throw ActionError(
            format(e.incomplete == 1
                       ? tr("cannot lock %s: %s contestant is incomplete (%s); see plumb check")
                       : tr("cannot lock %s: %s contestants are incomplete (%s); see plumb check"),
                   {event, std::to_string(e.incomplete), list}));
    }
    Change change = session.store().begin(actor);
    change.set_setting("lock:" + event, "locked");
    change.commit();
}

}  // namespace plumb
