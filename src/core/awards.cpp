// Prizes by quota (counts or percent) in rank order, boundary ties, and titles.
#include <algorithm>

#include "core/ranking.h"

namespace plumb {

const char* to_string(Award a) {
    switch (a) {
        case Award::None: return "";
        case Award::First: return "first";
        case Award::Second: return "second";
        case Award::Third: return "third";
        case Award::Merit: return "merit";
    }
    return "";
}

namespace {

int quota(const AwardRules& rules, Decimal value, int ranked) {
    if (rules.mode == AwardRules::Mode::Counts) return static_cast<int>(value.whole());
    if (value <= Decimal()) return 0;
    // percent of ranked contestants, rounded half up, at least 1.
    const Decimal n = Decimal::from_ratio(static_cast<Int128>(value.units()) * ranked, 100, 0);
    return std::max<int>(1, static_cast<int>(n.whole()));
}

}  // namespace

PrizeQuotas prize_quotas(const AwardRules& rules, int ranked) {
    return {quota(rules, rules.first, ranked), quota(rules, rules.second, ranked),
            quota(rules, rules.third, ranked), quota(rules, rules.merit, ranked)};
}

void assign_awards(const AwardRules& rules, const std::vector<SheetResult>& sheets,
                   RankTable& table) {
    const PrizeQuotas q = prize_quotas(rules, table.ranked);
    const int b1 = q.first, b2 = b1 + q.second, b3 = b2 + q.third, b4 = b3 + q.merit;
    auto prize_at = [&](int position) {
        if (position <= b1) return Award::First;
        if (position <= b2) return Award::Second;
        if (position <= b3) return Award::Third;
        if (position <= b4) return Award::Merit;
        return Award::None;
    };
    const std::size_t n = static_cast<std::size_t>(table.ranked);
    for (std::size_t start = 0; start < n;) {
        // A group of rows sharing one place.
        std::size_t end = start + 1;
        while (end < n && table.rows[end].rank == table.rows[start].rank) ++end;
        const int place = *table.rows[start].rank;
        const int last_position =
            static_cast<int>(end);  // 1-based position of the group's last row
        const int position =
            rules.boundary_ties == AwardRules::BoundaryTies::Higher ? place : last_position;
        for (std::size_t i = start; i < end; ++i) {
            RankRow& row = table.rows[i];
            const Decimal total = *sheets[static_cast<std::size_t>(row.contestant)].total;
            if (!rules.min_total || total >= *rules.min_total) row.award = prize_at(position);
            for (const TitleRule& t : rules.titles)
                if (*row.rank <= t.top && (!t.min_total || total >= *t.min_total))
                    row.titles.push_back(t.name);
        }
        start = end;
    }
}

}  // namespace plumb
