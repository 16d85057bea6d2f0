// What a judge's score sheet shows for one workstation: per aspect the band, the judge's own
// value, the mark and whether the aspect is complete; the running practical total.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/event_book.h"

namespace plumb {

struct SheetRowView {
    const Aspect* aspect = nullptr;
    std::string criterion;  // criterion id
    std::string own_value;  // this judge's current value ("" when none)
    // Measurements entered by other judges: (judge, value as stored, e.g. "1494" or "pass").
    std::vector<std::pair<std::string, std::string>> others;
    std::optional<Decimal> mark;  // measurement: the aspect's mark (deductions: amount
                                  // deducted); judgement: what this judge's score alone gives
    AspectState state = AspectState::Missing;  // the core's (AspectResult::state)
    int judges = 0;                            // judges with a current value
};

struct SheetView {
    std::vector<SheetRowView> rows;  // scheme order
    Decimal running_total;           // the marks this judge sees so far, less deductions
    int complete = 0;                // aspects complete
    RowStatus status = RowStatus::Incomplete;
    ContestantStatus contestant_status = ContestantStatus::Active;
    std::string judge;  // whose sheet it is; "" when no judge is chosen
};

// The sheet of the book's contestant `index` as `judge` sees it: their own judgement scores
// only, never other judges' scores.
SheetView sheet_view(EventBook& book, int index, const std::string& judge);

}  // namespace plumb
