// Exact decimals: parsing, rounding half up, formatting.
#include <doctest/doctest.h>

#include "core/decimal.h"

using plumb::Decimal;

TEST_CASE("decimal parses exactly and refuses what is not a plain decimal") {
    CHECK(Decimal::parse("80.15")->units() == 80'150'000'000);
    CHECK(Decimal::parse("-0.5")->units() == -500'000'000);
    CHECK(Decimal::parse("+3")->units() == 3'000'000'000);
    CHECK(Decimal::parse(".5")->units() == 500'000'000);
    CHECK_FALSE(Decimal::parse(""));
    CHECK_FALSE(Decimal::parse("1e3"));
    CHECK_FALSE(Decimal::parse("1.2.3"));
    CHECK_FALSE(Decimal::parse("abc"));
    CHECK_FALSE(Decimal::parse("0.0000000001"));  // 10 decimals: more than we can hold exactly
}

TEST_CASE("rounding is half up at the requested decimals") {
    // 73.045 -> 73.05 (binary floating point would give 73.04)
    CHECK(Decimal::parse("73.045")->str(2) == "73.05");
    CHECK(Decimal::parse("2.675")->str(2) == "2.68");
    CHECK(Decimal::parse("2.674999")->str(2) == "2.67");
    CHECK(Decimal::parse("-2.675")->str(2) == "-2.68");  // half away from zero
    CHECK(Decimal::parse("0.5")->str(0) == "1");
    CHECK(Decimal::parse("7")->str(2) == "7.00");
}

TEST_CASE("ratios are exact until rounded once") {
    // 20 * 7 / 9 = 15.5555... -> 15.56
    CHECK(Decimal::from_ratio(Decimal::from_int(140).units(), 9, 2).str(2) == "15.56");
    // 1/3 at 4 places = 0.3333
    CHECK(Decimal::from_ratio(Decimal::kUnit, 3, 4).str(4) == "0.3333");
    // 2/3 at 0 places = 1
    CHECK(Decimal::from_ratio(2 * Decimal::kUnit, 3, 0).str(0) == "1");
}

TEST_CASE("weighted total: theory 80.15 at 0.3 and practical 70 at 0.7 publish 73.05") {
    // 0.3 * 80.15 = 24.045; 0.7 * 70 = 49; sum 73.045 -> 73.05
    const Decimal sum = *Decimal::parse("0.3") * *Decimal::parse("80.15") +
                        *Decimal::parse("0.7") * *Decimal::parse("70");
    CHECK(sum == *Decimal::parse("73.045"));
    CHECK(sum.rounded(2).str(2) == "73.05");
}

TEST_CASE("shortest text and ceiling") {
    CHECK(Decimal::parse("80.150")->str() == "80.15");
    CHECK(Decimal::parse("3.000")->str() == "3");
    CHECK(Decimal::parse("1.2")->ceil() == 2);
    CHECK(Decimal::parse("2")->ceil() == 2);
    CHECK(Decimal::parse("-1.5")->ceil() == -1);
}
