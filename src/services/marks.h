// Entering a mark: the gate's EnterMark action, the same for the console, plumb mark and each
// row of a marks file, and the rules every mark obeys whatever brings it (packets too).
#pragma once

#include <optional>
#include <string>

#include "services/gate.h"

namespace plumb {

struct MarkRequest {
    std::string event;
    std::string workstation;  // "5" finds "05"
    std::string judge;        // whose mark it is
    std::string aspect;
    std::string value;           // as typed: parsed by the core (separators, words)
    std::string reason;          // needed to change a value already recorded
    std::string operator_name;   // double entry: who types (the login's own name when empty)
};

enum class MarkResult {
    Recorded,   // the mark is in the log
    Unchanged,  // the judge's current value is already exactly this
    Waiting,    // double entry: the first entry, waiting for a second operator
    Agreed,     // double entry: the second entry agreed, the mark is in the log
    Disagreed,  // double entry: the second entry differs, listed for the chief judge
};

struct MarkOutcome {
    MarkResult result = MarkResult::Recorded;
    std::optional<MarkEntry> entry;  // Recorded and Agreed
    std::string value;               // the value in canonical form
    // The judge works for the contestant's employer (执裁回避): the mark is taken and flagged.
    std::optional<std::string> interest;
};

// Enters one mark as `by`, through the gate: who may (the judge, any judge of the event for a
// measurement, the chief judge, the organiser transcribing), the event not locked, the sheet
// not signed off, the contestant competing, the value the scheme's, a reason for a change,
// two operators where the event takes double entry. ActionError with the reason otherwise.
MarkOutcome enter_mark(CompetitionSession& session, const Login& by, const MarkRequest& request);

// The rules a mark obeys on every path (entry, files, packets, settling a conflict): its
// contestant is competing and its judge has not signed off the contestant's sheet. The lock
// and who may act are the gate's (Action::allow, allow_mark).
void check_mark_rules(Action& action, const Contestant& contestant, const std::string& judge);

// A mark that changes the judge's current value of the cell needs a reason: the console, plumb
// mark and the marks a packet brings alike. Throws ActionError naming the cell.
void check_correction(const std::optional<std::string>& current, const std::string& value,
                      const std::string& reason, const std::string& aspect,
                      const std::string& workstation, const std::string& judge);

}  // namespace plumb
