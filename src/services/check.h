// What a chief judge checks before results are final: missing marks, conflicts, spread flags,
// and the database's integrity and audit chain.
#pragma once

#include <string>
#include <vector>

#include "services/roles.h"

namespace plumb {

struct CheckItem {
    std::string event;
    std::string workstation;
    std::string registration_no;
    // missing | conflict | too_few_judges | invalid | theory | time | spread | interest
    std::string kind;
    std::string aspect;  // empty for theory/time
    std::string detail;
};

struct EventCheck {
    std::string event;
    int contestants = 0;
    int complete = 0;
    int incomplete = 0;
    int not_competing = 0;  // absent, withdrawn, disqualified
    std::vector<CheckItem> items;
};

struct CheckReport {
    std::vector<EventCheck> events;
    std::vector<std::string> integrity;  // "ok" when healthy
    std::vector<std::string> audit_problems;
    bool healthy() const {
        return integrity == std::vector<std::string>{"ok"} && audit_problems.empty();
    }
};

// Checks one event (or all when `event` is empty). Registration numbers of events whose names
// `by` may not see are left out (services/viewing.h).
CheckReport check_competition(const CompetitionSession& session, const Login& by,
                              const std::string& event);

}  // namespace plumb
