// Parsing entered values against their aspect and the mark rule of each measurement type.
#include "core/mark_value.h"

#include "core/identifier.h"
#include "core/translate.h"

#include <algorithm>

namespace plumb {

namespace {

std::string trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(b, e - b + 1));
}

std::string lower_ascii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

ParsedMark fail(std::string reason) {
    return ParsedMark{std::move(reason)};
}
ParsedMark accept(std::vector<Decimal> numbers) {
    return ParsedMark{MarkValue{std::move(numbers)}};
}

// One measured number, checked against the aspect's plausible range when it has one.
std::variant<Decimal, std::string> measured(const Aspect& a, const std::string& text) {
    const auto d = Decimal::parse(text);
    if (!d) return format(tr("'%s' is not a number"), {shown_value(text)});
    if (a.value_min && *d < *a.value_min)
        return format(tr("%s is below the smallest plausible value %s"),
                      {shown_value(text), a.value_min->str()});
    if (a.value_max && *d > *a.value_max)
        return format(tr("%s is above the largest plausible value %s"),
                      {shown_value(text), a.value_max->str()});
    return *d;
}

ParsedMark parse_pass_fail(const std::string& t) {
    const std::string l = lower_ascii(t);
    if (l == "pass" || l == "p" || l == "1" || l == "y" || l == "yes" || t == "通过" || t == "合格")
        return accept({Decimal::from_int(1)});
    if (l == "fail" || l == "f" || l == "0" || l == "n" || l == "no" || t == "不通过" ||
        t == "不合格")
        return accept({Decimal()});
    return fail(format(tr("'%s' is not pass or fail"), {shown_value(t)}));
}

// Check point values as judges write them: "2;3;6;1", "2 3 6 1", "2,3,6,1", "2、3、6、1" or
// with Chinese commas and semicolons; runs of separators count as one.
std::vector<std::string> point_parts(const std::string& t) {
    static constexpr std::string_view kSeparators[] = {"，", "、", "；", ",", " ", "\t", ";"};
    std::vector<std::string> parts(1);
    for (std::size_t i = 0; i < t.size();) {
        std::size_t skip = 0;
        for (std::string_view sep : kSeparators)
            if (std::string_view(t).substr(i, sep.size()) == sep) skip = sep.size();
        if (skip == 0) {
            parts.back().push_back(t[i++]);
            continue;
        }
        if (!parts.back().empty()) parts.emplace_back();
        i += skip;
    }
    if (parts.back().empty() && parts.size() > 1) parts.pop_back();
    return parts;
}

ParsedMark parse_points(const Aspect& a, const std::string& t) {
    std::vector<Decimal> values;
    for (const std::string& part : point_parts(t)) {
        auto v = measured(a, part);
        if (auto* err = std::get_if<std::string>(&v))
            return fail(format(tr("check point %s: %s"), {std::to_string(values.size() + 1), *err}));
        values.push_back(std::get<Decimal>(v));
    }
    if (static_cast<int>(values.size()) != a.points)
        return fail(format(tr("needs %s check point values separated by ';', got %s"),
                           {std::to_string(a.points), std::to_string(values.size())}));
    return accept(std::move(values));
}

ParsedMark parse_choice(const Aspect& a, const std::string& t) {
    for (std::size_t i = 0; i < a.options.size(); ++i)
        if (a.options[i].label == t)
            return accept({Decimal::from_int(static_cast<std::int64_t>(i + 1))});
    const auto d = Decimal::parse(t);
    if (d && d->is_integer() && d->whole() >= 1 &&
        d->whole() <= static_cast<std::int64_t>(a.options.size()))
        return accept({*d});
    return fail(format(tr("'%s' is not one of the options (label or 1..%s)"),
                       {shown_value(t), std::to_string(a.options.size())}));
}

// A choice typed at the console: what parse_choice takes, else the one option whose label
// starts with the text (ASCII letters in any case).
ParsedMark parse_typed_choice(const Aspect& a, const std::string& t) {
    ParsedMark exact = parse_choice(a, t);
    if (exact.ok()) return exact;
    const std::string typed = lower_ascii(t);
    std::vector<std::size_t> fits;
    for (std::size_t i = 0; i < a.options.size(); ++i)
        if (lower_ascii(a.options[i].label).rfind(typed, 0) == 0) fits.push_back(i);
    if (fits.size() == 1) return accept({Decimal::from_int(static_cast<std::int64_t>(fits[0] + 1))});
    if (fits.empty()) return exact;
    std::string numbers;
    for (std::size_t i : fits) numbers += (numbers.empty() ? "" : ", ") + std::to_string(i + 1);
    return fail(
        format(tr("'%s' begins several options (%s): type its number"), {shown_value(t), numbers}));
}

ParsedMark parse_judgement(const Aspect& a, int scale, const std::string& t) {
    const auto d = Decimal::parse(t);
    if (!d) return fail(format(tr("'%s' is not a number"), {shown_value(t)}));
    if (*d < Decimal() || *d > Decimal::from_int(scale))
        return fail(format(tr("%s is outside the judgement scale 0..%s"),
                           {shown_value(t), std::to_string(scale)}));
    const Decimal step = a.step.value_or(*Decimal::parse("0.5"));
    if (step > Decimal() && d->units() % step.units() != 0)
        return fail(
            format(tr("%s is not a multiple of the step %s"), {shown_value(t), step.str()}));
    return accept({*d});
}

ParsedMark parse_deduction(const Aspect& a, const std::string& t) {
    const auto d = Decimal::parse(t);
    if (!d || !d->is_integer() || *d < Decimal())
        return fail(
            format(tr("'%s' is not a count of occurrences (0, 1, 2, ...)"), {shown_value(t)}));
    if (a.max_count && d->whole() > *a.max_count)
        return fail(format(tr("%s is more than the %s occurrences this aspect accepts"),
                           {shown_value(t), std::to_string(*a.max_count)}));
    return accept({*d});
}

}  // namespace

ParsedMark parse_mark(const Aspect& aspect, int judgement_scale, std::string_view text) {
    const std::string t = trim(text);
    if (t.empty()) return fail(tr("no value entered"));
    switch (aspect.type) {
        case AspectType::PassFail: return parse_pass_fail(t);
        case AspectType::Difference: {
            auto v = measured(aspect, t);
            if (auto* err = std::get_if<std::string>(&v)) return fail(*err);
            return accept({std::get<Decimal>(v)});
        }
        case AspectType::Points: return parse_points(aspect, t);
        case AspectType::Choice: return parse_choice(aspect, t);
        case AspectType::Judgement: return parse_judgement(aspect, judgement_scale, t);
        case AspectType::Deduction: return parse_deduction(aspect, t);
    }
    return fail("unknown aspect type");
}

ParsedMark parse_typed_mark(const Aspect& aspect, int judgement_scale, std::string_view text) {
    const std::string t = trim(narrow_width(text));  // １２．５ typed in full-width mode
    if (aspect.type == AspectType::Choice && !t.empty()) return parse_typed_choice(aspect, t);
    return parse_mark(aspect, judgement_scale, t);
}

std::string MarkValue::str(const Aspect& aspect) const {
    if (aspect.type == AspectType::PassFail)
        return !numbers.empty() && numbers[0] > Decimal() ? "pass" : "fail";
    std::string out;
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        if (i) out += ';';
        out += numbers[i].str();
    }
    return out;
}

int values_outside(const Aspect& aspect, const MarkValue& value) {
    const Decimal lo = aspect.band_low(), hi = aspect.band_high();
    return static_cast<int>(std::count_if(value.numbers.begin(), value.numbers.end(),
                                          [&](Decimal v) { return v < lo || v > hi; }));
}

Decimal measured_mark(const Aspect& a, const MarkValue& value) {
    const Decimal zero;
    switch (a.type) {
        case AspectType::PassFail: return value.numbers.at(0) > zero ? a.max : zero;
        case AspectType::Difference: {
            // max - deduction * ceil(beyond / step), where beyond is the distance outside the band.
            const Decimal v = value.numbers.at(0);
            const Decimal beyond = v < a.band_low()
                                       ? a.band_low() - v
                                       : (v > a.band_high() ? v - a.band_high() : zero);
            if (beyond == zero) return a.max;
            const Decimal step = a.step.value_or(Decimal::from_int(1));
            const std::int64_t steps = (beyond.units() + step.units() - 1) / step.units();
            return max(zero, a.max - a.deduction * steps);
        }
        case AspectType::Points: return max(zero, a.max - a.deduction * values_outside(a, value));
        case AspectType::Choice: {
            const auto index = static_cast<std::size_t>(value.numbers.at(0).whole());
            return max(zero, a.max - a.options.at(index - 1).deduction);
        }
        case AspectType::Deduction: {
            const Decimal amount = a.deduction * value.numbers.at(0).whole();
            return a.cap ? min(amount, *a.cap) : amount;
        }
        case AspectType::Judgement: break;
    }
    return zero;
}

}  // namespace plumb
