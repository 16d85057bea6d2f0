// Retiring a laptop on the master: lost, broken, or given a kit by mistake. Its packets are
// refused from then on, what it brought before stays, and its kit no longer fixes the draw or
// the workstations.
#include <doctest/doctest.h>

#include <algorithm>

#include "laptops_fixture.h"
#include "services/laptop_retire.h"
#include "services/laptops.h"
#include "services/roster_admin.h"

using namespace plumb;
using namespace plumb::test;

namespace {

const RegisteredLaptop& listed(const std::vector<RegisteredLaptop>& all, const std::string& id) {
    for (const RegisteredLaptop& l : all)
        if (l.device_id == id) return l;
    FAIL("laptop " << id << " is not listed");
    return all.front();
}

}  // namespace

TEST_CASE("a retired laptop's packets are refused; the marks it brought before stay") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying");
    s.enter(l, {"J01"}, 0, 10);
    const std::string first = l.packet();
    import_packets(*s.master, kOrganiserLogin, files({{"first", first}}));
    const auto marks = s.master->store().mark_count();
    REQUIRE(marks == 10);
    s.enter(l, {"J01"}, 10, 5);
    const std::string later = l.packet();

    CHECK_THROWS_WITH_AS(retire_laptop(*s.master, kOrganiserLogin, "L1", "  "),
                         "retiring a laptop needs a reason", ActionError);
    CHECK_THROWS_WITH_AS(retire_laptop(*s.master, kOrganiserLogin, "L7", "lost"),
                         "no laptop named L7 is registered here", ActionError);
    retire_laptop(*s.master, kOrganiserLogin, "L1", "left in the rain on day 1");
    CHECK_THROWS_WITH_AS(retire_laptop(*s.master, kOrganiserLogin, "L1", "again"),
                         "laptop L1 is retired already", ActionError);

    const auto before = state_of(s.master->store());
    try {
        import_packets(*s.master, kOrganiserLogin, files({{"later", later}}));
        FAIL("a retired laptop's packet was taken");
    } catch (const PacketRefused& e) {
        REQUIRE(e.reasons().size() == 1);
        CHECK(e.reasons()[0] ==
              "later: refused: laptop L1 is retired: its packets are no "
              "longer taken");
    }
    CHECK(state_of(s.master->store()) == before);
    // A packet taken before adds nothing, and says so; it does not block the others.
    const auto again = import_packets(*s.master, kOrganiserLogin, files({{"first", first}}));
    CHECK(again.at(0).note == "already imported; nothing to add");
    CHECK(s.master->store().mark_count() == marks);

    const auto retire = s.master->store().audit_records({"kit.retire"});
    REQUIRE(retire.size() == 1);
    CHECK(retire[0].subject == "L1");
    CHECK(retire[0].payload.find("event=bricklaying\n") != std::string::npos);
    const auto shown = registered_laptops(*s.master);
    CHECK_FALSE(listed(shown, l.session->store().device_id()).retired_at.empty());
}

TEST_CASE("a kit made by mistake, once its laptop is retired, fixes no draw or workstation") {
    Scenario s;
    Laptop& wrong = s.add_laptop("L1", "bricklaying", {"J01"});
    Contestant moved = s.contestants_of("bricklaying").front();
    moved.workstation = "99";
    CHECK_THROWS_WITH_AS(update_contestant(*s.master, kOrganiserLogin, moved, "relabelled"),
                         doctest::Contains("cannot change now"), ActionError);
    CHECK_THROWS_WITH_AS(draw(*s.master, kOrganiserLogin, "bricklaying", 7),
                         doctest::Contains("judge kits were made for"), ActionError);
    CHECK_THROWS_WITH_AS(s.add_laptop("L1", "bricklaying"),
                         doctest::Contains("a device named 'L1' is already registered"),
                         ActionError);

    retire_laptop(*s.master, kOrganiserLogin, "L1", "made for the wrong judges");
    CHECK(update_contestant(*s.master, kOrganiserLogin, moved, "relabelled"));
    CHECK_FALSE(draw(*s.master, kOrganiserLogin, "bricklaying", 7).empty());

    // A name is given once; the new laptop is another device, and its packets are taken.
    CHECK_THROWS_WITH_AS(s.add_laptop("L1", "bricklaying"),
                         "laptop 'L1' was retired and its name stays its own; give the new "
                         "laptop another name, such as \"L1 (2)\"",
                         ActionError);
    Laptop& right = s.add_laptop("L1 (2)", "bricklaying", {"J01", "J02"});
    CHECK(right.session->store().device_id() != wrong.session->store().device_id());
    // Where the new draw put them.
    const std::vector<Contestant> all = s.master->contestants();
    const Contestant first = *std::find_if(all.begin(), all.end(), [](const Contestant& c) {
        return c.event == "bricklaying" && !c.workstation.empty();
    });
    mark_as(*right.session, "bricklaying", first.workstation, "J02", "C3", "2");
    const auto taken = import_packets(*s.master, kOrganiserLogin, files({{"p", right.packet()}}));
    CHECK(taken.at(0).entries == 1);
    CHECK(s.master->store().current_mark("J02", first.registration_no, "C3") == "2");
    // The retired one's stays refused, under the same name.
    CHECK_THROWS_AS(import_packets(*s.master, kOrganiserLogin, files({{"w", wrong.packet()}})),
                    PacketRefused);
}

TEST_CASE("only the organiser retires a laptop, and only on the master") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "rebar");
    CHECK_THROWS_WITH_AS(retire_laptop(*l.session, kOrganiserLogin, "L1", "lost"),
                         doctest::Contains("this is a judge's laptop"), ActionError);
    CHECK_FALSE(retired_at(s.master->store(), l.session->store().device_id()));
}
