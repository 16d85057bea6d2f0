// Ranking an event: order by total and tie-breaks, shared places, awards and titles.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/competition.h"
#include "core/sheet.h"

namespace plumb {

enum class Award { None, First, Second, Third, Merit };
const char* to_string(Award a);  // "first", ..., "" for none

struct RankRow {
    int contestant = 0;       // index into the event's contestants (registration order)
    std::optional<int> rank;  // only for complete contestants
    bool tie = false;         // equal to another contestant on total and every tie-break
    Award award = Award::None;
    std::vector<std::string> titles;
};

// Ranked rows first (rank order), then the unranked in registration order.
struct RankTable {
    std::vector<RankRow> rows;
    int ranked = 0;
};

// `sheets[i]` is the sheet of the event's i-th contestant in registration order.
RankTable rank_event(const Event& event, const std::vector<SheetResult>& sheets);

// Compares two complete sheets by the event's tie-breaks only: <0 when a goes first.
int compare_tie_breaks(const Event& event, const SheetResult& a, const SheetResult& b);

// Prize quotas as counts of ranked contestants (percent mode converted, rounded half up,
// at least 1 where the percentage is above 0).
struct PrizeQuotas {
    int first = 0, second = 0, third = 0, merit = 0;
};
PrizeQuotas prize_quotas(const AwardRules& rules, int ranked);

// Assigns prizes and titles to the ranked rows (in rank order) of a table.
void assign_awards(const AwardRules& rules, const std::vector<SheetResult>& sheets,
                   RankTable& table);

}  // namespace plumb
