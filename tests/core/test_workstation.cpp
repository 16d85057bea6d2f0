// Workstation labels: one comparison and one order for every list.
#include <doctest/doctest.h>

#include "core/workstation.h"

using namespace plumb;

TEST_CASE("workstations sort in natural order: 9 before 10, A2 before A10") {
    std::vector<std::string> ws{"10", "9", "01", "2", "A10", "A2", "B1", "11"};
    sort_workstations(ws);
    CHECK(ws == std::vector<std::string>{"01", "2", "9", "10", "11", "A2", "A10", "B1"});
}

TEST_CASE("equal numbers with and without leading zeros are the same workstation") {
    CHECK(same_workstation("5", "05"));
    CHECK(same_workstation("000", "0"));
    CHECK_FALSE(same_workstation("A5", "A05"));
    CHECK_FALSE(same_workstation("5", "6"));
    // The order stays total: "5" and "05" are kept apart by their text.
    CHECK(workstation_less("05", "5") != workstation_less("5", "05"));
}

TEST_CASE("a label with more digits after the same prefix comes later") {
    CHECK(workstation_less("A", "A1"));
    CHECK_FALSE(workstation_less("A1", "A"));
    CHECK(workstation_less("1", "1A"));
}
