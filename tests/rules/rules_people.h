// Who acts and in which state of the event, for the permission table (test_rules_table.cpp):
// the six kinds of person, the four states, and how each logs in to the console and to plumb.
#pragma once

#include <string>

#include "services/roles.h"

namespace plumb::test {

enum class Who { Organiser, ChiefHere, ChiefElsewhere, JudgeHere, JudgeElsewhere, Nobody };
enum class State { Open, SignedOff, Locked, Revealed };
inline const Who kEveryone[] = {Who::Organiser, Who::ChiefHere,      Who::ChiefElsewhere,
                                Who::JudgeHere, Who::JudgeElsewhere, Who::Nobody};
inline const State kStates[] = {State::Open, State::SignedOff, State::Locked, State::Revealed};

inline const char* name(Who w) {
    switch (w) {
        case Who::Organiser: return "organiser";
        case Who::ChiefHere: return "chief judge of bricklaying (J02)";
        case Who::ChiefElsewhere: return "chief judge of rebar (J06)";
        case Who::JudgeHere: return "judge of bricklaying (J01)";
        case Who::JudgeElsewhere: return "judge of rebar (J07)";
        case Who::Nobody: return "nobody";
    }
    return "?";
}

inline const char* name(State s) {
    switch (s) {
        case State::Open: return "open";
        case State::SignedOff: return "J01 signed off 01";
        case State::Locked: return "locked";
        case State::Revealed: return "revealed";
    }
    return "?";
}

// Who logs in how: the console's login after the PIN, and plumb's --as/--pin.
struct Person {
    Login login;
    std::string cli;
};

inline Person person(Who w) {
    switch (w) {
        case Who::Organiser:
            return {{"organiser", Role::Organiser}, " --as organiser --password org-password-1"};
        case Who::ChiefHere: return {{"J02", Role::Judge}, " --as J02 --pin 222222"};
        case Who::ChiefElsewhere: return {{"J06", Role::Judge}, " --as J06 --pin 666666"};
        case Who::JudgeHere: return {{"J01", Role::Judge}, " --as J01 --pin 111111"};
        case Who::JudgeElsewhere: return {{"J07", Role::Judge}, " --as J07 --pin 777777"};
        case Who::Nobody: return {{}, ""};
    }
    return {};
}

}  // namespace plumb::test
