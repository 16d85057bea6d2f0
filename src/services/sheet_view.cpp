// Builds a judge's view of a score sheet from the event book.
#include "services/sheet_view.h"

#include <algorithm>

namespace plumb {

std::string band_text(const Aspect& a, int scale) {
    const std::string unit = a.unit.empty() ? "" : " " + a.unit;
    switch (a.type) {
        case AspectType::PassFail: return "pass / fail";
        case AspectType::Difference:
        case AspectType::Points: {
            std::string band = (a.lower || a.upper)
                                   ? a.band_low().str() + " – " + a.band_high().str() + unit
                                   : a.target.value_or(Decimal()).str() + " ± " +
                                         a.tolerance.value_or(Decimal()).str() + unit;
            if (a.type == AspectType::Points) band += "  ×" + std::to_string(a.points);
            return band;
        }
        case AspectType::Choice: return std::to_string(a.options.size()) + " options";
        case AspectType::Judgement:
            return "0 – " + std::to_string(scale) + " (step " +
                   a.step.value_or(*Decimal::parse("0.5")).str() + ")";
        case AspectType::Deduction: {
            std::string text = "−" + a.deduction.str() + " each";
            if (a.cap) text += ", ≤ " + a.cap->str();
            return text;
        }
    }
    return {};
}

SheetView sheet_view(EventBook& book, int index, const std::string& judge) {
    const Event& event = book.event();
    const SheetResult& sheet = book.sheet(index);
    const ContestantMarks& marks = book.marks(index);
    SheetView view;
    view.status = sheet.status;
    view.contestant_status = book.contestants().at(static_cast<std::size_t>(index)).status;

    std::size_t k = 0;
    for (const Criterion& c : event.scheme.criteria) {
        for (const Aspect& a : c.aspects) {
            SheetRowView row;
            row.aspect = &a;
            row.criterion = c.id;
            row.band = band_text(a, event.scheme.judgement_scale);
            const auto& values = marks.by_aspect.at(k);
            const AspectResult& r = sheet.aspects.at(k);
            row.judges = static_cast<int>(values.size());
            for (const JudgeValue& jv : values) {
                if (jv.judge == judge) row.own_value = jv.value.str(a);
                else if (!a.is_judgement())
                    row.others += (row.others.empty() ? "" : ", ") + jv.judge + ": " + jv.value.str(a);
            }
            row.mark = r.mark;
            const bool invalid = std::find(marks.invalid.begin(), marks.invalid.end(), a.id) != marks.invalid.end();
            const bool too_few = a.is_judgement() && r.entries > 0 && r.entries < event.min_judges;
            if (invalid) row.state = AspectState::Invalid;
            else if (r.conflict) row.state = AspectState::Conflict;
            else if (values.empty()) row.state = AspectState::Missing;
            else if (too_few) row.state = row.own_value.empty() ? AspectState::TooFewJudges : AspectState::Entered;
            else row.state = AspectState::Complete;
            if (row.state == AspectState::Complete) ++view.complete;
            // A judge sees a judgement aspect only through their own score: the mark it alone
            // would give, never the panel's aggregate (which reveals the others' scores).
            if (a.is_judgement()) {
                row.mark.reset();
                const auto own = Decimal::parse(row.own_value);
                if (own)
                    row.mark = Decimal::from_ratio(static_cast<Int128>(a.max.units()) * own->units(),
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
