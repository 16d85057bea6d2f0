// Classifies each cell from the event book's scored sheets; the scoring itself is the core's.
#include "ui/progress_matrix.h"

#include "core/workstation.h"

#include <algorithm>
#include <cctype>

namespace plumb::ui {

namespace {

std::string describe(const Aspect& aspect, const std::vector<JudgeValue>& values) {
    std::string out;
    for (const JudgeValue& jv : values)
        out += (out.empty() ? "" : "; ") + jv.judge + "=" + jv.value.str(aspect);
    return out;
}

ProgressCell aspect_cell(const Event& event, int precision, const Aspect& aspect,
                         const AspectResult& result) {
    ProgressCell cell;
    switch (result.state) {
        case AspectState::Missing: cell.state = CellState::Missing; break;
        case AspectState::Conflict:
            cell.state = CellState::Conflict;
            cell.text = "≠";
            break;
        case AspectState::Invalid:
            cell.state = CellState::Invalid;
            cell.text = "!";
            break;
        case AspectState::TooFewJudges:
            cell.state = CellState::TooFewJudges;
            cell.text = std::to_string(result.entries) + "/" + std::to_string(event.min_judges);
            break;
        case AspectState::Complete:
            cell.state = result.spread ? CellState::Spread : CellState::Entered;
            if (result.mark) {
                // Deductions show as taken off; appended, since GCC 12 warns on "-" + string.
                if (aspect.is_deduction() && *result.mark != Decimal()) cell.text = "-";
                cell.text += result.mark->str(precision);
            }
            break;
    }
    return cell;
}

// A judge's judgement scores for one contestant: how many of the aspects, and whether the
// judge sits at an end of a flagged spread.
ProgressCell judge_cell(const std::string& judge, const std::vector<const Aspect*>& aspects,
                        const ContestantMarks& marks, const SheetResult& sheet) {
    ProgressCell cell;
    int scored = 0, total = 0;
    bool flagged = false;
    for (std::size_t k = 0; k < aspects.size(); ++k) {
        if (!aspects[k]->is_judgement()) continue;
        ++total;
        for (const JudgeValue& jv : marks.by_aspect[k]) {
            if (jv.judge != judge) continue;
            ++scored;
            for (const SpreadFlag& f : sheet.flags)
                if (f.aspect == aspects[k]->id &&
                    (jv.value.numbers.at(0) == f.low || jv.value.numbers.at(0) == f.high))
                    flagged = true;
        }
    }
    cell.text = std::to_string(scored) + "/" + std::to_string(total);
    if (scored == 0)
        cell.state = CellState::Missing;
    else if (flagged)
        cell.state = CellState::Spread;
    else if (scored == total)
        cell.state = CellState::Entered;
    else
        cell.state = CellState::TooFewJudges;  // part of the judge's scores are still open
    return cell;
}

void count(ProgressCounts& counts, CellState state) {
    switch (state) {
        case CellState::Missing: ++counts.missing; break;
        case CellState::Entered: ++counts.entered; break;
        case CellState::Spread: ++counts.entered, ++counts.spread; break;
        case CellState::Conflict: ++counts.conflict; break;
        case CellState::TooFewJudges: ++counts.too_few; break;
        case CellState::Invalid: ++counts.invalid; break;
        case CellState::NotCompeting: break;
    }
}

}  // namespace

ProgressMatrix::ProgressMatrix(EventBook& book, const std::vector<Judge>& judges, bool by_judge) {
    const Event& event = book.event();
    const std::vector<const Aspect*> aspects = event.scheme.aspects();
    for (std::size_t k = 0; k < aspects.size(); ++k)
        if (!by_judge || !aspects[k]->is_judgement()) columns_.push_back({aspects[k], k, {}});
    if (by_judge)
        for (const Judge& j : judges)
            if (j.judges(event.code)) columns_.push_back({nullptr, 0, j.code});

    for (std::size_t i = 0; i < book.contestants().size(); ++i) {
        const Contestant& c = book.contestants()[i];
        const SheetResult& sheet = book.sheet(static_cast<int>(i));
        rows_.push_back({static_cast<int>(i), c.workstation, c.registration_no, sheet.status,
                         sheet.status_reason});
    }
    std::stable_sort(rows_.begin(), rows_.end(), [](const ProgressRow& a, const ProgressRow& b) {
        return workstation_less(a.workstation, b.workstation);
    });

    cells_.reserve(rows_.size() * columns_.size());
    std::vector<ProgressCell> by_aspect(aspects.size());
    for (const ProgressRow& row : rows_) {
        const SheetResult& sheet = book.sheet(row.contestant);
        if (row.status == RowStatus::Complete)
            ++counts_.complete;
        else if (row.status == RowStatus::Incomplete)
            ++counts_.incomplete;
        else
            ++counts_.not_competing;
        for (std::size_t k = 0; k < aspects.size(); ++k) {
            by_aspect[k] = aspect_cell(event, book.precision(), *aspects[k], sheet.aspects.at(k));
            if (row.competing()) count(counts_, by_aspect[k].state);
        }
        for (const ProgressColumn& col : columns_) {
            ProgressCell cell =
                col.aspect ? by_aspect[col.index]
                           : judge_cell(col.judge, aspects, book.marks(row.contestant), sheet);
            if (!row.competing()) cell.state = CellState::NotCompeting;
            cells_.push_back(std::move(cell));
        }
    }
}

int ProgressMatrix::find_row(const std::string& workstation) const {
    for (std::size_t r = 0; r < rows_.size(); ++r)
        if (rows_[r].workstation == workstation) return static_cast<int>(r);
    return -1;
}

std::string cell_values(const EventBook& book, const ProgressRow& row,
                        const ProgressColumn& column) {
    const ContestantMarks& marks = book.marks(row.contestant);
    if (column.aspect) return describe(*column.aspect, marks.by_aspect.at(column.index));
    std::string out;
    const auto aspects = book.event().scheme.aspects();
    for (std::size_t k = 0; k < aspects.size(); ++k)
        for (const JudgeValue& jv : marks.by_aspect.at(k))
            if (jv.judge == column.judge)
                out += (out.empty() ? "" : "; ") + aspects[k]->id + "=" + jv.value.str(*aspects[k]);
    return out;
}

}  // namespace plumb::ui
