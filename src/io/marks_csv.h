// The marks CSV: marks entered on paper score sheets, checked before they join the mark log.
#pragma once

#include <string>
#include <vector>

#include "core/competition.h"
#include "io/csv.h"

namespace plumb {

// One accepted mark: the contestant resolved from the workstation, the value in canonical form.
struct MarkRow {
    int line = 0;
    std::string event;  // event code
    std::string workstation;
    std::string registration_no;
    std::string judge;   // judge code
    std::string aspect;  // aspect id as the scheme spells it
    std::string value;   // MarkValue::str(aspect)
};

// Reads marks from a table with columns event, workstation, judge, aspect, value (赛项, 工位号,
// 裁判, 检查项目, 数值 also accepted); points values are separated by ';'. Checks that the event,
// the contestant at the workstation, the judge, the judge's assignment to the event and the
// aspect exist, that parse_mark accepts the value, and that no judge marks the same aspect of
// the same contestant twice in the file. Throws ImportError listing every problem.
std::vector<MarkRow> parse_marks(const CsvTable& table, const Competition& competition,
                                 const std::vector<Judge>& judges,
                                 const std::vector<Contestant>& contestants);

}  // namespace plumb
