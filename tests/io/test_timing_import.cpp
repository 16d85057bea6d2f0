// Timing import: clock times or minutes turned into seconds used, each bad row reported.
#include <doctest/doctest.h>

#include "io/timing_csv.h"
#include "test_csv_fixture.h"

using namespace plumb;
using namespace plumb::test;

namespace {

std::vector<TimingRow> timing(const std::string& text,
                              const std::vector<Contestant>& people = registered()) {
    return parse_timing(parse_csv(text, "t.csv"), demo_competition(), people);
}

std::int64_t seconds_for(const std::string& minutes) {
    return timing("event,workstation,minutes\nbricklaying,01," + minutes + "\n").at(0).seconds;
}

const std::string kTimeSyntax = "(HH:MM, HH:MM:SS or YYYY-MM-DD HH:MM[:SS])";

}  // namespace

TEST_CASE("timing-clock.csv: start and end as HH:MM, HH:MM:SS or date-times") {
    const auto rows =
        parse_timing(data_table("timing-clock.csv"), demo_competition(), registered());
    REQUIRE(rows.size() == 12);
    CHECK(rows[0].line == 2);
    CHECK(rows[0].registration_no == "2019001");
    CHECK(rows[0].seconds == 142 * 60);  // 08:30 -> 10:52
    CHECK(rows[0].start == "08:30");
    CHECK(rows[0].end == "10:52");
    CHECK(rows[1].seconds == 155 * 60 + 30);  // 08:30 -> 11:05:30
    CHECK(rows[2].seconds == 160 * 60);       // 2019-10-18 08:30 -> 11:10
    CHECK(rows[2].start == "2019-10-18 08:30");
    CHECK(rows[6].registration_no == "2019007");
    CHECK(rows[6].seconds == 137 * 60);  // 2019-10-18T13:30:00 -> 15:47:00
    CHECK(rows[11].registration_no == "2019012");
    CHECK(rows[11].seconds == 162 * 60);
}

TEST_CASE("timing-minutes.csv: Chinese headers, scheme names, decimal minutes") {
    const auto rows =
        parse_timing(data_table("timing-minutes.csv"), demo_competition(), registered());
    REQUIRE(rows.size() == 12);
    CHECK(rows[0].registration_no == "2019001");
    CHECK(rows[0].seconds == 142 * 60);
    CHECK(rows[1].seconds == 9330);  // 155.5 minutes
    CHECK(rows[1].start.empty());
    CHECK(rows[9].registration_no == "2019010");
    CHECK(rows[9].seconds == 128 * 60);
}

TEST_CASE("minutes round half up to whole seconds") {
    CHECK(seconds_for("10.0125") == 601);  // 600.75 s
    CHECK(seconds_for("0.025") == 2);      // 1.5 s, half up
    CHECK(seconds_for("0.0075") == 0);     // 0.45 s
    CHECK(seconds_for("0") == 0);
    CHECK(seconds_for("1440") == 86400);
}

TEST_CASE("timing-bad.csv reports every bad row") {
    const CsvTable table = data_table("timing-bad.csv");
    CHECK(refusal([&] { parse_timing(table, demo_competition(), registered()); }) ==
          "timing-bad.csv:3: event: unknown event 'masonry' (known: bricklaying 砌筑工, rebar "
          "钢筋工, "
          "tiling 镶贴工, carpentry 手工木工)\n"
          "timing-bad.csv:4: workstation: no contestant at workstation 07 in bricklaying\n"
          "timing-bad.csv:5: workstation: 1 in bricklaying is also on line 2\n"
          "timing-bad.csv:6: start: '8.30' is not a time " +
              kTimeSyntax +
              "\n"
              "timing-bad.csv:7: end: '24:00' is not a time " +
              kTimeSyntax +
              "\n"
              "timing-bad.csv:8: end: 09:00 is not after start 11:30\n"
              "timing-bad.csv:9: end: give a date with both start and end, or with neither\n"
              "timing-bad.csv:10: end: 2019-10-20 13:30 is more than 24 hours after start "
              "2019-10-18 13:30\n"
              "timing-bad.csv:11: start: must not be empty\n"
              "timing-bad.csv:12: start: '2019-02-30 13:30' is not a time " +
              kTimeSyntax +
              "\n"
              "timing-bad.csv:12: end: '2019-02-30 15:38' is not a time " +
              kTimeSyntax);
}

TEST_CASE("clock times: one-digit hours, slashes in dates, crossing midnight with dates") {
    const auto rows = timing(
        "event,workstation,start,end\n"
        "bricklaying,01,8:05,9:05\n"
        "bricklaying,02,2019/10/18 23:30,2019/10/19 01:10\n"
        "bricklaying,03,2019-10-18T08:00,2019-10-18T08:00:01\n");
    CHECK(rows[0].seconds == 3600);
    CHECK(rows[1].seconds == 100 * 60);
    CHECK(rows[2].seconds == 1);
    CHECK(refusal([] { timing("event,workstation,start,end\nbricklaying,01,23:30,01:10\n"); }) ==
          "t.csv:2: end: 01:10 is not after start 23:30");
    CHECK(refusal([] { timing("event,workstation,start,end\nbricklaying,01,08:30,08:30\n"); }) ==
          "t.csv:2: end: 08:30 is not after start 08:30");
}

TEST_CASE("malformed clock times are refused") {
    for (const char* bad :
         {"8:5", "08:60", "08:30:60", "08:30:5", "0830", "08:30 am", "2019-13-01 08:30",
          "2019-10-18", "2019-10-18X08:30", "19-10-18 08:30"}) {
        CAPTURE(bad);
        CHECK(refusal([&] {
                  timing(std::string("event,workstation,start,end\nbricklaying,01,") + bad +
                         ",23:00\n");
              }) == std::string("t.csv:2: start: '") + bad + "' is not a time " + kTimeSyntax);
    }
}

TEST_CASE("bad minutes are refused") {
    CHECK(refusal([] {
              timing(
                  "event,workstation,minutes\nbricklaying,01,-1\nbricklaying,02,abc\n"
                  "bricklaying,03,1440.5\nrebar,01,\n");
          }) ==
          "t.csv:2: minutes: -1 is negative\n"
          "t.csv:3: minutes: 'abc' is not a number of minutes\n"
          "t.csv:4: minutes: 1440.5 minutes is more than 24 hours\n"
          "t.csv:5: minutes: must not be empty");
}

TEST_CASE("a timing header needs start and end, or minutes, not both") {
    CHECK(refusal([] { timing("event,workstation,start\nbricklaying,01,08:00\n"); }) ==
          "t.csv:1: end: required column is missing (header may say end, 结束时间 or 结束)");
    CHECK(refusal([] {
              timing("event,workstation,start,end,minutes\nbricklaying,01,08:00,09:00,60\n");
          }) == "t.csv:1: minutes: give either start and end or minutes, not both");
}

TEST_CASE("an absent contestant has no time") {
    auto people = registered();
    people[0].status = ContestantStatus::Absent;
    CHECK(refusal([&] { timing("event,workstation,minutes\nbricklaying,01,100\n", people); }) ==
          "t.csv:2: workstation: 2019001 (张建华) at workstation 01 is marked absent");
}

TEST_CASE("timing finds full-width workstations and refuses invisible characters in them") {
    CHECK(timing("event,workstation,minutes\nbricklaying,０２,100\n").at(0).registration_no ==
          "2019002");
    CHECK(refusal([] { timing("event,workstation,minutes\nbricklaying,\uFEFF02,100\n"); }) ==
          "t.csv:2: workstation: '<U+FEFF>02' contains an invisible or control character (shown "
          "here as <U+...>); type it again without it");
}
