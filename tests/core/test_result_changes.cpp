// place_changes: whose place, prize or titles moved between two revisions of an event's results.
#include <doctest/doctest.h>

#include "core/result_changes.h"

using namespace plumb;

namespace {

ResultRow row(const std::string& ws, std::optional<int> rank, const std::string& award,
              std::vector<std::string> titles = {}) {
    ResultRow r;
    r.workstation = ws;
    r.registration_no = "ZY0" + ws;
    r.rank = rank;
    r.award = award;
    r.titles = std::move(titles);
    return r;
}

}  // namespace

TEST_CASE("place_changes names each contestant whose rank, prize or titles moved, in new order") {
    EventResults before, after;
    before.rows = {row("01", 1, "first", {"技术能手"}), row("02", 2, "second"),
                   row("03", 3, "third"), row("04", std::nullopt, "")};
    after.rows = {row("03", 1, "first", {"技术能手"}), row("01", 2, "second"),
                  row("02", 3, "third"), row("04", std::nullopt, "")};
    const auto changes = place_changes(before, after);
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].workstation == "03");
    CHECK(changes[0].rank_before == 3);
    CHECK(changes[0].rank_after == 1);
    CHECK(changes[0].award_before == "third");
    CHECK(changes[0].award_after == "first");
    CHECK(changes[0].titles_before.empty());
    CHECK(changes[0].titles_after == std::vector<std::string>{"技术能手"});
    CHECK(changes[1].workstation == "01");
    CHECK(changes[2].workstation == "02");
}

TEST_CASE("place_changes: the same results, or only a score that moves nobody, change nothing") {
    EventResults before;
    before.rows = {row("01", 1, "first"), row("02", std::nullopt, "")};
    EventResults after = before;
    after.rows[0].total = Decimal::from_int(90);
    CHECK(place_changes(before, after).empty());
    // A title alone is a change (it is printed on the certificate).
    after.rows[0].titles = {"技术状元"};
    REQUIRE(place_changes(before, after).size() == 1);
    CHECK(place_changes(before, after)[0].rank_before ==
          place_changes(before, after)[0].rank_after);
}
