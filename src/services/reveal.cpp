// The chief judge's reveal: refused while marks are open, audited when done.
//
// Policy: names are revealed only once results are locked. Revealing an event that is not
// locked yet locks it in the same change (the same condition as plumb lock: every contestant
// complete or not competing), so the console's one Reveal action never shows names of results
// that can still change; the lock is its own audited setting.
#include "services/reveal.h"

#include "core/translate.h"
#include "services/judge_kit.h"
#include "services/result_state.h"

namespace plumb {

namespace {

std::string setting_key(const std::string& event) {
    return "revealed:" + event;
}

}  // namespace

bool is_revealed(const CompetitionSession& session, const std::string& event) {
    const auto value = session.store().setting(setting_key(event));
    return value && *value == "1";
}

std::vector<std::string> reveal_blockers(EventBook& book) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < book.contestants().size(); ++i)
        if (book.sheet(static_cast<int>(i)).status == RowStatus::Incomplete)
            out.push_back(book.contestants()[i].workstation);
    return out;
}

void reveal_event(CompetitionSession& session, const std::string& event, const Actor& actor) {
    session.event(event);  // unknown events are refused by name
    if (is_revealed(session, event))
        throw ActionError(format(tr("%s is already revealed"), {event}));
    if (master_of(session.store()))
        throw ActionError(tr("this is a laptop's database: names are revealed on the master"));
    EventBook book = session.book(event);
    const std::vector<std::string> open = reveal_blockers(book);
    if (!open.empty()) {
        std::string list;
        for (std::size_t i = 0; i < open.size() && i < 5; ++i) list += (i ? ", " : "") + open[i];
        if (open.size() > 5) list += ", ...";
        throw ActionError(
            format(open.size() == 1
                       ? tr("cannot reveal %s: %s contestant is incomplete (workstation %s)")
                       : tr("cannot reveal %s: %s contestants are incomplete (workstation %s)"),
                   {event, std::to_string(open.size()), list}));
    }
    Actor who = actor;
    if (who.reason.empty()) who.reason = "names of " + event + " revealed";
    const bool locked = result_state(session.store(), event).locked;
    Change change = session.store().begin(who);
    if (!locked) change.set_setting("lock:" + event, "locked");
    change.set_setting(setting_key(event), "1");
    change.audit("reveal", event,
                 "contestants=" + std::to_string(book.contestants().size()) + "\n");
    change.commit();
}

}  // namespace plumb
