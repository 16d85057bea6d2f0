// Speed of the hot paths: bulk mark entry in one change, and loading an event's marks.
#include <doctest/doctest.h>

#include <chrono>

#include "store_fixture.h"

using namespace plumb;
using namespace plumb::test;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Enters `count` marks for bricklaying (and a tenth as many for tiling) in one change, then
// loads the bricklaying marks back; reports both times.
void time_marks(int count) {
    TempDir dir;
    Store s = Store::create(dir.file("speed.plumb"));
    add_roster(s, 100);
    {
        Change c = s.begin(organiser());
        c.add_judge(Judge{"T01", "Tiler", "", {"tiling"}});
        c.commit();
    }
    auto started = std::chrono::steady_clock::now();
    {
        Change c = s.begin(organiser("bulk import"));
        for (int i = 0; i < count; ++i) {
            c.add_mark(mark(numbered("J0", i % 3 + 1), numbered("B00", i % 100 + 1),
                            numbered("A", i / 100), "3.5"));
            if (i % 10 == 0) {
                MarkEntry t = mark("T01", "B001", numbered("T", i), "1");
                t.event = "tiling";
                c.add_mark(t);
            }
        }
        c.commit();
    }
    const double entered = seconds_since(started);
    started = std::chrono::steady_clock::now();
    const auto marks = s.marks("bricklaying");
    const double loaded = seconds_since(started);
    CHECK(marks.size() == static_cast<std::size_t>(count));
    CHECK(marks.back().value == "3.5");
    started = std::chrono::steady_clock::now();
    {
        Change c = s.begin(Actor{"", "J01", ""});
        c.add_mark(mark("J01", "B001", "A1", "2", "correction"));
        c.commit();
    }
    const double one = seconds_since(started);
    started = std::chrono::steady_clock::now();
    CHECK(s.verify_audit().empty());
    const double verified = seconds_since(started);
    MESSAGE(count << " marks: entered in " << entered << " s, event loaded in " << loaded
                  << " s, one durable mark in " << one * 1000 << " ms, verified in " << verified
                  << " s");
}

}  // namespace

// Timings are printed for information only; the figures that count come from bench/.
TEST_CASE("20,000 marks are entered, loaded back in order and verified") { time_marks(20000); }
