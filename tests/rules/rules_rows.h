// The permission table's rows, written out by hand from docs/rules.md (rules_rows.cpp): each
// action through the services and through plumb, and who may do it in which states.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "rules_templates.h"

namespace plumb::test {

// One row of the table: the action through the services and through plumb, and who may do it
// in which states.
struct Row {
    std::string action;
    std::function<void(CompetitionSession&, const Login&, const Templates&)> service;
    std::function<std::string(const Templates&)> cli;  // arguments after "plumb", DB as {DB}
    std::set<Who> who;
    std::set<State> when;
};

inline const std::set<State> kWhileOpen{State::Open, State::SignedOff};
inline const std::set<State> kAlways{State::Open, State::SignedOff, State::Locked, State::Revealed};
inline const std::set<State> kOnceLocked{State::Locked, State::Revealed};

std::vector<Row> table();

}  // namespace plumb::test
