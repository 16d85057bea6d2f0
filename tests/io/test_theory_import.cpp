// Theory import: exam scores from 0 to 100 with at most 2 decimals, one per contestant.
#include <doctest/doctest.h>

#include "io/theory_csv.h"
#include "test_csv_fixture.h"

using namespace plumb;
using namespace plumb::test;

TEST_CASE("theory-good.csv gives every contestant's exact score") {
    const auto rows = parse_theory(data_table("theory-good.csv"), registered());
    REQUIRE(rows.size() == 12);
    CHECK(rows[0].line == 2);
    CHECK(rows[0].registration_no == "2019001");
    CHECK(rows[0].score == D("86.5"));
    CHECK(rows[2].score == D("91.25"));
    CHECK(rows[7].score == D("80.15"));  // exact, not 80.1499999...
    CHECK(rows[11].score.str(2) == "90.00");
}

TEST_CASE("theory-bad.csv reports every bad score and registration number") {
    const CsvTable table = data_table("theory-bad.csv");
    CHECK(refusal([&] { parse_theory(table, registered()); }) ==
          "theory-bad.csv:3: registration_no: no contestant with registration number 2019099\n"
          "theory-bad.csv:4: registration_no: 2019001 is also on line 2\n"
          "theory-bad.csv:5: score: 100.5 is outside 0..100\n"
          "theory-bad.csv:6: score: 85.125 has more than 2 decimals\n"
          "theory-bad.csv:7: score: '八十' is not a number\n"
          "theory-bad.csv:8: score: -1 is outside 0..100\n"
          "theory-bad.csv:9: score: must not be empty\n"
          "theory-bad.csv:10: registration_no: must not be empty");
}

TEST_CASE("theory accepts 报名号 with 成绩 and the bounds 0 and 100") {
    const auto rows =
        parse_theory(parse_csv("报名号,成绩\n2019001,0\n2019002,100.00\n", "t.csv"), registered());
    CHECK(rows[0].score == D("0"));
    CHECK(rows[1].score == D("100"));
}

TEST_CASE("theory names a missing score column in the header's language") {
    CHECK(refusal([] {
              parse_theory(parse_csv("报名号,分数\n2019001,80\n", "t.csv"), registered());
          }) ==
          "t.csv:1: 成绩: required column is missing (header may say score, 成绩 or 理论成绩)");
}

TEST_CASE("theory finds a registration number however its case and width are typed") {
    std::vector<Contestant> people = registered();
    people.push_back(contestant("ZY045", "赵志强", "410802197803120116", "rebar", "04"));
    const auto rows = parse_theory(
        parse_csv("registration_no,score\n２０１９００１,80\nzy045,70\n", "t.csv"), people);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].registration_no == "2019001");
    CHECK(rows[1].registration_no == "ZY045");  // as registered
    CHECK(refusal([&] {
              parse_theory(
                  parse_csv("registration_no,score\nZY045,80\nZY045\u200B,60\nzy045,70\n", "t.csv"),
                  people);
          }) ==
          "t.csv:3: registration_no: 'ZY045<U+200B>' contains an invisible or control "
          "character (shown here as <U+...>); type it again without it\n"
          "t.csv:4: registration_no: zy045 is also on line 2");
}
