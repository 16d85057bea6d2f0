// What the console reads about laptops (services/laptops.h), kits read before a laptop's
// database is made, the conflicts list, and what can happen on which kind of database.
#include <doctest/doctest.h>

#include "laptops_fixture.h"
#include "services/conflicts.h"
#include "services/laptops.h"
#include "services/permissions.h"
#include "services/roles.h"
#include "services/seal.h"

using namespace plumb;
using namespace plumb::test;

TEST_CASE("a laptop knows its name, event and judges; a master is no laptop") {
    Scenario s;
    CHECK_FALSE(laptop_identity(*s.master));
    Laptop& l = s.add_laptop("brick 1", "bricklaying", {"J01", "J03"});
    const auto id = laptop_identity(*l.session);
    REQUIRE(id);
    CHECK(id->device_name == "brick 1");
    CHECK(id->event == "bricklaying");
    CHECK(id->master == s.master->store().device_id());
    CHECK(id->judges == std::vector<std::string>{"J01", "J03"});
}

TEST_CASE("the master lists its laptops with their kits' judges and their latest packet") {
    Scenario s;
    Laptop& l1 = s.add_laptop("L1", "bricklaying", {"J01", "J02"});
    s.add_laptop("L2", "rebar");
    auto listed = registered_laptops(*s.master);
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].name == "L1");
    CHECK(listed[0].event == "bricklaying");
    CHECK(listed[0].judges == std::vector<std::string>{"J01", "J02"});
    CHECK(listed[0].packets == 0);
    CHECK(listed[0].latest_packet_at.empty());
    CHECK(listed[1].name == "L2");
    CHECK(listed[1].judges.size() == 5);  // all of rebar's judges when none are named

    s.enter(l1, {"J01"}, 0, 3);
    const std::string packet = l1.packet();
    const auto first = import_packets(*s.master, kOrganiserLogin, files({{"l1.packet", packet}}));
    listed = registered_laptops(*s.master);
    CHECK(listed[0].packets == 1);
    CHECK(listed[0].records == first.at(0).records);
    CHECK_FALSE(listed[0].latest_packet_at.empty());
    CHECK(listed[1].packets == 0);
    // The same packet again adds nothing and is no new packet.
    import_packets(*s.master, kOrganiserLogin, files({{"l1.packet", packet}}));
    CHECK(registered_laptops(*s.master)[0].packets == 1);
}

TEST_CASE("what a packet carries: every mark entry, the latest time, the laptop's seal") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying");
    PacketContents c = packet_contents(*l.session);
    CHECK(c.marks == 0);
    CHECK(c.latest_mark_at.empty());
    s.enter(l, {"J01"}, 0, 4);
    c = packet_contents(*l.session);
    CHECK(c.marks == 4);
    CHECK(c.latest_mark_at == l.session->store().marks().back().entered_at);
    CHECK(c.records == l.session->store().audit_count());
    CHECK(c.seal == audit_seal(l.session->store()));
    CHECK(seal_problem(l.session->store(), c.seal).empty());
}

TEST_CASE("a packet's file name is the laptop's with the time, fit for a USB stick") {
    CHECK(packet_file_name("brick 1", "20191018-1130") == "brick 1-20191018-1130.packet");
    CHECK(packet_file_name("砌筑/1:A", "20191018-1130") == "砌筑_1_A-20191018-1130.packet");
    CHECK(packet_file_name("", "x") == "laptop-x.packet");
}

TEST_CASE("a kit is read with its passphrase before anything is made; a wrong one is refused") {
    Scenario s;
    const KitExport k =
        export_kit(*s.master, kOrganiserLogin, "bricklaying", "L1", s.dir / "L1.kit");
    const KitImport read = read_kit(k.bytes, k.passphrase);
    CHECK(read.device_name == "L1");
    CHECK(read.event == "bricklaying");
    CHECK(read.master_fingerprint == k.master_fingerprint);
    CHECK(read.contestants == k.contestants);
    CHECK_THROWS_WITH_AS(read_kit(k.bytes, "AAAA-BBBB-CCCC-DDDD"),
                         "the judge kit is refused: the passphrase does not open it (type the "
                         "passphrase given with the kit)",
                         ActionError);
    const KitImport made = import_kit(s.dir / "l1.plumb", k.bytes, k.passphrase, kOrganiserActor);
    CHECK(made.master_fingerprint == read.master_fingerprint);
    CHECK(made.device_name == read.device_name);
}

TEST_CASE("conflicts are listed per workstation with each judge's value, until settled") {
    Scenario s;
    Laptop& l1 = s.add_laptop("L1", "bricklaying", {"J01"});
    Laptop& l2 = s.add_laptop("L2", "bricklaying", {"J03"});
    const Contestant c = s.contestants_of("bricklaying").front();
    mark_as(*l1.session, "bricklaying", c.workstation, "J01", "A1", "1493");
    mark_as(*l2.session, "bricklaying", c.workstation, "J03", "A1", "1494");
    import_packets(*s.master, kOrganiserLogin, files({{"l1", l1.packet()}, {"l2", l2.packet()}}));
    EventBook book = s.master->book("bricklaying");
    auto conflicts = measurement_conflicts(book);
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].workstation == c.workstation);
    CHECK(conflicts[0].aspect == "A1");
    CHECK(conflicts[0].values ==
          std::vector<std::pair<std::string, std::string>>{{"J01", "1493"}, {"J03", "1494"}});
    CHECK(resolve_conflict(*s.master, as("J02"), "bricklaying", c.workstation, "A1", "1493",
                           "measured again") == 1);
    EventBook after = s.master->book("bricklaying");
    CHECK(measurement_conflicts(after).empty());
}

TEST_CASE("what can happen here: a laptop has no set-up, results, kits or settling") {
    Scenario s;
    const CompetitionSession& m = *s.master;
    for (Act act : {Act::Draw, Act::ImportMarks, Act::Reveal, Act::ExportKit, Act::Resolve,
                    Act::ImportPackets, Act::SignOff, Act::Reopen, Act::EnterMark})
        CHECK(possible_here(m, act));
    Laptop& l = s.add_laptop("L1", "bricklaying");
    for (Act act : {Act::Draw, Act::ImportMarks, Act::Reveal, Act::ExportKit, Act::Resolve,
                    Act::ImportPackets})
        CHECK_FALSE(possible_here(*l.session, act));
    for (Act act : {Act::SignOff, Act::EnterMark})
        CHECK(possible_here(*l.session, act, "bricklaying"));
    // No chief judge came with the kit (none is named without roles): the master would refuse
    // the laptop's packets after a reopening there.
    CHECK_FALSE(possible_here(*l.session, Act::Reopen, "bricklaying"));
}

TEST_CASE("a laptop reopens sheets only when its kit brought the chief judge") {
    Scenario s;
    set_organiser_password(*s.master, Login{}, "site-office-2019");
    for (const char* j : {"J01", "J02", "J03"})
        set_judge_pin(*s.master, kOrganiserLogin, j, "481516");
    set_chief_judge(*s.master, kOrganiserLogin, "bricklaying", "J02");
    Laptop& without = s.add_laptop("L1", "bricklaying", {"J01", "J03"});
    Laptop& with = s.add_laptop("L2", "bricklaying", {"J01", "J02"});
    CHECK_FALSE(possible_here(*without.session, Act::Reopen, "bricklaying"));
    CHECK(possible_here(*with.session, Act::Reopen, "bricklaying"));
    CHECK(possible_here(*without.session, Act::SignOff, "bricklaying"));
    CHECK(possible_here(*s.master, Act::Reopen, "bricklaying"));
}
