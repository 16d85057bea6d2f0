// Reading an event's marks for scoring: only the four fields it needs, in log order.
#include <doctest/doctest.h>

#include "store_fixture.h"

using namespace plumb;
using namespace plumb::test;

TEST_CASE("scan_mark_cells gives one event's judge, contestant, aspect and value in log order") {
    TempDir dir;
    Store s = Store::create(dir.file("cells.plumb"));
    add_roster(s, 3);
    {
        Change c = s.begin(organiser());
        c.add_mark(mark("J01", "B002", "A1", "1494"));
        MarkEntry other = mark("J02", "B001", "T1", "2");
        other.event = "tiling";  // another event: not visited
        c.add_mark(other);
        c.add_mark(mark("J03", "B001", "C1", "2.5"));
        c.add_mark(mark("J01", "B002", "A1", "1490", "re-measured"));
        c.commit();
    }
    std::vector<std::string> seen;
    s.scan_mark_cells("bricklaying", [&](const MarkCell& m) {
        seen.push_back(std::string(m.judge) + " " + std::string(m.registration_no) + " " +
                       std::string(m.aspect) + " " + std::string(m.value));
    });
    CHECK(seen ==
          std::vector<std::string>{"J01 B002 A1 1494", "J03 B001 C1 2.5", "J01 B002 A1 1490"});
    int none = 0;
    s.scan_mark_cells("carpentry", [&](const MarkCell&) { ++none; });
    CHECK(none == 0);
}
