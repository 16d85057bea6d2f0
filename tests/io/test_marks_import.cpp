// Marks import: workstations resolved to contestants, judges and aspects checked, values canonical.
#include <doctest/doctest.h>

#include "core/mark_value.h"
#include "io/marks_csv.h"
#include "test_csv_fixture.h"

using namespace plumb;
using namespace plumb::test;

namespace {

std::vector<MarkRow> marks(const std::string& text,
                           const std::vector<Contestant>& people = registered()) {
    const Competition c = demo_competition();
    return parse_marks(parse_csv(text, "m.csv"), c, c.judges, people);
}

const std::string kHeader = "event,workstation,judge,aspect,value\n";

}  // namespace

TEST_CASE("marks-good.csv gives one row per mark with canonical values") {
    const Competition c = demo_competition();
    const auto rows = parse_marks(data_table("marks-good.csv"), c, c.judges, registered());
    REQUIRE(rows.size() == 10);
    const MarkRow& first = rows[0];
    CHECK(first.line == 2);
    CHECK(first.event == "bricklaying");
    CHECK(first.workstation == "01");
    CHECK(first.registration_no == "2019001");
    CHECK(first.judge == "J01");
    CHECK(first.aspect == "A1");
    CHECK(first.value == "2;-1.5");
    CHECK(rows[1].value == "11");    // difference
    CHECK(rows[2].value == "pass");  // 通过
    CHECK(rows[3].value == "2");     // choice label -> its 1-based index
    CHECK(rows[4].value == "2.5");   // judgement
    CHECK(rows[5].judge == "J02");
    CHECK(rows[6].value == "1");  // deduction occurrences
    CHECK(rows[7].workstation == "2");
    CHECK(rows[7].registration_no == "2019002");  // "2" is workstation 02
    CHECK(rows[7].value == "0;4");
    CHECK(rows[8].event == "bricklaying");  // scheme name 砌筑工
    CHECK(rows[8].aspect == "B2");          // b2 as the scheme spells it
    CHECK(rows[9].registration_no == "2019003");
    CHECK(rows[9].value == "fail");
}

TEST_CASE("marks-bad.csv reports every refused mark with its reason") {
    auto people = registered();
    people[2].status = ContestantStatus::Absent;  // 2019003 at bricklaying 03
    const Competition c = demo_competition();
    const CsvTable table = data_table("marks-bad.csv");
    CHECK(
        refusal([&] { parse_marks(table, c, c.judges, people); }) ==
        "marks-bad.csv:2: event: unknown event 'masonry' (known: bricklaying 砌筑工, rebar 钢筋工, "
        "tiling 镶贴工, carpentry 手工木工)\n"
        "marks-bad.csv:3: workstation: no contestant at workstation 09 in bricklaying\n"
        "marks-bad.csv:4: judge: unknown judge J09\n"
        "marks-bad.csv:5: judge: J03 (赵刚) does not judge bricklaying\n"
        "marks-bad.csv:6: aspect: no aspect 'D7' in the bricklaying marking scheme\n"
        "marks-bad.csv:7: value: needs 2 check point values separated by ';', got 1\n"
        "marks-bad.csv:8: value: 80 is above the largest plausible value 30\n"
        "marks-bad.csv:9: value: 4 is outside the judgement scale 0..3\n"
        "marks-bad.csv:10: value: '95%' is not one of the options (label or 1..3)\n"
        "marks-bad.csv:11: value: 6 is more than the 5 occurrences this aspect accepts\n"
        "marks-bad.csv:13: aspect: J01 already marks A1 for workstation 02 on line 12\n"
        "marks-bad.csv:14: workstation: 2019003 (王卫东) at workstation 03 is marked absent\n"
        "marks-bad.csv:15: value: no value entered");
}

TEST_CASE("a refused value carries parse_mark's own reason") {
    const Competition c = demo_competition();
    const Aspect& look = *c.find_event("bricklaying")->scheme.find_aspect("C1");
    CHECK(refusal([] { marks(kHeader + "bricklaying,01,J01,C1,1.25\n"); }) ==
          "m.csv:2: value: " + parse_mark(look, 3, "1.25").error());
}

TEST_CASE("judges come from the list given, not only from the competition file") {
    const Competition c = demo_competition();
    std::vector<Judge> judges = c.judges;
    judges.push_back(Judge{"J10", "新裁判", "", {"rebar"}});
    const auto rows =
        parse_marks(parse_csv(kHeader + "rebar,03,J10,A1,3\n", "m.csv"), c, judges, registered());
    CHECK(rows.at(0).registration_no == "2019006");
    CHECK(rows.at(0).value == "3");
}

TEST_CASE("an unknown event skips the checks that depend on it but not the judge check") {
    CHECK(refusal([] { marks(kHeader + "瓦工,01,J99,A1,x\n"); }) ==
          "m.csv:2: event: unknown event '瓦工' (known: bricklaying 砌筑工, rebar 钢筋工, tiling "
          "镶贴工, "
          "carpentry 手工木工)\n"
          "m.csv:2: judge: unknown judge J99");
}

TEST_CASE("empty event, workstation, judge and aspect are each reported") {
    CHECK(refusal([] { marks(kHeader + ",,,,5\n"); }) ==
          "m.csv:2: event: must not be empty\n"
          "m.csv:2: workstation: must not be empty\n"
          "m.csv:2: judge: must not be empty\n"
          "m.csv:2: aspect: must not be empty");
}

TEST_CASE("two judges may mark the same aspect; one judge twice may not") {
    CHECK(marks(kHeader + "bricklaying,01,J01,C1,2\nbricklaying,01,J02,C1,3\n").size() == 2);
    CHECK(refusal([] { marks(kHeader + "bricklaying,01,J01,C1,2\nbricklaying,1,J01,c1,3\n"); }) ==
          "m.csv:3: aspect: J01 already marks C1 for workstation 1 on line 2");
}

TEST_CASE("Chinese headers for marks are accepted") {
    const auto rows = marks("赛项,工位号,裁判,检查项目,数值\n钢筋工,01,J02,A1,1.5\n");
    CHECK(rows.at(0).registration_no == "2019004");
    CHECK(rows.at(0).value == "1.5");
}

TEST_CASE("missing marks columns are named on the header line") {
    CHECK(
        refusal([] { marks("event,workstation,judge,aspect\nbricklaying,01,J01,A1\n"); }) ==
        "m.csv:1: value: required column is missing (header may say value, 数值, 测量值 or 评分)");
}

TEST_CASE("workstations, judges and aspects are found however their width and case are typed") {
    const auto rows = marks(kHeader +
                            "bricklaying,０１,ｊ０１,ａ２,11\n"
                            "ＢＲＩＣＫＬＡＹＩＮＧ,1,j01,A1,1;2\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].registration_no == "2019001");
    CHECK(rows[0].judge == "J01");  // as the competition spells it
    CHECK(rows[0].aspect == "A2");
    CHECK(rows[0].workstation == "01");
    CHECK(rows[1].event == "bricklaying");
    CHECK(rows[1].judge == "J01");
    CHECK(refusal([] {
              marks(kHeader +
                    "bricklaying,01,J01,A1,1;2\n"
                    "bricklaying,01\u200B,J01,A2,11\n"
                    "bricklaying,01,J01\u00AD,A2,11\n"
                    "bricklaying,1,j01,a1,1;2\n");
          }) ==
          "m.csv:3: workstation: '01<U+200B>' contains an invisible or control character "
          "(shown here as <U+...>); type it again without it\n"
          "m.csv:4: judge: 'J01<U+00AD>' contains an invisible or control character (shown "
          "here as <U+...>); type it again without it\n"
          "m.csv:5: aspect: J01 already marks A1 for workstation 1 on line 2");
}
