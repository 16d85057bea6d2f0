// Marking scheme lookups and names of aspect types.
#include "core/scheme.h"

namespace plumb {

namespace {
constexpr struct {
    AspectType type;
    const char* name;
} kTypes[] = {{AspectType::PassFail, "pass_fail"},  {AspectType::Difference, "difference"},
              {AspectType::Points, "points"},       {AspectType::Choice, "choice"},
              {AspectType::Judgement, "judgement"}, {AspectType::Deduction, "deduction"}};
}  // namespace

const char* to_string(AspectType type) {
    for (const auto& t : kTypes)
        if (t.type == type) return t.name;
    return "?";
}

std::optional<AspectType> aspect_type_from_string(const std::string& text) {
    for (const auto& t : kTypes)
        if (text == t.name) return t.type;
    return std::nullopt;
}

Decimal Aspect::band_low() const {
    if (lower) return *lower;
    return target.value_or(Decimal()) - tolerance.value_or(Decimal());
}

Decimal Aspect::band_high() const {
    if (upper) return *upper;
    return target.value_or(Decimal()) + tolerance.value_or(Decimal());
}

Decimal MarkingScheme::max_total() const {
    Decimal sum;
    for (const auto& c : criteria)
        for (const auto& a : c.aspects)
            if (!a.is_deduction()) sum += a.max;
    return sum;
}

const Aspect* MarkingScheme::find_aspect(const std::string& id) const {
    for (const auto& c : criteria)
        for (const auto& a : c.aspects)
            if (a.id == id) return &a;
    return nullptr;
}

const Criterion* MarkingScheme::criterion_of(const std::string& aspect_id) const {
    for (const auto& c : criteria)
        for (const auto& a : c.aspects)
            if (a.id == aspect_id) return &c;
    return nullptr;
}

std::vector<const Aspect*> MarkingScheme::aspects() const {
    std::vector<const Aspect*> out;
    for (const auto& c : criteria)
        for (const auto& a : c.aspects) out.push_back(&a);
    return out;
}

}  // namespace plumb
