// One contestant's sheet: aggregation, completeness, conflicts, overtime, practical and total.
#include <doctest/doctest.h>

#include "core/sheet.h"
#include "fixtures.h"

using namespace plumb;
using namespace plumb::test;

namespace {
std::vector<Decimal> scores(std::initializer_list<const char*> s) {
    std::vector<Decimal> out;
    for (const char* t : s) out.push_back(D(t));
    return out;
}
}  // namespace

TEST_CASE("trimmed mean drops one highest and one lowest of five") {
    const Event e = small_event();
    // 1, 2, 2, 3, 3 -> drop 1 and 3 -> 2+2+3 = 7 over 3
    const JudgementScore s = aggregate_scores(e, scores({"3", "1", "2", "3", "2"}));
    CHECK(s.sum == D("7"));
    CHECK(s.count == 3);
}

TEST_CASE("trimmed mean with fewer judges than trim_min_judges is a plain mean") {
    const Event e = small_event();
    const JudgementScore s = aggregate_scores(e, scores({"3", "1", "2", "3"}));
    CHECK(s.sum == D("9"));
    CHECK(s.count == 4);
}

TEST_CASE("median of odd and even counts") {
    Event e = small_event();
    e.aggregation = Aggregation::Median;
    CHECK(aggregate_scores(e, scores({"3", "0", "2"})).sum == D("2"));
    const JudgementScore even = aggregate_scores(e, scores({"3", "0", "2", "1"}));
    CHECK(even.sum == D("3"));  // (1 + 2) / 2
    CHECK(even.count == 2);
}

TEST_CASE("a complete sheet: marks, practical scaled to 100, weighted total") {
    const Event e = small_event();
    const SheetResult s = score_sheet(e, 2, marks_for({"3", "1", "2", "3", "2"}, "1"));
    REQUIRE(s.status == RowStatus::Complete);
    // A1: both points inside -> 10. A2: trimmed 7/3 -> 20*7/(3*3) = 15.5555.. -> 15.56.
    // A3: pass -> 10. A4: 1 violation -> 2 deducted.
    CHECK(*s.aspects[0].mark == D("10"));
    CHECK(*s.aspects[1].mark == D("15.56"));
    CHECK(*s.aspects[1].score == D("2.33"));
    CHECK(*s.aspects[2].mark == D("10"));
    CHECK(*s.aspects[3].mark == D("2"));
    // raw = 10 + 15.56 + 10 - 2 = 33.56; scheme max 40 -> 33.56 * 100 / 40 = 83.9
    CHECK(*s.practical == D("83.9"));
    // total = 0.3 * 80 + 0.7 * 83.9 = 24 + 58.73 = 82.73
    CHECK(*s.total == D("82.73"));
    CHECK(s.flags.size() == 1);  // scores 1..3 spread 2 > limit 1
    CHECK(s.flags[0].aspect == "A2");
}

TEST_CASE("deductions are capped and the practical is floored at 0") {
    Event e = small_event();
    ContestantMarks m = marks_for({"0", "0", "0"}, "9");
    m.by_aspect[0][0].value = values({"9", "9"});  // both outside: 10 - 10 = 0
    m.by_aspect[2][0].value = values({"0"});       // fail
    const SheetResult s = score_sheet(e, 2, m);
    CHECK(*s.aspects[3].mark == D("6"));  // 9 * 2 = 18, capped at 6
    CHECK(*s.practical == D("0"));        // 0 + 0 + 0 - 6 floored at 0
    CHECK(*s.total == D("24"));           // 0.3 * 80
}

TEST_CASE("overtime deducts per started minute and disqualifies past the maximum") {
    const Event e = small_event();
    ContestantMarks m = marks_for({"3", "3", "3"});
    m.seconds = 150 * 60 + 61;  // 1 min 1 s over -> 2 started minutes
    SheetResult s = score_sheet(e, 2, m);
    CHECK(s.overtime_minutes == 2);
    // raw = 10 + 20 + 10 - 0 - 2 = 38 -> 38 * 100 / 40 = 95
    CHECK(*s.practical == D("95"));
    m.seconds = 150 * 60 + 10 * 60;  // exactly 10 minutes over: still allowed
    CHECK(score_sheet(e, 2, m).status == RowStatus::Complete);
    m.seconds = 150 * 60 + 10 * 60 + 1;  // 11 started minutes > 10
    s = score_sheet(e, 2, m);
    CHECK(s.status == RowStatus::Disqualified);
    CHECK(s.status_reason == "overtime 11 min (more than 10)");
    CHECK_FALSE(s.total);
}

TEST_CASE("incomplete: missing mark, conflict, too few judges, missing theory and time") {
    const Event e = small_event();
    ContestantMarks m = marks_for({"3", "2"});
    m.by_aspect[2].clear();
    m.by_aspect[0].push_back({"J02", values({"1", "-1"})});
    m.theory.reset();
    m.seconds.reset();
    const SheetResult s = score_sheet(e, 2, m);
    CHECK(s.status == RowStatus::Incomplete);
    std::vector<std::string> texts;
    for (const auto& i : s.issues) texts.push_back(i.str());
    CHECK(texts == std::vector<std::string>{"A1: conflict (J01=1;-2; J02=1;-1)",
                                            "A2: 2 of 3 judges", "A3: missing", "theory: missing",
                                            "time: missing"});
    CHECK_FALSE(s.total);
    CHECK(s.aspects[0].conflict);
}

TEST_CASE("two judges entering the same measured value is no conflict") {
    const Event e = small_event();
    ContestantMarks m = marks_for({"3", "2", "2"});
    m.by_aspect[0].push_back({"J02", values({"1", "-2"})});
    CHECK(score_sheet(e, 2, m).status == RowStatus::Complete);
}

TEST_CASE("an absent contestant is not scored") {
    const Event e = small_event();
    ContestantMarks m;
    m.by_aspect.resize(4);
    m.status = ContestantStatus::Absent;
    m.status_reason = "did not arrive";
    const SheetResult s = score_sheet(e, 2, m);
    CHECK(s.status == RowStatus::Absent);
    CHECK(s.status_reason == "did not arrive");
    CHECK_FALSE(s.practical);
}

TEST_CASE("practical only event: theory weight 0 needs no theory") {
    Event e = small_event();
    e.theory_weight = D("0");
    e.practical_weight = D("1");
    ContestantMarks m = marks_for({"3", "3", "3"});
    m.theory.reset();
    const SheetResult s = score_sheet(e, 2, m);
    REQUIRE(s.status == RowStatus::Complete);
    CHECK(*s.total == *s.practical);  // 40/40 -> 100
    CHECK(*s.total == D("100"));
}
