// Double entry (optional per event, for transcribing paper score sheets): a mark becomes current
// only when a second operator, entering blind, types the same value; disagreements are listed
// for the chief judge. Pending entries are audit records, never marks.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "services/competition_session.h"

namespace plumb {

bool double_entry(const Store& store, const std::string& event);  // "double_entry:<event>"
void set_double_entry(CompetitionSession& session, const std::string& event, bool on,
                      const Actor& actor);

enum class BlindOutcome { Waiting, Agreed, Disagreed, Unchanged };

// One operator's entry of a mark. The first waits for a second from another operator (the
// operator is the actor); equal values make the mark current in one change, different values
// close the pair as a disagreement for the chief judge, and the next two entries start afresh.
// The checks are plumb mark's (workstation, judge, aspect, value, status, lock, sign-off).
BlindOutcome enter_blind(CompetitionSession& session, const std::string& event,
                         const std::string& workstation, const std::string& judge,
                         const std::string& aspect, const std::string& value, const Actor& actor);

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
