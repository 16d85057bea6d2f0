// Every aspect type: what is accepted, what is refused, and the mark it earns.
#include <doctest/doctest.h>

#include "core/mark_value.h"
#include "core/translate.h"
#include "fixtures.h"

using namespace plumb;
using plumb::test::aspect;
using plumb::test::D;

namespace {
Decimal mark_of(const Aspect& a, const char* text, int scale = 3) {
    const ParsedMark p = parse_mark(a, scale, text);
    REQUIRE_MESSAGE(p.ok(), p.error());
    return measured_mark(a, p.value());
}
std::string error_of(const Aspect& a, const char* text, int scale = 3) {
    const ParsedMark p = parse_mark(a, scale, text);
    REQUIRE_FALSE(p.ok());
    return p.error();
}
}  // namespace

TEST_CASE("pass_fail: max or 0") {
    const Aspect a = aspect("P", AspectType::PassFail, "4");
    CHECK(mark_of(a, "pass") == D("4"));
    CHECK(mark_of(a, "1") == D("4"));
    CHECK(mark_of(a, "通过") == D("4"));
    CHECK(mark_of(a, "fail") == D("0"));
    CHECK(mark_of(a, "0") == D("0"));
    for (const char* yes : {"p", "P", "y", "yes", "合格"}) CHECK(mark_of(a, yes) == D("4"));
    for (const char* no : {"f", "F", "n", "no", "不合格", "不通过"}) CHECK(mark_of(a, no) == D("0"));
    CHECK(error_of(a, "maybe") == "'maybe' is not pass or fail");
    CHECK(parse_mark(a, 3, "1").value().str(a) == "pass");
}

namespace {

// 1200 ± 5, 2 off per started 2 beyond: the difference aspect of the tests below.
Aspect wall_length() {
    Aspect a = aspect("D", AspectType::Difference, "10");
    a.target = D("1200");
    a.tolerance = D("5");
    a.deduction = D("2");
    a.step = D("2");
    return a;
}

}  // namespace

TEST_CASE("difference: deduction per started step beyond the band") {
    Aspect a = wall_length();
    CHECK(mark_of(a, "1203") == D("10"));   // inside 1195..1205
    CHECK(mark_of(a, "1205") == D("10"));   // on the edge is accepted
    CHECK(mark_of(a, "1206") == D("8"));    // beyond 1 -> ceil(1/2)=1 step -> 10-2
    CHECK(mark_of(a, "1208") == D("6"));    // beyond 3 -> ceil(3/2)=2 steps -> 10-4
    CHECK(mark_of(a, "1194.5") == D("8"));  // beyond 0.5 below -> 1 step
    CHECK(mark_of(a, "1150") == D("0"));    // beyond 45 -> 23 steps -> floored at 0
    a.target.reset();
    a.tolerance.reset();
    a.lower = D("-2");
    a.upper = D("4");
    CHECK(mark_of(a, "4") == D("10"));
    CHECK(mark_of(a, "-3") == D("8"));
}

TEST_CASE("points: each check point outside tolerance deducts") {
    Aspect a = aspect("A1", AspectType::Points, "10");
    a.points = 3;
    a.target = D("0");
    a.tolerance = D("3");
    a.deduction = D("4");
    CHECK(mark_of(a, "1;-3;2") == D("10"));
    CHECK(mark_of(a, "4;0;0") == D("6"));       // one outside: 10-4
    CHECK(mark_of(a, "4; -5 ;3.5") == D("0"));  // three outside: 10-12 floored at 0
    CHECK(error_of(a, "1;2") == "needs 3 check point values separated by ';', got 2");
    CHECK(error_of(a, "1;x;2") == "check point 2: 'x' is not a number");
    a.value_min = D("-50");
    a.value_max = D("50");
    CHECK(error_of(a, "1;2;80") == "check point 3: 80 is above the largest plausible value 50");
    CHECK(parse_mark(a, 3, " 1 ; -2.50 ;3").value().str(a) == "1;-2.5;3");
}

TEST_CASE("choice: label or 1-based index") {
    Aspect a = aspect("C", AspectType::Choice, "5");
    a.options = {{"完好", D("0")}, {"轻微缺陷", D("2")}, {"严重缺陷", D("5")}};
    CHECK(mark_of(a, "完好") == D("5"));
    CHECK(mark_of(a, "2") == D("3"));
    CHECK(mark_of(a, "严重缺陷") == D("0"));
    CHECK(error_of(a, "4") == "'4' is not one of the options (label or 1..3)");
}

TEST_CASE("choice typed at the console: its number as listed, its label, or the start of one label") {
    Aspect a = aspect("C", AspectType::Choice, "8");
    // Labels that begin with a digit, as carpentry's do: the number as listed comes first.
    a.options = {{"牢固无松动", D("0")}, {"1 处松动", D("4")}, {"2 处及以上松动", D("8")}};
    const auto option = [&](const char* text) {
        const ParsedMark p = parse_typed_mark(a, 3, text);
        REQUIRE_MESSAGE(p.ok(), p.error());
        return p.value().numbers.at(0).whole();
    };
    CHECK(option("2") == 2);
    CHECK(option(" 3 ") == 3);
    CHECK(option("牢固") == 1);
    CHECK(option("1 处") == 2);
    CHECK(option("1 处松动") == 2);
    CHECK(option("2 处及以上松动") == 3);
    CHECK(option("1") == 1);
    a.options = {{"缺扣、松扣不超过 10%", D("4")}, {"缺扣、松扣超过 10%", D("8")}, {"Fine", D("0")}};
    CHECK(option("fi") == 3);
    const ParsedMark several = parse_typed_mark(a, 3, "缺扣");
    REQUIRE_FALSE(several.ok());
    CHECK(several.error() == "'缺扣' begins several options (1, 2): type its number");
    CHECK_FALSE(parse_typed_mark(a, 3, "4").ok());
    CHECK_FALSE(parse_typed_mark(a, 3, "").ok());
    // Files keep to the exact forms.
    CHECK_FALSE(parse_mark(a, 3, "fi").ok());
    // Other types are parsed as from a file.
    const Aspect p = aspect("P", AspectType::PassFail, "4");
    CHECK(parse_typed_mark(p, 3, "合格").value().str(p) == "pass");
}

TEST_CASE("typed in full-width mode, digits and signs are read as ASCII at the console") {
    // A Chinese input method in full-width mode types １２０３, －３, ２．５ and ； .
    const Aspect d = wall_length();
    CHECK(parse_typed_mark(d, 3, "１２０３").value().str(d) == "1203");
    CHECK(parse_typed_mark(d, 3, "\u3000１１９４．５\u3000").value().str(d) == "1194.5");
    Aspect p = aspect("A1", AspectType::Points, "10");
    p.points = 3;
    p.target = D("0");
    p.tolerance = D("3");
    p.deduction = D("4");
    CHECK(parse_typed_mark(p, 3, "１；－３；２").value().str(p) == "1;-3;2");
    const Aspect j = aspect("J", AspectType::Judgement, "10");
    CHECK(parse_typed_mark(j, 3, "２．５").value().str(j) == "2.5");
    Aspect choice = aspect("C", AspectType::Choice, "5");
    choice.options = {{"完好", D("0")}, {"轻微缺陷", D("2")}};
    CHECK(parse_typed_mark(choice, 3, "２").value().numbers.at(0).whole() == 2);
    // Files keep to the exact forms, and other characters are still refused as they are.
    CHECK_FALSE(parse_mark(d, 3, "１２０３").ok());
    CHECK_FALSE(parse_typed_mark(d, 3, "１２ｘ３").ok());
}

TEST_CASE("judgement: 0..scale in steps, never clipped") {
    const Aspect a = aspect("J", AspectType::Judgement, "10");
    CHECK(parse_mark(a, 3, "2.5").ok());
    CHECK(error_of(a, "3.5") == "3.5 is outside the judgement scale 0..3");
    CHECK(error_of(a, "-1") == "-1 is outside the judgement scale 0..3");
    CHECK(error_of(a, "2.2") == "2.2 is not a multiple of the step 0.5");
    Aspect whole = a;
    whole.step = D("1");
    CHECK(error_of(whole, "2.5") == "2.5 is not a multiple of the step 1");
    CHECK(error_of(a, "4", 3) == "4 is outside the judgement scale 0..3");
    CHECK(parse_mark(a, 10, "7").ok());  // another scale allowed
}

TEST_CASE("deduction: occurrences times the deduction, up to the cap") {
    Aspect a = aspect("S", AspectType::Deduction, "0");
    a.deduction = D("2");
    a.cap = D("5");
    CHECK(mark_of(a, "0") == D("0"));
    CHECK(mark_of(a, "2") == D("4"));
    CHECK(mark_of(a, "3") == D("5"));  // 6 capped at 5
    CHECK(error_of(a, "1.5") == "'1.5' is not a count of occurrences (0, 1, 2, ...)");
    CHECK(error_of(a, "") == "no value entered");
}

TEST_CASE("refusals are marked for translation: an installed translator is used") {
    const Aspect a = aspect("J", AspectType::Judgement, "10");
    set_translator([](const char* msgid) -> std::string {
        return std::string(msgid) == "%s is outside the judgement scale 0..%s" ? "%s 超出评分范围 0..%s" : msgid;
    });
    const std::string translated = error_of(a, "4");
    set_translator(nullptr);
    CHECK(translated == "4 超出评分范围 0..3");
    CHECK(error_of(a, "4") == "4 is outside the judgement scale 0..3");
}

TEST_CASE("pass_fail takes every word a judge may type for it") {
    const Aspect a = aspect("P", AspectType::PassFail, "4");
    for (const char* yes : {"pass", "PASS", "p", "P", "1", "y", "yes", "通过", "合格"})
        CHECK(mark_of(a, yes) == D("4"));
    for (const char* no : {"fail", "f", "F", "0", "n", "no", "不通过", "不合格"})
        CHECK(mark_of(a, no) == D("0"));
}

TEST_CASE("check points may be separated by ';', spaces, commas or 、 on every path") {
    Aspect a = aspect("B", AspectType::Points, "10");
    a.target = D("0");
    a.tolerance = D("5");
    a.deduction = D("1");
    a.points = 4;
    const MarkValue expected = parse_mark(a, 3, "2;3;6;1").value();
    for (const char* text : {"2 3 6 1", "2,3,6,1", "2、3、6、1", "2，3；6 1", " 2  3 ,6;1 "})
        CHECK(parse_mark(a, 3, text).value() == expected);
    CHECK(error_of(a, "2 3 6") == "needs 4 check point values separated by ';', got 3");
}
