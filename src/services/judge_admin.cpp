// Checking and saving judges; the session's copy of the judges follows the store.
#include "services/judge_admin.h"

#include "core/identifier.h"
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

// The registered judge a typed code names: the same code, else one differing only in case or
// width (as the competition file reads them, J01 and ｊ０１ are one judge).
const Judge* registered(const Competition& competition, const std::string& code) {
    if (const Judge* j = competition.find_judge(code)) return j;
    const std::string key = identifier_key(code);
    for (const Judge& j : competition.judges)
        if (identifier_key(j.code) == key) return &j;
    return nullptr;
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

SavedJudge add_or_update_judge(CompetitionSession& session, const Login& by, const Judge& given,
                               const std::string& reason) {
    Action action(session, by, Act::SaveJudge, trim(reason));
    action.allow();
    const IdentifierReading code = read_identifier(given.code);
    if (!code.ok()) throw ActionError(format(tr("judge code: %s"), {code.problem}));
    const Judge* old = registered(session.competition(), code.value);
    Judge j;
    j.code = old ? old->code : code.value;
    j.name = trim(given.name);
    j.employer = trim(given.employer);
    for (const std::string& e : given.events)
        if (std::find(j.events.begin(), j.events.end(), e) == j.events.end()) j.events.push_back(e);

    if (const std::string problem = text_problem(j.name, true); !problem.empty())
        throw ActionError(format(tr("name: %s"), {problem}));
    if (const std::string problem = text_problem(j.employer, false); !problem.empty())
        throw ActionError(format(tr("employer: %s"), {problem}));
    if (j.events.empty())
        throw ActionError(format(tr("%s must judge at least one event"), {j.code}));
    for (const std::string& e : j.events) session.event(e);  // throws for an unknown event

    if (old) {
        if (old->name == j.name && old->employer == j.employer && old->events == j.events)
            return {j.code, false};
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
    return {j.code, true};
}

}  // namespace plumb
