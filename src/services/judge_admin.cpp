// Checking and saving judges; the session's copy of the judges follows the store.
#include "services/judge_admin.h"

#include "core/translate.h"

#include <algorithm>

namespace plumb {

namespace {

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

bool code_char(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' ||
           c == '_';
}

bool has_marks_from(const CompetitionSession& session, const std::string& event,
                    const std::string& judge) {
    bool found = false;
    session.store().scan_marks(event, [&](const MarkEntry& e) {
        if (e.judge == judge) found = true;
    });
    return found;
}

}  // namespace

bool add_or_update_judge(CompetitionSession& session, const Login& by, const Judge& given,
                         const std::string& reason) {
    Action action(session, by, Act::SaveJudge, trim(reason));
    action.allow();
    Judge j;
    j.code = trim(given.code);
    j.name = trim(given.name);
    j.employer = trim(given.employer);
    for (const std::string& e : given.events)
        if (std::find(j.events.begin(), j.events.end(), e) == j.events.end()) j.events.push_back(e);

    if (j.code.empty()) throw ActionError(tr("the judge code must not be empty"));
    if (j.code.size() > 16 || !std::all_of(j.code.begin(), j.code.end(), code_char))
        throw ActionError(
            format(tr("judge code '%s' must be up to 16 letters, digits, '-' or '_' (such as J16)"),
                   {j.code}));
    if (j.name.empty()) throw ActionError(tr("the judge's name must not be empty"));
    if (j.events.empty())
        throw ActionError(format(tr("%s must judge at least one event"), {j.code}));
    for (const std::string& e : j.events) session.event(e);  // throws for an unknown event

    const Judge* old = session.competition().find_judge(j.code);
    if (old) {
        if (old->name == j.name && old->employer == j.employer && old->events == j.events)
            return false;
        if (trim(reason).empty())
            throw ActionError(format(tr("a change to judge %s needs a reason"), {j.code}));
        for (const std::string& e : old->events)
            if (!j.judges(e) && has_marks_from(session, e, j.code))
                throw ActionError(format(
                    tr("%s has entered marks in %s and cannot be taken off it"), {j.code, e}));
    }
    action.change().add_judge(j);
    action.commit();
    session.reload_judges();
    return true;
}

}  // namespace plumb
