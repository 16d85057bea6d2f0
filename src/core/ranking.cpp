// Orders complete contestants by total, then the event's tie-breaks; places shared or flagged.
#include "core/ranking.h"

#include <algorithm>

namespace plumb {

namespace {

int compare_desc(std::optional<Decimal> a, std::optional<Decimal> b) {
    const Decimal x = a.value_or(Decimal::from_units(INT64_MIN));
    const Decimal y = b.value_or(Decimal::from_units(INT64_MIN));
    return x > y ? -1 : (x < y ? 1 : 0);
}

std::optional<std::size_t> criterion_index(const Event& event, const std::string& id) {
    for (std::size_t i = 0; i < event.scheme.criteria.size(); ++i)
        if (event.scheme.criteria[i].id == id) return i;
    return std::nullopt;
}

}  // namespace

int compare_tie_breaks(const Event& event, const SheetResult& a, const SheetResult& b) {
    for (const TieBreak& t : event.tie_breaks) {
        int c = 0;
        switch (t.kind) {
            case TieBreak::Kind::Time: {
                // Fewer seconds used goes first; a missing time goes last.
                const auto x = a.seconds.value_or(INT64_MAX), y = b.seconds.value_or(INT64_MAX);
                c = x < y ? -1 : (x > y ? 1 : 0);
                break;
            }
            case TieBreak::Kind::Practical: c = compare_desc(a.practical, b.practical); break;
            case TieBreak::Kind::Theory: c = compare_desc(a.theory, b.theory); break;
            case TieBreak::Kind::Criterion:
                if (const auto i = criterion_index(event, t.criterion))
                    c = compare_desc(a.criterion_marks.at(*i), b.criterion_marks.at(*i));
                break;
        }
        if (c != 0) return c;
    }
    return 0;
}

RankTable rank_event(const Event& event, const std::vector<SheetResult>& sheets) {
    std::vector<int> ranked, unranked;
    for (int i = 0; i < static_cast<int>(sheets.size()); ++i)
        (sheets[i].status == RowStatus::Complete ? ranked : unranked).push_back(i);

    auto compare = [&](int a, int b) {
        const int c = compare_desc(sheets[a].total, sheets[b].total);
        return c != 0 ? c : compare_tie_breaks(event, sheets[a], sheets[b]);
    };
    // Stable: contestants still equal stay in registration order.
    std::stable_sort(ranked.begin(), ranked.end(), [&](int a, int b) { return compare(a, b) < 0; });

    RankTable table;
    table.ranked = static_cast<int>(ranked.size());
    for (std::size_t pos = 0; pos < ranked.size(); ++pos) {
        RankRow row;
        row.contestant = ranked[pos];
        const bool same_as_previous = pos > 0 && compare(ranked[pos - 1], ranked[pos]) == 0;
        const bool same_as_next =
            pos + 1 < ranked.size() && compare(ranked[pos], ranked[pos + 1]) == 0;
        row.tie = same_as_previous || same_as_next;
        if (same_as_previous && event.shared_places)
            row.rank = table.rows.back().rank;
        else
            row.rank = static_cast<int>(pos) + 1;
        table.rows.push_back(row);
    }
    for (int i : unranked) table.rows.push_back(RankRow{i, std::nullopt, false, Award::None, {}});
    assign_awards(event.awards, sheets, table);
    return table;
}

}  // namespace plumb
