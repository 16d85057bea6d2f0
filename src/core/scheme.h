// A marking scheme: criteria and their aspects, each with the rule that turns values into a mark.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/decimal.h"

namespace plumb {

enum class AspectType { PassFail, Difference, Points, Choice, Judgement, Deduction };

const char* to_string(AspectType type);
std::optional<AspectType> aspect_type_from_string(const std::string& text);

struct ChoiceOption {
    std::string label;
    Decimal deduction;
};

// One checked item of a criterion (检查项目). Which fields matter depends on `type`.
struct Aspect {
    std::string id;
    std::string name;
    std::string name_en;
    std::string description;
    AspectType type = AspectType::PassFail;
    Decimal max;  // the aspect's maximum mark (for deduction aspects: unused, see cap)

    // difference / points: accepted band is target±tolerance, or [lower, upper]
    std::optional<Decimal> target;
    std::optional<Decimal> tolerance;
    std::optional<Decimal> lower;
    std::optional<Decimal> upper;
    Decimal deduction;  // per started step (difference), per value outside (points),
                        // per occurrence (deduction)
    std::optional<Decimal>
        step;  // difference: deduction per started step beyond the band; judgement: score step
    int points = 1;                    // points: how many values are entered
    std::optional<Decimal> value_min;  // plausible range of a measured value; outside is refused
    std::optional<Decimal> value_max;
    std::string unit;

    std::vector<ChoiceOption> options;     // choice
    std::vector<std::string> descriptors;  // judgement: one text per level 0..scale
    std::optional<Decimal> cap;            // deduction: most that can be deducted
    std::optional<int> max_count;          // deduction: most occurrences accepted as a value

    bool is_judgement() const { return type == AspectType::Judgement; }
    bool is_deduction() const { return type == AspectType::Deduction; }
    // Accepted band [low, high] of a difference/points aspect.
    Decimal band_low() const;
    Decimal band_high() const;
};

struct Criterion {
    std::string id;
    std::string name;
    std::string name_en;
    std::vector<Aspect> aspects;
};

struct MarkingScheme {
    std::string code;
    std::string name;
    std::string name_en;
    int judgement_scale = 3;
    std::vector<Criterion> criteria;

    // Sum of the maxima of every aspect that is not a deduction.
    Decimal max_total() const;
    const Aspect* find_aspect(const std::string& id) const;
    // The criterion an aspect belongs to (nullptr when unknown).
    const Criterion* criterion_of(const std::string& aspect_id) const;
    // Every aspect in scheme order.
    std::vector<const Aspect*> aspects() const;
};

}  // namespace plumb
