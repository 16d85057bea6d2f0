// Exact decimal arithmetic: parsing, rounding half up, formatting.
#include "core/decimal.h"

#include <cstdlib>
#include <limits>
#include <stdexcept>

namespace plumb {

namespace {

constexpr std::int64_t pow10(int n) {
    std::int64_t p = 1;
    for (int i = 0; i < n; ++i) p *= 10;
    return p;
}

// num/den rounded half away from zero to an integer.
Int128 div_round_half_up(Int128 num, Int128 den) {
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const bool negative = num < 0;
    const Int128 a = negative ? -num : num;
    Int128 q = a / den;
    const Int128 r = a % den;
    if (r * 2 >= den) ++q;
    return negative ? -q : q;
}

std::int64_t checked(Int128 v) {
    if (v > std::numeric_limits<std::int64_t>::max() ||
        v < std::numeric_limits<std::int64_t>::min())
        throw std::overflow_error("decimal value out of range");
    return static_cast<std::int64_t>(v);
}

}  // namespace

std::optional<Decimal> Decimal::parse(std::string_view text) {
    std::size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
        negative = text[i] == '-';
        ++i;
    }
    Int128 whole = 0;
    int whole_digits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        whole = whole * 10 + (text[i] - '0');
        if (++whole_digits > 10) return std::nullopt;
        ++i;
    }
    Int128 frac = 0;
    int frac_digits = 0;
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            if (++frac_digits > kScale) return std::nullopt;
            frac = frac * 10 + (text[i] - '0');
            ++i;
        }
    }
    if (i != text.size() || (whole_digits == 0 && frac_digits == 0)) return std::nullopt;
    const Int128 units = whole * kUnit + frac * pow10(kScale - frac_digits);
    if (units > std::numeric_limits<std::int64_t>::max()) return std::nullopt;
    return Decimal(static_cast<std::int64_t>(negative ? -units : units));
}

Decimal Decimal::from_ratio(Int128 num_units, Int128 den, int places) {
    if (den == 0) throw std::domain_error("decimal division by zero");
    const std::int64_t step = pow10(kScale - places);
    return Decimal(checked(div_round_half_up(num_units, den * step) * step));
}

Decimal Decimal::rounded(int places) const {
    return from_ratio(units_, 1, places);
}

bool Decimal::fits(int places) const {
    return units_ % pow10(kScale - places) == 0;
}

int Decimal::decimals() const {
    for (int d = 0; d < kScale; ++d)
        if (fits(d)) return d;
    return kScale;
}

std::int64_t Decimal::ceil() const {
    std::int64_t q = units_ / kUnit;
    if (units_ % kUnit > 0) ++q;
    return q;
}

std::string Decimal::str(int places) const {
    const Decimal r = rounded(places);
    const std::int64_t a = r.units_ < 0 ? -r.units_ : r.units_;
    std::string out = r.units_ < 0 ? "-" : "";
    out += std::to_string(a / kUnit);
    if (places > 0) {
        std::string frac = std::to_string((a % kUnit) / pow10(kScale - places));
        out += '.';
        out += std::string(static_cast<std::size_t>(places) - frac.size(), '0') + frac;
    }
    return out;
}

std::string Decimal::str() const {
    return str(decimals());
}

Decimal operator*(Decimal a, Decimal b) {
    return Decimal::from_ratio(static_cast<Int128>(a.units_) * b.units_, Decimal::kUnit,
                               Decimal::kScale);
}

Decimal max(Decimal a, Decimal b) {
    return a < b ? b : a;
}
Decimal min(Decimal a, Decimal b) {
    return b < a ? b : a;
}

}  // namespace plumb
