// Ranking: tie-breaks, shared places, flagged ties, awards by counts and percent, titles.
#include <doctest/doctest.h>

#include "core/ranking.h"
#include "fixtures.h"

using namespace plumb;
using namespace plumb::test;

namespace {

SheetResult done(const char* total, const char* practical = "70", const char* theory = "70",
                 std::int64_t minutes = 100) {
    SheetResult s;
    s.status = RowStatus::Complete;
    s.total = D(total);
    s.practical = D(practical);
    s.theory = D(theory);
    s.seconds = minutes * 60;
    s.criterion_marks = {D("0")};
    return s;
}

std::vector<std::optional<int>> ranks(const RankTable& t) {
    std::vector<std::optional<int>> out;
    for (const auto& r : t.rows) out.push_back(r.rank);
    return out;
}
std::vector<int> order(const RankTable& t) {
    std::vector<int> out;
    for (const auto& r : t.rows) out.push_back(r.contestant);
    return out;
}
std::vector<std::string> awards(const RankTable& t) {
    std::vector<std::string> out;
    for (const auto& r : t.rows) out.push_back(to_string(r.award));
    return out;
}

}  // namespace

TEST_CASE("higher total ranks first; unranked listed after in registration order") {
    Event e = small_event();
    SheetResult absent;
    absent.status = RowStatus::Absent;
    const RankTable t = rank_event(e, {done("70"), absent, done("90"), done("80")});
    CHECK(order(t) == std::vector<int>{2, 3, 0, 1});
    CHECK(ranks(t) == std::vector<std::optional<int>>{1, 2, 3, std::nullopt});
    CHECK(t.ranked == 3);
}

TEST_CASE("equal totals: shared place 1, 1, 3 without tie-breaks") {
    Event e = small_event();
    e.tie_breaks.clear();
    const RankTable t = rank_event(e, {done("90"), done("90"), done("80")});
    CHECK(ranks(t) == std::vector<std::optional<int>>{1, 1, 3});
    CHECK(t.rows[0].tie);
    CHECK(t.rows[1].tie);
    CHECK_FALSE(t.rows[2].tie);
}

TEST_CASE("tie broken by time: fewer minutes first") {
    Event e = small_event();
    e.tie_breaks = {*TieBreak::parse("time")};
    const RankTable t = rank_event(e, {done("90", "70", "70", 120), done("90", "70", "70", 110)});
    CHECK(order(t) == std::vector<int>{1, 0});
    CHECK(ranks(t) == std::vector<std::optional<int>>{1, 2});
    CHECK_FALSE(t.rows[0].tie);
}

TEST_CASE("tie broken by practical, then theory") {
    Event e = small_event();
    e.tie_breaks = {*TieBreak::parse("time"), *TieBreak::parse("practical"),
                    *TieBreak::parse("theory")};
    // same total and time; contestant 1 has the higher practical
    RankTable t = rank_event(e, {done("85", "80", "90"), done("85", "82", "85")});
    CHECK(order(t) == std::vector<int>{1, 0});
    // same practical too: theory decides
    t = rank_event(e, {done("85", "80", "88"), done("85", "80", "90")});
    CHECK(order(t) == std::vector<int>{1, 0});
}

TEST_CASE("tie broken by a criterion's marks") {
    Event e = small_event();
    e.tie_breaks = {*TieBreak::parse("criterion:A")};
    SheetResult a = done("85"), b = done("85");
    a.criterion_marks = {D("30")};
    b.criterion_marks = {D("31.5")};
    const RankTable t = rank_event(e, {a, b});
    CHECK(order(t) == std::vector<int>{1, 0});
}

TEST_CASE("without shared places a remaining tie keeps registration order and is flagged") {
    Event e = small_event();
    e.tie_breaks.clear();
    e.shared_places = false;
    const RankTable t = rank_event(e, {done("80"), done("90"), done("90")});
    CHECK(order(t) == std::vector<int>{1, 2, 0});
    CHECK(ranks(t) == std::vector<std::optional<int>>{1, 2, 3});
    CHECK(t.rows[0].tie);
    CHECK(t.rows[1].tie);
    CHECK_FALSE(t.rows[2].tie);
}

TEST_CASE("awards by counts: 1 first, 2 second, 3 third, 4 merit") {
    Event e = small_event();
    e.tie_breaks.clear();
    e.awards.first = D("1");
    e.awards.second = D("2");
    e.awards.third = D("3");
    e.awards.merit = D("4");
    std::vector<SheetResult> s;
    for (int i = 0; i < 12; ++i) s.push_back(done(std::to_string(95 - i).c_str()));
    const RankTable t = rank_event(e, s);
    CHECK(awards(t) == std::vector<std::string>{"first", "second", "second", "third", "third",
                                                "third", "merit", "merit", "merit", "merit", "",
                                                ""});
}

TEST_CASE("boundary ties: sharing a place across a prize boundary gets the higher prize") {
    Event e = small_event();
    e.tie_breaks.clear();
    e.awards.first = D("1");
    e.awards.second = D("1");
    e.awards.third = D("1");
    // places 1, 2, 2, 4: the two at place 2 straddle the second/third boundary
    const std::vector<SheetResult> s{done("95"), done("90"), done("90"), done("85")};
    RankTable t = rank_event(e, s);
    CHECK(awards(t) == std::vector<std::string>{"first", "second", "second", ""});
    e.awards.boundary_ties = AwardRules::BoundaryTies::Lower;
    t = rank_event(e, s);
    CHECK(awards(t) == std::vector<std::string>{"first", "third", "third", ""});
}

TEST_CASE("nobody below min_total gets a prize") {
    Event e = small_event();
    e.awards.first = D("1");
    e.awards.second = D("2");
    e.awards.min_total = D("60");
    const RankTable t = rank_event(e, {done("75"), done("60"), done("59.99")});
    CHECK(awards(t) == std::vector<std::string>{"first", "second", ""});
}

TEST_CASE("percent quotas are rounded half up and at least 1") {
    AwardRules r;
    r.mode = AwardRules::Mode::Percent;
    r.first = D("5");
    r.second = D("10");
    r.third = D("15");
    r.merit = D("0");
    // 50 ranked: 5% = 2.5 -> 3; 10% = 5; 15% = 7.5 -> 8; 0% -> 0
    PrizeQuotas q = prize_quotas(r, 50);
    CHECK(q.first == 3);
    CHECK(q.second == 5);
    CHECK(q.third == 8);
    CHECK(q.merit == 0);
    // 7 ranked: 5% = 0.35 -> 0 -> at least 1; 10% = 0.7 -> 1; 15% = 1.05 -> 1
    q = prize_quotas(r, 7);
    CHECK(q.first == 1);
    CHECK(q.second == 1);
    CHECK(q.third == 1);
}

TEST_CASE("titles go to the first `top` places with at least their min_total") {
    Event e = small_event();
    e.tie_breaks.clear();
    e.awards.titles = {{"技术能手", 3, D("80"), ""}};
    // places 1, 2, 3, 3, 5; the 3rd-place pair both qualify by place, one is below 80
    const RankTable t = rank_event(e, {done("92"), done("88"), done("81"), done("81"), done("79")});
    CHECK(t.rows[0].titles == std::vector<std::string>{"技术能手"});
    CHECK(t.rows[2].titles == std::vector<std::string>{"技术能手"});
    CHECK(t.rows[3].titles == std::vector<std::string>{"技术能手"});
    CHECK(t.rows[4].titles.empty());
    const RankTable low = rank_event(e, {done("92"), done("79.5")});
    CHECK(low.rows[1].titles.empty());  // second place but under 80
}
