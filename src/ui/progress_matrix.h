// The chief judge's progress view of one event as plain data: a cell per workstation and aspect
// (or judge), each in the state the core's sheet reports. No wxWidgets here.
#pragma once

#include <string>
#include <vector>

#include "core/competition.h"
#include "core/event_book.h"

namespace plumb::ui {

enum class CellState { Missing, Entered, Conflict, Spread, TooFewJudges, Invalid, NotCompeting };

struct ProgressColumn {
    const Aspect* aspect = nullptr;  // an aspect column
    std::size_t index = 0;           // the aspect's place in the scheme
    std::string judge;               // or, in the judges view, a judge's judgement scores
    std::string label() const { return aspect ? aspect->id : judge; }
};

struct ProgressRow {
    int contestant = 0;  // index into the book's contestants
    std::string workstation;
    std::string registration_no;
    RowStatus status = RowStatus::Incomplete;
    std::string status_reason;
    bool competing() const {
        return status == RowStatus::Complete || status == RowStatus::Incomplete;
    }
};

struct ProgressCell {
    CellState state = CellState::Missing;
    std::string text;  // short: the aspect's mark, "≠", "2/3", ...
};

// Cells counted per aspect (whatever the view) over competing contestants only.
struct ProgressCounts {
    int missing = 0, entered = 0, conflict = 0, spread = 0, too_few = 0, invalid = 0;
    int complete = 0, incomplete = 0, not_competing = 0;
};

class ProgressMatrix {
public:
    ProgressMatrix() = default;
    // `judges` are the event's panel, used by the judges view (`by_judge`), in which the
    // judgement aspects give way to one column per judge.
    ProgressMatrix(EventBook& book, const std::vector<Judge>& judges, bool by_judge);

    const std::vector<ProgressRow>& rows() const { return rows_; }
    const std::vector<ProgressColumn>& columns() const { return columns_; }
    const ProgressCell& cell(std::size_t row, std::size_t column) const {
        return cells_.at(row * columns_.size() + column);
    }
    const ProgressCounts& counts() const { return counts_; }
    int find_row(const std::string& workstation) const;  // -1 when absent

private:
    std::vector<ProgressRow> rows_;  // by workstation
    std::vector<ProgressColumn> columns_;
    std::vector<ProgressCell> cells_;
    ProgressCounts counts_;
};

// Every judge's current value behind a cell: "J01=1494; J02=1500" (a judge column: "C3=2; ...").
std::string cell_values(const EventBook& book, const ProgressRow& row,
                        const ProgressColumn& column);

}  // namespace plumb::ui
