// Conflict-of-interest flags worked out from employers, never stored beside the marks, so
// entries from laptops and CSV files are flagged alike.
#include "services/interest.h"

#include <algorithm>
#include <map>

#include "core/translate.h"
#include "services/code_list.h"
#include "services/settings_keys.h"

namespace plumb {

namespace {

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

bool has_conflict_of_interest(const CompetitionSession& session, const std::string& judge,
                              const Contestant& contestant) {
    const Judge* j = session.competition().find_judge(judge);
    if (j && !trim(contestant.employer).empty() && trim(j->employer) == trim(contestant.employer))
        return true;
    const auto kit = session.store().setting(keys::conflict(contestant.registration_no));
    return kit && listed_code(*kit, judge);
}

std::vector<std::string> interested_judges(const CompetitionSession& session,
                                           const Contestant& contestant) {
    std::vector<std::string> out;
    for (const Judge& j : session.competition().judges)
        if (std::find(j.events.begin(), j.events.end(), contestant.event) != j.events.end() &&
            has_conflict_of_interest(session, j.code, contestant))
            out.push_back(j.code);
    return out;
}

std::string interest_warning_text(const std::string& judge, const std::string& workstation) {
    return format(tr("%s works for the employer of the contestant at workstation %s (conflict "
                     "of interest, 执裁回避): the mark is flagged for the chief judge"),
                  {judge, workstation});
}

std::vector<InterestFlag> interest_flags(const CompetitionSession& session,
                                         const std::string& event) {
    std::map<std::string, const Contestant*> by_registration;
    const auto all = session.store().contestants();
    for (const Contestant& c : all)
        if (c.event == event) by_registration[c.registration_no] = &c;
    std::map<std::pair<std::string, std::string>, InterestFlag> flags;  // (reg no, judge)
    std::map<std::pair<std::string, std::string>, bool> conflicted;
    session.store().scan_marks(event, [&](const MarkEntry& e) {
        const auto c = by_registration.find(e.registration_no);
        if (c == by_registration.end()) return;
        const auto key = std::make_pair(e.registration_no, e.judge);
        auto known = conflicted.find(key);
        if (known == conflicted.end())
            known = conflicted.emplace(key, has_conflict_of_interest(session, e.judge, *c->second))
                        .first;
        if (!known->second) return;
        InterestFlag& f = flags[key];
        f.workstation = c->second->workstation;
        f.registration_no = e.registration_no;
        f.judge = e.judge;
        if (std::find(f.aspects.begin(), f.aspects.end(), e.aspect) == f.aspects.end())
            f.aspects.push_back(e.aspect);
    });
    std::vector<InterestFlag> out;
    for (auto& [key, f] : flags) out.push_back(std::move(f));
    return out;
}

}  // namespace plumb
