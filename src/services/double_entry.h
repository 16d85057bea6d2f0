// Double entry (optional per event, for clerks transcribing paper score sheets): a mark
// becomes current only when a second operator, typing blind, enters the same value;
// disagreements are listed for the chief judge. Pending entries are audit records, never marks.
#pragma once

#include <string>
#include <vector>

#include "services/gate.h"
#include "services/marks.h"

namespace plumb {

// Switches the event's mode (Act::SetDoubleEntry).
void set_double_entry(CompetitionSession& session, const Login& by, const std::string& event,
                      bool on);

// One operator's entry of a checked mark inside `action` (EnterMark or ImportMarks). The first
// waits for a second from another operator; equal values make the mark current, different ones
// close the pair as a disagreement, and the next two entries start afresh. Returns Unchanged
// (writing nothing) when no entry is open and the value is already current.
MarkResult enter_blind(Action& action, const Contestant& contestant, const std::string& judge,
                       const std::string& aspect, const std::string& value,
                       const std::string& typist);

struct BlindPair {
    std::string workstation;
    std::string judge;
    std::string aspect;
    std::string first_by, first_value;
    std::string second_by, second_value;  // empty while waiting
    std::string state;                    // "waiting" or "disagreed"
};
// Pairs still waiting for their second entry, and disagreements not entered again since.
std::vector<BlindPair> open_pairs(const Store& store, const std::string& event);

}  // namespace plumb
