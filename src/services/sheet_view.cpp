// Builds a judge's view of a score sheet from the event book.
#include "services/sheet_view.h"

namespace plumb {

SheetView sheet_view(EventBook& book, int index, const std::string& judge) {
    const Event& event = book.event();
    const SheetResult& sheet = book.sheet(index);
    const ContestantMarks& marks = book.marks(index);
    SheetView view;
    view.judge = judge;
    view.status = sheet.status;
    view.contestant_status = book.contestants().at(static_cast<std::size_t>(index)).status;

    std::size_t k = 0;
    for (const Criterion& c : event.scheme.criteria) {
        for (const Aspect& a : c.aspects) {
            SheetRowView row;
            row.aspect = &a;
            row.criterion = c.id;
            const auto& values = marks.by_aspect.at(k);
            const AspectResult& r = sheet.aspects.at(k);
            row.judges = static_cast<int>(values.size());
            for (const JudgeValue& jv : values) {
                if (jv.judge == judge)
                    row.own_value = jv.value.str(a);
                else if (!a.is_judgement())
                    row.others.emplace_back(jv.judge, jv.value.str(a));
            }
            row.mark = r.mark;
            row.state = r.state;
            if (row.state == AspectState::Complete) ++view.complete;
            // A judge sees a judgement aspect only through their own score: the mark it alone
            // would give, never the panel's aggregate (which reveals the others' scores).
            if (a.is_judgement()) {
                row.mark.reset();
                const auto own = Decimal::parse(row.own_value);
                if (own)
                    row.mark = Decimal::from_ratio(
                        static_cast<Int128>(a.max.units()) * own->units(),
                        static_cast<Int128>(event.scheme.judgement_scale) * Decimal::kUnit,
                        book.precision());
            }
            if (row.mark) view.running_total += a.is_deduction() ? -*row.mark : *row.mark;
            view.rows.push_back(std::move(row));
            ++k;
        }
    }
    return view;
}

}  // namespace plumb
