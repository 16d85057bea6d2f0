// One contestant's score sheet in one event: aspect marks, practical, total and status.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/competition.h"
#include "core/decimal.h"
#include "core/mark_value.h"

namespace plumb {

// A judge's current value for one aspect.
struct JudgeValue {
    std::string judge;
    MarkValue value;
};

// What is known of one contestant: current values per aspect (scheme order), theory, time.
struct ContestantMarks {
    std::vector<std::vector<JudgeValue>> by_aspect;
    std::vector<std::string> invalid;  // aspects with a stored value the scheme refuses
    std::optional<Decimal> theory;
    std::optional<std::int64_t> seconds;
    ContestantStatus status = ContestantStatus::Active;
    std::string status_reason;
};

enum class RowStatus { Complete, Incomplete, Absent, Withdrawn, Disqualified };
const char* to_string(RowStatus s);

// Why a sheet is incomplete.
struct SheetIssue {
    enum class Kind { Missing, Conflict, TooFewJudges, Invalid, NoTheory, NoTime } kind;
    std::string aspect;  // empty for theory/time
    std::string detail;  // e.g. "J01=2; J02=3" or "2 of 3 judges"
    std::string str() const;
};

// Judgement scores further apart than the event's spread limit (reported, not blocking).
struct SpreadFlag {
    std::string aspect;
    Decimal low;
    Decimal high;
};

// Where one aspect of a sheet stands. The judge's sheet, the progress view and plumb check all
// read it from here; each only chooses how to show it.
enum class AspectState { Missing, TooFewJudges, Conflict, Invalid, Complete };

struct AspectResult {
    AspectState state = AspectState::Missing;
    std::optional<Decimal> mark;   // rounded to the precision; for deductions: amount deducted
    std::optional<Decimal> score;  // judgement: aggregated score, rounded to the precision
    int entries = 0;               // judges with a current value
    bool conflict = false;
    bool spread = false;
};

struct SheetResult {
    RowStatus status = RowStatus::Incomplete;
    std::string status_reason;
    std::vector<AspectResult> aspects;     // scheme order
    std::vector<Decimal> criterion_marks;  // scheme order: marks less deductions of the criterion
    Decimal running_total;                 // sum of the marks entered so far, less deductions
    Decimal deductions;                    // deduction aspects, capped
    int overtime_minutes = 0;              // started minutes over the time limit
    Decimal overtime_deduction;
    std::optional<Decimal> theory;
    std::optional<Decimal> practical;  // only when every aspect has its mark
    std::optional<Decimal> total;      // only when complete
    std::optional<std::int64_t> seconds;
    std::vector<SheetIssue> issues;
    std::vector<SpreadFlag> flags;
};

// Applies the scoring rules (docs/scoring.md) to one contestant's marks.
SheetResult score_sheet(const Event& event, int precision, const ContestantMarks& marks);

// Aggregated judgement score as an exact ratio sum/count of the scores kept.
struct JudgementScore {
    Decimal sum;
    int count = 0;
};
JudgementScore aggregate_scores(const Event& event, std::vector<Decimal> scores);

}  // namespace plumb
