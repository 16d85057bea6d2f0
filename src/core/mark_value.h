// What a judge enters for an aspect: parsing and checking the text, and the mark it earns.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/decimal.h"
#include "core/scheme.h"

namespace plumb {

// A value accepted for an aspect, in canonical form:
//   pass_fail: {1} or {0}; difference: {measured}; points: {v1, ..., vn};
//   choice: {1-based option index}; judgement: {score}; deduction: {occurrences}.
struct MarkValue {
    std::vector<Decimal> numbers;
    friend bool operator==(const MarkValue&, const MarkValue&) = default;
    // Canonical text that parses back to the same value ("2;-1.5", "pass", "3").
    std::string str(const Aspect& aspect) const;
};

// Result of checking entered text against an aspect: a value, or the reason it is refused.
struct ParsedMark {
    std::variant<MarkValue, std::string> result;
    bool ok() const { return std::holds_alternative<MarkValue>(result); }
    const MarkValue& value() const { return std::get<MarkValue>(result); }
    const std::string& error() const { return std::get<std::string>(result); }
};

// Parses what a judge typed, on every path (console, plumb mark, CSV, packets). Check points
// are separated by ';', spaces, commas or '、' (Chinese ones too). Pass/fail takes pass/fail,
// p/f, y/n, yes/no, 1/0, 通过/不通过, 合格/不合格; choice takes a label or its 1-based index;
// judgement takes 0..scale in the aspect's step (0.5 unless set). Never clips: out of range
// is an error.
ParsedMark parse_mark(const Aspect& aspect, int judgement_scale, std::string_view text);

// What a judge types into the console's score sheet, where a choice is also picked by the start
// of its label when that fits one option only, and full-width digits and letters (１２．５, typed
// in a Chinese input method's full-width mode) count as ASCII; files keep to parse_mark's
// exact forms.
ParsedMark parse_typed_mark(const Aspect& aspect, int judgement_scale, std::string_view text);

// The mark a measurement value earns, before rounding (exact), never below 0.
// For deduction aspects: the amount deducted (capped). Not for judgement aspects.
Decimal measured_mark(const Aspect& aspect, const MarkValue& value);

// How many of the entered values lie outside the accepted band (difference/points).
int values_outside(const Aspect& aspect, const MarkValue& value);

}  // namespace plumb
