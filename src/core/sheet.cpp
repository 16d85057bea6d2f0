// The scoring rules for one contestant: aspect marks, deductions, overtime, practical, total.
#include "core/sheet.h"

#include <algorithm>

#include "core/translate.h"

namespace plumb {

const char* to_string(RowStatus s) {
    switch (s) {
        case RowStatus::Complete: return "complete";
        case RowStatus::Incomplete: return "incomplete";
        case RowStatus::Absent: return "absent";
        case RowStatus::Withdrawn: return "withdrawn";
        case RowStatus::Disqualified: return "disqualified";
    }
    return "?";
}

std::string SheetIssue::str() const {
    switch (kind) {
        case Kind::Missing: return aspect + ": missing";
        case Kind::Conflict: return aspect + ": conflict (" + detail + ")";
        case Kind::TooFewJudges: return aspect + ": " + detail;
        case Kind::Invalid: return aspect + ": invalid value (" + detail + ")";
        case Kind::NoTheory: return "theory: missing";
        case Kind::NoTime: return "time: missing";
    }
    return "?";
}

JudgementScore aggregate_scores(const Event& event, std::vector<Decimal> scores) {
    std::sort(scores.begin(), scores.end());
    JudgementScore out;
    if (scores.empty()) return out;
    std::size_t from = 0, to = scores.size();
    switch (event.aggregation) {
        case Aggregation::Mean: break;
        case Aggregation::Trimmed:
            // Drop `trim` highest and lowest only when enough judges scored.
            if (static_cast<int>(scores.size()) >= event.trim_min_judges &&
                scores.size() > 2 * static_cast<std::size_t>(event.trim)) {
                from = static_cast<std::size_t>(event.trim);
                to = scores.size() - from;
            }
            break;
        case Aggregation::Median:
            from = (scores.size() - 1) / 2;
            to = scores.size() / 2 + 1;
            break;
    }
    for (std::size_t i = from; i < to; ++i) out.sum += scores[i];
    out.count = static_cast<int>(to - from);
    return out;
}

namespace {

std::string describe_values(const Aspect& aspect, const std::vector<JudgeValue>& values) {
    std::string out;
    for (const auto& jv : values) {
        if (!out.empty()) out += "; ";
        out += jv.judge + "=" + jv.value.str(aspect);
    }
    return out;
}

AspectState aspect_state_of(SheetIssue::Kind kind) {
    switch (kind) {
        case SheetIssue::Kind::Missing: return AspectState::Missing;
        case SheetIssue::Kind::TooFewJudges: return AspectState::TooFewJudges;
        case SheetIssue::Kind::Conflict: return AspectState::Conflict;
        case SheetIssue::Kind::Invalid: return AspectState::Invalid;
        case SheetIssue::Kind::NoTheory:
        case SheetIssue::Kind::NoTime: break;
    }
    return AspectState::Missing;
}

// A judgement aspect: max * (sum of kept scores) / (count * scale), rounded once.
void score_judgement(const Event& event, int precision, const Aspect& aspect,
                     const std::vector<JudgeValue>& values, AspectResult& r, SheetResult& sheet) {
    std::vector<Decimal> scores;
    for (const auto& jv : values) scores.push_back(jv.value.numbers.at(0));
    if (scores.empty()) {
        sheet.issues.push_back({SheetIssue::Kind::Missing, aspect.id, {}});
        return;
    }
    const auto [lo, hi] = std::minmax_element(scores.begin(), scores.end());
    if (event.spread_limit && *hi - *lo > *event.spread_limit) {
        r.spread = true;
        sheet.flags.push_back({aspect.id, *lo, *hi});
    }
    const JudgementScore agg = aggregate_scores(event, scores);
    const Int128 scale = event.scheme.judgement_scale;
    r.score = Decimal::from_ratio(agg.sum.units(), agg.count, precision);
    r.mark = Decimal::from_ratio(static_cast<Int128>(aspect.max.units()) * agg.sum.units(),
                                 scale * agg.count * Decimal::kUnit, precision);
    if (static_cast<int>(scores.size()) < event.min_judges) {
        sheet.issues.push_back({SheetIssue::Kind::TooFewJudges, aspect.id,
                                std::to_string(scores.size()) + " of " +
                                    std::to_string(event.min_judges) + " judges"});
    }
}

// A measurement aspect: one value per contestant; judges who disagree make a conflict.
void score_measurement(int precision, const Aspect& aspect, const std::vector<JudgeValue>& values,
                       AspectResult& r, SheetResult& sheet) {
    if (values.empty()) {
        sheet.issues.push_back({SheetIssue::Kind::Missing, aspect.id, {}});
        return;
    }
    for (const auto& jv : values) {
        if (!(jv.value == values.front().value)) {
            r.conflict = true;
            sheet.issues.push_back(
                {SheetIssue::Kind::Conflict, aspect.id, describe_values(aspect, values)});
            return;
        }
    }
    r.mark = measured_mark(aspect, values.front().value).rounded(precision);
}

// Started minutes over the limit, the deduction, and disqualification when too far over.
void apply_time(const Event& event, SheetResult& sheet) {
    if (!sheet.seconds || !event.time_limit_minutes) return;
    const std::int64_t over = *sheet.seconds - std::int64_t{*event.time_limit_minutes} * 60;
    if (over <= 0) return;
    sheet.overtime_minutes = static_cast<int>((over + 59) / 60);
    sheet.overtime_deduction = event.overtime.deduction_per_minute * sheet.overtime_minutes;
    if (event.overtime.max_minutes && sheet.overtime_minutes > *event.overtime.max_minutes) {
        sheet.status = RowStatus::Disqualified;
        sheet.status_reason = format(
            tr("overtime %s min (more than %s)"),
            {std::to_string(sheet.overtime_minutes), std::to_string(*event.overtime.max_minutes)});
    }
}

}  // namespace

SheetResult score_sheet(const Event& event, int precision, const ContestantMarks& marks) {
    SheetResult sheet;
    const auto aspects = event.scheme.aspects();
    sheet.aspects.resize(aspects.size());
    sheet.criterion_marks.resize(event.scheme.criteria.size());
    sheet.theory = marks.theory;
    sheet.seconds = marks.seconds;

    std::size_t index = 0;
    for (std::size_t c = 0; c < event.scheme.criteria.size(); ++c) {
        for (const Aspect& aspect : event.scheme.criteria[c].aspects) {
            AspectResult& r = sheet.aspects[index];
            static const std::vector<JudgeValue> kNone;
            const auto& values = index < marks.by_aspect.size() ? marks.by_aspect[index] : kNone;
            r.entries = static_cast<int>(values.size());
            const std::size_t issues_before = sheet.issues.size();
            if (std::find(marks.invalid.begin(), marks.invalid.end(), aspect.id) !=
                marks.invalid.end()) {
                sheet.issues.push_back(
                    {SheetIssue::Kind::Invalid, aspect.id, "stored value refused by the scheme"});
            } else if (aspect.is_judgement()) {
                score_judgement(event, precision, aspect, values, r, sheet);
            } else {
                score_measurement(precision, aspect, values, r, sheet);
            }
            r.state = sheet.issues.size() == issues_before
                          ? AspectState::Complete
                          : aspect_state_of(sheet.issues.back().kind);
            if (r.mark) {
                const Decimal signed_mark = aspect.is_deduction() ? -*r.mark : *r.mark;
                sheet.running_total += signed_mark;
                sheet.criterion_marks[c] += signed_mark;
                if (aspect.is_deduction()) sheet.deductions += *r.mark;
            }
            ++index;
        }
    }
    if (event.needs_theory() && !marks.theory)
        sheet.issues.push_back({SheetIssue::Kind::NoTheory, {}, {}});
    if (event.needs_time() && !marks.seconds)
        sheet.issues.push_back({SheetIssue::Kind::NoTime, {}, {}});

    apply_time(event, sheet);
    switch (marks.status) {
        case ContestantStatus::Absent: sheet.status = RowStatus::Absent; break;
        case ContestantStatus::Withdrawn: sheet.status = RowStatus::Withdrawn; break;
        case ContestantStatus::Disqualified: sheet.status = RowStatus::Disqualified; break;
        case ContestantStatus::Active: break;
    }
    if (marks.status != ContestantStatus::Active) sheet.status_reason = marks.status_reason;
    if (sheet.status == RowStatus::Disqualified || marks.status != ContestantStatus::Active)
        return sheet;

    const bool all_marks =
        std::none_of(sheet.issues.begin(), sheet.issues.end(), [](const SheetIssue& i) {
            return i.kind != SheetIssue::Kind::NoTheory && i.kind != SheetIssue::Kind::NoTime;
        });
    if (all_marks) {
        // Practical: marks less deductions and overtime, floored at 0, scaled to 100, rounded.
        Decimal raw = max(Decimal(), sheet.running_total - sheet.overtime_deduction);
        const Decimal scheme_max = event.scheme.max_total();
        const Decimal hundred = Decimal::from_int(100);
        const bool scaled = scheme_max != hundred && scheme_max != Decimal();
        sheet.practical =
            scaled ? Decimal::from_ratio(static_cast<Int128>(raw.units()) * hundred.units(),
                                         scheme_max.units(), precision)
                   : raw.rounded(precision);
    }
    if (sheet.issues.empty()) {
        const Decimal theory = marks.theory.value_or(Decimal());
        const Int128 weighted =
            static_cast<Int128>(event.theory_weight.units()) * theory.units() +
            static_cast<Int128>(event.practical_weight.units()) * sheet.practical->units();
        sheet.total = Decimal::from_ratio(weighted, Decimal::kUnit, precision);
        sheet.status = RowStatus::Complete;
    }
    return sheet;
}

}  // namespace plumb
