// End to end through the services: a whole bricklaying sheet entered mark by mark, checked
// against a result worked out by hand from data/schemes/bricklaying.toml.
#include <doctest/doctest.h>

#include "acting.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "services/check.h"
#include "services/competition_session.h"

using namespace plumb;
using namespace plumb::test;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path dir;
    TempDir() {
        char tmpl[] = "/tmp/plumb-svc-XXXXXX";
        dir = mkdtemp(tmpl);
    }
    ~TempDir() { fs::remove_all(dir); }
};

CompetitionSession contest(const TempDir& t) {
    const Actor organiser{{}, "organiser", {}};
    auto s = CompetitionSession::init(
        t.dir / "c.plumb", fs::path(PLUMB_DATA_DIR) / "demo/zhengyun-cup.toml", organiser);
    import_roster(s, as("organiser"), fs::path(TEST_DATA_DIR) / "cli/roster.csv");
    return s;
}

void enter(CompetitionSession& s, const char* judge, const char* aspect, const char* value) {
    const auto e = enter_mark(s, as(judge), MarkRequest{"bricklaying", "01", judge, aspect, value, {}, {}});
    REQUIRE(e.entry.has_value());
}

}  // namespace

TEST_CASE("a full bricklaying sheet gives the total worked out by hand") {
    TempDir t;
    CompetitionSession s = contest(t);
    enter(s, "J01", "A1", "1494");                     // 1 beyond 1493: 5 - 1           = 4
    enter(s, "J01", "A2", "1008");                     // on target                        = 5
    enter(s, "J01", "A3", "2;6");                      // 6 > 5: one outside, 5 - 2.5      = 2.5
    enter(s, "J02", "A4", "507");                      // 2 beyond 505, ceil(2/2) = 1 step = 4
    enter(s, "J01", "B1", "1;2;3;4");                  //                                  = 10
    enter(s, "J01", "B2", "6;1;7;2");                  // two outside: 10 - 5             = 5
    enter(s, "J01", "B3", "3;8");                      // 8 > 7: 5 - 2.5                   = 2.5
    enter(s, "J01", "B4", "10;10;9;11;13");            // 13 > 12: 5 - 1                   = 4
    enter(s, "J01", "B5", "10;10;10;10;10");           //                                 = 5
    enter(s, "J01", "B6", "90;85;75");                 // 75 < 80: 5 - 2                   = 3
    enter(s, "J01", "B7", "10;25");                    // 25 > 20: 5 - 2.5                 = 2.5
    enter(s, "J01", "C1", "个别通缝（不超过 2 处）");  // 8 - 3             = 5
    enter(s, "J01", "C2", "pass");                     //                                  = 4
    // C3 (max 8): 3, 2.5, 2, 2, 1 -> drop 3 and 1 -> 6.5 / 3 -> 8 * 6.5 / 9 = 5.777.. = 5.78
    const char* c3[] = {"3", "2.5", "2", "2", "1"};
    // C4 (max 6): all 2 -> 6 * 2 / 3 = 4;  C5 (max 4, whole levels): 3,3,2,3,3 -> 3 -> 4
    const char* c5[] = {"3", "3", "2", "3", "3"};
    const char* judges[] = {"J01", "J02", "J03", "J04", "J05"};
    for (int j = 0; j < 5; ++j) {
        enter(s, judges[j], "C3", c3[j]);
        enter(s, judges[j], "C4", "2");
        enter(s, judges[j], "C5", c5[j]);
    }
    enter(s, "J01", "D1", "fail");  //                                  = 0
    enter(s, "J01", "D2", "1");     // one violation: 2 deducted

    std::ofstream(t.dir / "timing.csv") << "event,workstation,minutes\nbricklaying,01,152.5\n";
    std::ofstream(t.dir / "theory.csv") << "registration_no,score\nZY001,80.15\n";
    import_timing(s, as("organiser"), t.dir / "timing.csv");
    import_theory(s, as("organiser"), t.dir / "theory.csv");

    // Marks: A 15.5 + B 32 + C (5 + 4 + 5.78 + 4 + 4) 22.78 + D1 0 = 70.28; less D2 2 = 68.28;
    // 152.5 min is 2.5 over 150 -> 3 started minutes -> 3 deducted -> practical 65.28.
    // Total = 0.3 * 80.15 + 0.7 * 65.28 = 24.045 + 45.696 = 69.741 -> 69.74.
    const EventResults r = s.results("bricklaying");
    const auto row = std::find_if(r.rows.begin(), r.rows.end(),
                                  [](const ResultRow& x) { return x.registration_no == "ZY001"; });
    REQUIRE(row != r.rows.end());
    CHECK(row->status == "complete");
    CHECK(*row->practical == *Decimal::parse("65.28"));
    CHECK(*row->total == *Decimal::parse("69.74"));
    CHECK(row->rank == 1);
    CHECK(row->award == "first");  // 69.74 is above the 60 needed for a prize
    CHECK(row->titles.empty());    // 技术能手 needs 80
    CHECK(row->flags == std::vector<std::string>{"C3: scores 1 to 3"});

    // The chief judge's check lists the spread flag and the two other contestants' gaps.
    const CheckReport check = check_competition(s, as("organiser"), "bricklaying");
    REQUIRE(check.events.size() == 1);
    CHECK(check.events[0].complete == 1);
    CHECK(check.events[0].incomplete == 2);
    CHECK(check.healthy());
}

TEST_CASE("a correction is appended with its reason and the old entry stays") {
    TempDir t;
    CompetitionSession s = contest(t);
    enter(s, "J01", "A1", "1494");
    CHECK_THROWS_WITH_AS(
        enter_mark(s, as("J01"), MarkRequest{"bricklaying", "01", "J01", "A1", "1490", {}, {}}),
        "A1 at workstation 01 already has 1494 from J01: a correction needs a reason", ActionError);
    CHECK(enter_mark(s, as("J01"), MarkRequest{"bricklaying", "01", "J01", "A1", "1494", {}, {}})
              .result == MarkResult::Unchanged);
    REQUIRE(enter_mark(s, as("J01"), MarkRequest{"bricklaying", "01", "J01", "A1", "1490", "read the wrong end", {}}).entry.has_value());
    const auto marks = s.store().marks("bricklaying");
    REQUIRE(marks.size() == 2);
    CHECK(marks[0].value == "1494");
    CHECK(marks[1].value == "1490");
    CHECK(marks[1].reason == "read the wrong end");
    EventBook book = s.book("bricklaying");
    CHECK(*book.sheet(book.find("ZY001")).aspects[0].mark == *Decimal::parse("5"));
}

TEST_CASE("two judges disagreeing on a measurement make a conflict until one corrects") {
    TempDir t;
    CompetitionSession s = contest(t);
    enter(s, "J01", "A1", "1494");
    enter(s, "J02", "A1", "1492");
    EventBook book = s.book("bricklaying");
    const SheetResult& sheet = book.sheet(book.find("ZY001"));
    CHECK(sheet.aspects[0].conflict);
    CHECK(sheet.issues.front().str() == "A1: conflict (J01=1494; J02=1492)");
    REQUIRE(enter_mark(s, as("J02"),
                       MarkRequest{"bricklaying", "01", "J02", "A1", "1494", "re-measured", {}})
                .entry.has_value());
    EventBook again = s.book("bricklaying");
    CHECK_FALSE(again.sheet(again.find("ZY001")).aspects[0].conflict);
}
