// Marked messages: patterns filled in order, or by position when a translation reorders them.
#include <doctest/doctest.h>

#include "core/translate.h"

using namespace plumb;

TEST_CASE("format fills each %s with the next argument") {
    CHECK(format("%s in %s is also on line %s", {"011", "bricklaying", "2"}) ==
          "011 in bricklaying is also on line 2");
    CHECK(format("100%s sure", {}) == "100%s sure");
}

TEST_CASE("format fills %2$s with the second argument, so a translation may reorder them") {
    CHECK(format("%2$s 没有工位号为 %1$s 的选手", {"07", "bricklaying"}) ==
          "bricklaying 没有工位号为 07 的选手");
    CHECK(format("%1$s 对工位号 %3$s 的 %2$s", {"J01", "B1", "07"}) == "J01 对工位号 07 的 B1");
    CHECK(format("%4$s", {"a"}) == "%4$s");
}
