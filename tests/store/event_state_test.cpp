// Events' states have a typed home: set through a change, audited, verified, and migrated from
// the settings rows that held them before schema 3.
#include <doctest/doctest.h>

#include "store_fixture.h"

using namespace plumb;
using namespace plumb::test;

TEST_CASE("an event is open, revision 1, with no chief judge until its state is set") {
    Store s = Store::in_memory();
    const EventState e = s.event_state("bricklaying");
    CHECK(e.event == "bricklaying");
    CHECK_FALSE(e.locked);
    CHECK_FALSE(e.revealed);
    CHECK(e.revision == 1);
    CHECK(e.chief_judge.empty());
    CHECK(s.event_states().empty());
}

TEST_CASE("a state change is one audit record naming what changed, and verifies") {
    Store s = Store::in_memory();
    EventState e("bricklaying");
    e.chief_judge = "J02";
    {
        Change c = s.begin(organiser("J02 named"));
        c.set_event_state(e);
        c.commit();
    }
    e.locked = true;
    {
        Change c = s.begin(organiser("all sheets signed"));
        c.set_event_state(e);
        c.commit();
    }
    CHECK(s.event_state("bricklaying").locked);
    CHECK(s.event_state("bricklaying").chief_judge == "J02");
    const auto log = s.audit_records({"event.state"});
    REQUIRE(log.size() == 2);
    CHECK(log.back().subject == "bricklaying");
    CHECK(log.back().payload ==
          "event=bricklaying\nlocked=1\nrevealed=0\nrevision=1\nchief_judge=J02\n"
          "double_entry=0\nold.locked=0\nreason=all sheets signed\n");
    CHECK_AUDIT_CLEAN(s);
}

TEST_CASE("a state that reveals an unlocked event or has revision 0 is refused") {
    Store s = Store::in_memory();
    EventState e("rebar");
    e.revealed = true;
    Change c = s.begin(organiser());
    CHECK_THROWS_WITH_AS(c.set_event_state(e),
                         doctest::Contains("revealed only once locked"), StoreError);
    e.locked = true;
    e.revision = 0;
    CHECK_THROWS_AS(c.set_event_state(e), StoreError);
}

TEST_CASE("an event_state row changed behind Plumbline's back is found by verify") {
    TempDir dir;
    const std::string path = dir.file("state.plumb");
    {
        Store s = Store::create(path);
        Change c = s.begin(organiser("locked"));
        EventState e("tiling");
        e.locked = true;
        c.set_event_state(e);
        c.commit();
    }
    REQUIRE(sqlite_cli(path, "UPDATE event_state SET locked = 0 WHERE event = 'tiling';").empty());
    const Store s = Store::open(path);
    const auto problems = s.verify_audit();
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().table == "event_state");
    CHECK(problems.front().reason.find("locked differs") != std::string::npos);
}

TEST_CASE("a schema 2 file's lock, reveal, revision, chief and double-entry settings move to "
          "event_state on open, audited") {
    TempDir dir;
    const std::string path = dir.file("v2.plumb");
    {
        Store s = Store::create(path);
        Change c = s.begin(organiser("set up under schema 2"));
        c.set_setting("chief:bricklaying", "J02");
        c.set_setting("lock:bricklaying", "locked");
        c.set_setting("revealed:bricklaying", "1");
        c.set_setting("revision:bricklaying", "3");
        c.set_setting("double_entry:rebar", "on");
        c.set_setting("chief:tiling", "J05");
        c.commit();
    }
    REQUIRE(sqlite_cli(path, "DROP TABLE event_state; PRAGMA user_version = 2;").empty());
    Store s = Store::open(path);
    CHECK(s.schema_version() == 3);
    const EventState b = s.event_state("bricklaying");
    CHECK(b.locked);
    CHECK(b.revealed);
    CHECK(b.revision == 3);
    CHECK(b.chief_judge == "J02");
    CHECK_FALSE(b.double_entry);
    CHECK(s.event_state("rebar").double_entry);
    CHECK_FALSE(s.event_state("rebar").locked);
    CHECK(s.event_state("tiling").chief_judge == "J05");
    CHECK(s.audit_records({"event.state"}).size() == 3);
    CHECK_AUDIT_CLEAN(s);
}
