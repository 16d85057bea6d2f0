// An event's book read from the log (four fields per mark, in place) scores exactly as one
// built entry by entry from the whole entries.
#include <doctest/doctest.h>

#include "acting.h"

#include <cstdlib>
#include <filesystem>

#include "services/demo.h"

using namespace plumb;
using namespace plumb::test;
namespace fs = std::filesystem;

TEST_CASE("a book loaded from the log scores and ranks as one built from whole entries") {
    char tmpl[] = "/tmp/plumb-book-XXXXXX";
    const fs::path dir = mkdtemp(tmpl);
    {
        CompetitionSession s = create_demo(dir / "demo.plumb", DemoOptions{40, 5, true});
        for (const Event& ev : s.competition().events) {
            EventBook loaded = s.book(ev.code);
            EventBook built(ev, s.competition().precision, s.contestants());
            for (const MarkEntry& e : s.store().marks()) built.apply(e);  // other events ignored
            for (const TheoryEntry& e : s.store().theory()) built.apply(e);
            for (const TimingEntry& e : s.store().timings()) built.apply(e);
            const RankTable a = loaded.rank(), b = built.rank();
            REQUIRE(loaded.contestants().size() == built.contestants().size());
            for (std::size_t i = 0; i < loaded.contestants().size(); ++i) {
                const SheetResult& x = loaded.sheet(static_cast<int>(i));
                const SheetResult& y = built.sheet(static_cast<int>(i));
                CHECK(x.status == y.status);
                CHECK(x.total == y.total);
                CHECK(x.running_total == y.running_total);
                CHECK(x.issues.size() == y.issues.size());
            }
            REQUIRE(a.rows.size() == b.rows.size());
            for (std::size_t i = 0; i < a.rows.size(); ++i) {
                CHECK(a.rows[i].contestant == b.rows[i].contestant);
                CHECK(a.rows[i].rank == b.rows[i].rank);
            }
        }
    }
    fs::remove_all(dir);
}
