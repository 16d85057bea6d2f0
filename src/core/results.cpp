// Lays a ranked event out as result rows.
#include "core/results.h"

namespace plumb {

EventResults build_results(EventBook& book) {
    const Event& event = book.event();
    EventResults out;
    out.event = event.code;
    out.trade = event.scheme.name;
    out.trade_en = event.scheme.name_en;
    out.precision = book.precision();
    const RankTable table = book.rank();
    out.ranked = table.ranked;
    for (const RankRow& rr : table.rows) {
        const Contestant& c = book.contestants().at(static_cast<std::size_t>(rr.contestant));
        const SheetResult& s = book.sheet(rr.contestant);
        ResultRow row;
        row.rank = rr.rank;
        row.registration_no = c.registration_no;
        row.name = c.name;
        row.employer = c.employer;
        row.workstation = c.workstation;
        row.theory = s.theory;
        row.practical = s.practical;
        row.total = s.total;
        if (s.seconds)
            row.time_minutes = Decimal::from_ratio(Decimal::from_int(*s.seconds).units(), 60, 2);
        row.status = to_string(s.status);
        row.status_reason = s.status_reason;
        row.award = to_string(rr.award);
        row.titles = rr.titles;
        row.tie = rr.tie;
        if (s.status == RowStatus::Incomplete)
            for (const SheetIssue& issue : s.issues) row.missing.push_back(issue.str());
        for (const SpreadFlag& f : s.flags)
            row.flags.push_back(f.aspect + ": scores " + f.low.str() + " to " + f.high.str());
        out.rows.push_back(std::move(row));
    }
    return out;
}

}  // namespace plumb
