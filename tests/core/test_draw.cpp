// Drawing lots: reproducible from the seed, a permutation, workstation labels.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "core/draw.h"
#include "fixtures.h"

using namespace plumb;

namespace {
std::vector<Contestant> roster(int n, const std::string& event = "bricklaying") {
    std::vector<Contestant> out;
    for (int i = 0; i < n; ++i) {
        Contestant c;
        c.registration_no = std::string("R").append(std::to_string(100 + i));
        c.event = event;
        out.push_back(c);
    }
    return out;
}
std::vector<std::string> regs(const std::vector<DrawResult>& d) {
    std::vector<std::string> out;
    for (const auto& r : d) out.push_back(r.registration_no);
    return out;
}
}  // namespace

TEST_CASE("the same seed gives the same draw; another seed another") {
    const Event e = plumb::test::small_event();
    const auto a = draw_lots(e, roster(30), 20191018);
    const auto b = draw_lots(e, roster(30), 20191018);
    const auto c = draw_lots(e, roster(30), 20191019);
    CHECK(regs(a) == regs(b));
    CHECK(regs(a) != regs(c));
    const auto drawn = regs(a);
    const std::set<std::string> all(drawn.begin(), drawn.end());
    CHECK(all.size() == 30);
    CHECK(a.front().draw_no == 1);
    CHECK(a.front().workstation == "01");
    CHECK(a.back().workstation == "30");
}

TEST_CASE("only the event's contestants are drawn; withdrawn ones are left out") {
    const Event e = plumb::test::small_event();
    auto people = roster(5);
    auto others = roster(3, "rebar");
    people.insert(people.end(), others.begin(), others.end());
    people[0].status = ContestantStatus::Withdrawn;
    const auto d = draw_lots(e, people, 7);
    CHECK(d.size() == 4);
    CHECK(std::none_of(d.begin(), d.end(),
                       [](const DrawResult& r) { return r.registration_no == "R100"; }));
}

TEST_CASE("workstation labels of the event are handed out in draw order") {
    Event e = plumb::test::small_event();
    e.workstations = {"Q-1", "Q-2", "Q-3"};
    const auto d = draw_lots(e, roster(3), 1);
    CHECK(d[0].workstation == "Q-1");
    CHECK(d[2].workstation == "Q-3");
    CHECK_THROWS_WITH(draw_lots(e, roster(4), 1),
                      "event bricklaying has 3 workstations for 4 contestants");
}
