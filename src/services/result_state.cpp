// Lock and reveal: the event's state changes, checked in the transaction.
#include "services/result_state.h"

#include "core/translate.h"
#include "services/seal.h"

namespace plumb {

namespace {

// The refusal naming what keeps the event open: each incomplete sheet's gaps (20 at most).
ActionError incomplete(const std::string& what_one, const std::string& what_many,
                       const std::string& event, EventBook& book) {
    const std::size_t n = book.incomplete_workstations().size();
    return ActionError(format(n == 1 ? what_one : what_many,
                              {event, std::to_string(n), blocker_details(book)}));
}

}  // namespace

std::vector<std::string> lock_blockers(const CompetitionSession& session,
                                       const std::string& event) {
    EventBook book = session.book(event);
    return book.incomplete_workstations();
}

std::string blocker_details(EventBook& book) {
    // In the words plumb check uses (English), or the translator's language.
    const auto said = [](const SheetIssue& i, const std::string& ws) {
        std::string pattern;
        switch (i.kind) {
            case SheetIssue::Kind::Missing: pattern = tr("workstation %s missing %s"); break;
            case SheetIssue::Kind::Conflict: pattern = tr("workstation %s conflict %s"); break;
            case SheetIssue::Kind::TooFewJudges:
                pattern = tr("workstation %s too_few_judges %s");
                break;
            case SheetIssue::Kind::Invalid: pattern = tr("workstation %s invalid %s"); break;
            case SheetIssue::Kind::NoTheory: pattern = tr("workstation %s theory"); break;
            case SheetIssue::Kind::NoTime: pattern = tr("workstation %s time"); break;
        }
        std::string text = format(pattern, {ws, i.aspect});
        while (!text.empty() && text.back() == ' ') text.pop_back();  // an issue of no aspect
        return text;
    };
    std::string out;
    int shown = 0;
    for (const std::string& ws : book.incomplete_workstations()) {
        for (const SheetIssue& i : book.sheet(book.find_workstation(ws)).issues) {
            if (shown++ == 20) return out + "; ...";
            out += (out.empty() ? "" : "; ") + said(i, ws);
        }
    }
    return out;
}

void lock_results(CompetitionSession& session, const Login& by, const std::string& event,
                  const std::string& reason) {
    Action action(session, by, Act::Lock, reason);
    action.allow({event});
    if (reason.empty()) throw ActionError(tr("locking results needs a reason"));
    EventBook book = session.book(event);
    if (!book.incomplete_workstations().empty())
        throw incomplete(tr("cannot lock %s: %s contestant is incomplete (%s)"),
                         tr("cannot lock %s: %s contestants are incomplete (%s)"),
                         session.competition().event_words(event), book);
    // The state the lock was made from, before the lock itself is written.
    const std::string seal = audit_seal(action.store());
    EventState state = action.state(event);
    state.locked = true;
    action.set_state(state);
    action.change().audit("lock", event, "seal=" + seal + "\n");
    action.commit();
}

bool reveal_event(CompetitionSession& session, const Login& by, const std::string& event,
                  const std::string& reason) {
    Action action(session, by, Act::Reveal,
                  reason.empty() ? "names of " + event + " revealed" : reason);
    action.allow({event});
    EventState state = action.state(event);
    if (state.revealed) throw ActionError(format(tr("%s is already revealed"), {session.competition().event_words(event)}));
    EventBook book = session.book(event);
    if (!book.incomplete_workstations().empty())
        throw incomplete(tr("cannot reveal %s: %s contestant is incomplete (%s)"),
                         tr("cannot reveal %s: %s contestants are incomplete (%s)"),
                         session.competition().event_words(event), book);
    const bool locks = !state.locked;
    const std::string seal = audit_seal(action.store());
    state.locked = true;
    state.revealed = true;
    action.set_state(state);
    action.change().audit("reveal", event,
                          "contestants=" + std::to_string(book.contestants().size()) +
                              "\nlocked=" + (locks ? "1" : "0") + "\nseal=" + seal + "\n");
    action.commit();
    return locks;
}

}  // namespace plumb
