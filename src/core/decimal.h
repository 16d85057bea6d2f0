// Exact decimal quantities for marks, weights and totals: fixed point, 9 fractional digits.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace plumb {

// 128-bit intermediate for exact products and quotients (GCC/Clang extension).
__extension__ typedef __int128 Int128;

// A decimal number stored as an integer count of 10^-9 units. Addition, subtraction and
// comparison are exact; products and quotients are formed as exact ratios and rounded
// half up (away from zero) only where the scoring rules say so.
class Decimal {
public:
    static constexpr int kScale = 9;
    static constexpr std::int64_t kUnit = 1'000'000'000;

    constexpr Decimal() = default;
    static constexpr Decimal from_units(std::int64_t units) { return Decimal(units); }
    static constexpr Decimal from_int(std::int64_t whole) { return Decimal(whole * kUnit); }

    // Parses "12", "-0.5", "80.15", "+3." ; nullopt for anything else (exponents, more than
    // 9 decimals, empty, out of range).
    static std::optional<Decimal> parse(std::string_view text);

    // The exact value num_units / den (num in 10^-9 units), rounded half up to `places` decimals.
    static Decimal from_ratio(Int128 num_units, Int128 den, int places);

    constexpr std::int64_t units() const { return units_; }
    Decimal rounded(int places) const;
    // True when the value has no digits beyond `places` decimals.
    bool fits(int places) const;
    // Digits after the point needed to write the value exactly (0..9).
    int decimals() const;
    bool is_integer() const { return units_ % kUnit == 0; }
    std::int64_t whole() const { return units_ / kUnit; }
    // Smallest integer >= value.
    std::int64_t ceil() const;

    // Text with exactly `places` decimals (value must fit; it is rounded half up otherwise).
    std::string str(int places) const;
    // Shortest exact text ("80.15", "3", "-0.5").
    std::string str() const;
    double to_double() const { return static_cast<double>(units_) / kUnit; }

    friend constexpr Decimal operator+(Decimal a, Decimal b) {
        return Decimal(a.units_ + b.units_);
    }
    friend constexpr Decimal operator-(Decimal a, Decimal b) {
        return Decimal(a.units_ - b.units_);
    }
    constexpr Decimal operator-() const { return Decimal(-units_); }
    Decimal& operator+=(Decimal o) {
        units_ += o.units_;
        return *this;
    }
    Decimal& operator-=(Decimal o) {
        units_ -= o.units_;
        return *this;
    }
    friend constexpr Decimal operator*(Decimal a, std::int64_t n) { return Decimal(a.units_ * n); }
    friend constexpr auto operator<=>(Decimal a, Decimal b) = default;

    // Exact product a*b when it fits in 9 decimals; otherwise rounded half up at the 9th.
    friend Decimal operator*(Decimal a, Decimal b);

private:
    constexpr explicit Decimal(std::int64_t units) : units_(units) {}
    std::int64_t units_ = 0;
};

Decimal max(Decimal a, Decimal b);
Decimal min(Decimal a, Decimal b);

}  // namespace plumb
