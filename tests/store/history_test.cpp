// Append-only history: corrections add entries, changes land whole or not at all.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <set>
#include <string>

#include "store_fixture.h"

using namespace plumb;
using plumb::test::add_roster;
using plumb::test::mark;
using plumb::test::numbered;
using plumb::test::organiser;

TEST_CASE("a correction adds an entry and both entries remain in order") {
    Store s = Store::in_memory();
    add_roster(s);
    {
        Change c = s.begin(Actor{"", "J01", ""});
        c.add_mark(mark("J01", "B001", "A1", "3"));
        c.commit();
    }
    {
        Change c = s.begin(Actor{"", "J01", ""});
        c.add_mark(mark("J01", "B001", "A1", "2", "misread the level"));
        c.commit();
    }
    const auto marks = s.marks();
    REQUIRE(marks.size() == 2);
    CHECK(marks[0].value == "3");
    CHECK(marks[0].reason.empty());
    CHECK(marks[1].value == "2");
    CHECK(marks[1].reason == "misread the level");
    CHECK(marks[0].uuid != marks[1].uuid);
    CHECK(s.mark_count() == 2);
    CHECK_AUDIT_CLEAN(s);
}

TEST_CASE("entries get a uuid, the device, the time and the actor's reason when not given") {
    Store s = Store::in_memory();
    add_roster(s);
    Change c = s.begin(Actor{"", "J02", "entered from the paper sheet"});
    c.add_mark(mark("J02", "B002", "A1", "1.5"));
    MarkEntry given = mark("J02", "B002", "A2", "pass", "own reason");
    given.uuid = "11111111-2222-4333-8444-555555555555";
    given.device = "laptop-2";
    given.entered_at = "2019-10-18T09:31:05.123Z";
    c.add_mark(given);
    c.commit();

    const auto marks = s.marks();
    REQUIRE(marks.size() == 2);
    CHECK(marks[0].uuid.size() == 36);
    CHECK(marks[0].device == s.device_id());
    CHECK(marks[0].entered_at.size() == 24);
    CHECK(marks[0].reason == "entered from the paper sheet");
    CHECK(marks[1].uuid == given.uuid);
    CHECK(marks[1].device == "laptop-2");
    CHECK(marks[1].entered_at == given.entered_at);
    CHECK(marks[1].reason == "own reason");

    const auto log = s.audit_log();
    CHECK(log.back().actor == "J02");
    CHECK(log.back().action == "mark");
    CHECK(log.back().subject == "B002");
    CHECK(log.back().payload.find("value=pass\n") != std::string::npos);
    CHECK(log.back().payload.find("uuid=" + given.uuid + "\n") != std::string::npos);
}

TEST_CASE("new uuids are version 7: the clock's milliseconds first, then random bits") {
    using namespace std::chrono;
    const auto now_ms = [] {
        return static_cast<std::uint64_t>(
            duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
    };
    const std::uint64_t before = now_ms();
    std::set<std::string> all, tails;
    std::string previous;
    for (int i = 0; i < 2000; ++i) {
        const std::string u = new_uuid();
        REQUIRE(u.size() == 36);
        CHECK(u[8] == '-');
        CHECK(u[13] == '-');
        CHECK(u[14] == '7');  // version
        CHECK(std::string("89ab").find(u[19]) != std::string::npos);  // RFC 9562 variant
        const std::uint64_t ms = std::stoull(u.substr(0, 8) + u.substr(9, 4), nullptr, 16);
        CHECK(ms >= before);
        CHECK(ms <= now_ms());
        // Time-ordered: a later uuid never sorts before an earlier one of another millisecond.
        if (!previous.empty() && u.substr(0, 13) != previous.substr(0, 13)) CHECK(u > previous);
        previous = u;
        all.insert(u);
        tails.insert(u.substr(28));  // what appeal ids are made of
    }
    CHECK(all.size() == 2000);
    CHECK(tails.size() >= 1999);
}

TEST_CASE("a device's uuids name it: version 8, tagged for that device and no other") {
    const std::string laptop = "01a24b1e-3e68-7071-b416-c8c56c6565cb";
    const std::string other = "01a24b1e-40c6-7bf2-bfb1-c99c846199eb";
    std::set<std::string> all;
    int claimed_by_other = 0;
    for (int i = 0; i < 2000; ++i) {
        const std::string u = new_uuid(laptop);
        REQUIRE(u.size() == 36);
        CHECK(u[14] == '8');                                          // version
        CHECK(std::string("89ab").find(u[19]) != std::string::npos);  // RFC 9562 variant
        CHECK(uuid_made_by(u, laptop));
        claimed_by_other += uuid_made_by(u, other);
        all.insert(u);
    }
    CHECK(all.size() == 2000);
    CHECK(claimed_by_other == 0);  // a 32-bit tag: one in four billion would pass
    // One changed digit of the random part or of the tag, and it is no longer the laptop's.
    const std::string u = new_uuid(laptop);
    for (std::size_t at : {std::size_t{20}, std::size_t{35}}) {
        std::string changed = u;
        changed[at] = changed[at] == '0' ? '1' : '0';
        CHECK_FALSE(uuid_made_by(changed, laptop));
    }
    // Uuids of other forms (earlier Plumblines wrote versions 4 and 7) claim no device.
    CHECK(uuid_made_by(new_uuid(), other));
    CHECK(uuid_made_by("11111111-2222-4333-8444-555555555555", other));
    CHECK(uuid_made_by("not a uuid", other));
}

TEST_CASE("the same entry is never logged twice") {
    Store s = Store::in_memory();
    add_roster(s);
    Change c = s.begin(organiser());
    MarkEntry e = mark("J01", "B001", "A1", "3");
    e.uuid = "11111111-2222-4333-8444-555555555555";
    c.add_mark(e);
    CHECK_THROWS_WITH_AS(c.add_mark(e), doctest::Contains("already in mark_log"), StoreError);
    c.commit();
    CHECK(s.mark_count() == 1);
    CHECK_AUDIT_CLEAN(s);
}

TEST_CASE("a change that is not committed leaves nothing behind") {
    Store s = Store::in_memory();
    add_roster(s);
    const auto audit_before = s.audit_log().size();
    {
        Change c = s.begin(Actor{"", "J01", ""});
        c.add_mark(mark("J01", "B001", "A1", "3"));
        c.add_status(StatusEntry{"", "", "B002", ContestantStatus::Absent, "", "not present"});
        c.set_setting("precision", "2");
    }
    CHECK(s.mark_count() == 0);
    CHECK(s.statuses().empty());
    CHECK_FALSE(s.setting("precision"));
    CHECK(s.audit_log().size() == audit_before);
    // The store is free for the next change.
    Change next = s.begin(organiser());
    next.add_mark(mark("J01", "B001", "A1", "3"));
    next.commit();
    CHECK(s.mark_count() == 1);
    CHECK_AUDIT_CLEAN(s);
}

TEST_CASE("a failed write inside a change undoes only itself") {
    Store s = Store::in_memory();
    add_roster(s);
    Change c = s.begin(organiser());
    c.add_mark(mark("J01", "B001", "A1", "3"));
    CHECK_THROWS_WITH_AS(c.add_mark(mark("J01", "B999", "A1", "3")),
                         doctest::Contains("no contestant with registration number B999"),
                         StoreError);
    CHECK_THROWS_WITH_AS(c.add_mark(mark("J77", "B001", "A1", "3")),
                         doctest::Contains("no judge with code J77"), StoreError);
    CHECK_THROWS_AS(c.add_mark(mark("J01", "B001", "", "3")), StoreError);
    c.add_mark(mark("J02", "B001", "A1", "3"));
    c.commit();
    CHECK(s.mark_count() == 2);
    CHECK_AUDIT_CLEAN(s);
}

TEST_CASE("one change at a time, committed once") {
    Store s = Store::in_memory();
    Change c = s.begin(organiser());
    CHECK_THROWS_WITH_AS(s.begin(organiser()), doctest::Contains("another change"), StoreError);
    c.commit();
    CHECK_THROWS_AS(c.commit(), StoreError);
    CHECK_THROWS_AS(c.set_setting("a", "b"), StoreError);
    CHECK_THROWS_WITH_AS(s.begin(Actor{}), doctest::Contains("who"), StoreError);
    Change moved = s.begin(organiser());
    Change taker = std::move(moved);
    taker.set_setting("a", "b");
    taker.commit();
    CHECK(s.setting("a") == "b");
}

TEST_CASE("marks of one event come back in log order") {
    Store s = Store::in_memory();
    add_roster(s);
    {
        Change c = s.begin(organiser());
        c.add_judge(Judge{"T01", "Tiler", "Unit", {"tiling"}});
        Contestant t;
        t.registration_no = "T001";
        t.name = "Tiler one";
        t.event = "tiling";
        c.add_contestant(t);
        c.commit();
    }
    Change c = s.begin(organiser());
    for (int i = 0; i < 10; ++i) {
        c.add_mark(mark("J01", "B001", numbered("A", i), std::to_string(i)));
        MarkEntry t = mark("T01", "T001", numbered("C", i), std::to_string(i));
        t.event = "tiling";
        c.add_mark(t);
    }
    c.commit();
    const auto bricks = s.marks("bricklaying");
    const auto tiles = s.marks("tiling");
    REQUIRE(bricks.size() == 10);
    REQUIRE(tiles.size() == 10);
    for (int i = 0; i < 10; ++i) {
        CHECK(bricks[static_cast<std::size_t>(i)].aspect == numbered("A", i));
        CHECK(tiles[static_cast<std::size_t>(i)].aspect == numbered("C", i));
    }
    CHECK(s.marks("carpentry").empty());
    CHECK(s.marks().size() == 20);
}

TEST_CASE("contestants come back in registration order with their latest status") {
    Store s = Store::in_memory();
    add_roster(s, 4);
    {
        Change c = s.begin(organiser());
        c.add_status(StatusEntry{"", "", "B002", ContestantStatus::Absent, "", "not present"});
        c.add_status(StatusEntry{"", "", "B002", ContestantStatus::Active, "", "arrived late"});
        c.add_status(
            StatusEntry{"", "", "B003", ContestantStatus::Disqualified, "", "11 minutes over"});
        c.commit();
    }
    const auto roster = s.contestants();
    REQUIRE(roster.size() == 4);
    CHECK(roster[0].registration_no == "B001");
    CHECK(roster[3].registration_no == "B004");
    CHECK(roster[0].status == ContestantStatus::Active);
    CHECK(roster[0].status_reason.empty());
    CHECK(roster[1].status == ContestantStatus::Active);
    CHECK(roster[1].status_reason == "arrived late");
    CHECK(roster[2].status == ContestantStatus::Disqualified);
    CHECK(roster[2].status_reason == "11 minutes over");
    CHECK(s.statuses().size() == 3);
}

TEST_CASE("updating a contestant keeps the old values in the audit log") {
    Store s = Store::in_memory();
    add_roster(s, 2);
    Contestant c = s.contestants()[1];
    c.workstation = "W07";
    c.draw_no = 7;
    {
        Change ch = s.begin(organiser("draw with seed 42"));
        ch.update_contestant(c);
        ch.commit();
    }
    const Contestant back = s.contestants()[1];
    CHECK(back.workstation == "W07");
    CHECK(back.draw_no == 7);
    CHECK(s.contestants()[0].registration_no == "B001");  // order kept
    const AuditRecord last = s.audit_log().back();
    CHECK(last.action == "contestant.update");
    CHECK(last.subject == "B002");
    CHECK(last.payload.find("workstation=W07\n") != std::string::npos);
    CHECK(last.payload.find("old.workstation=\n") != std::string::npos);
    CHECK(last.payload.find("old.draw_no=\n") != std::string::npos);
    CHECK(last.payload.find("old.name=") == std::string::npos);
    CHECK(last.payload.find("reason=draw with seed 42\n") != std::string::npos);
    CHECK_AUDIT_CLEAN(s);

    Contestant ghost;
    ghost.registration_no = "B999";
    Change ch = s.begin(organiser());
    CHECK_THROWS_AS(ch.update_contestant(ghost), StoreError);
}

TEST_CASE("registration numbers and ID numbers are unique") {
    Store s = Store::in_memory();
    Change c = s.begin(organiser());
    Contestant a;
    a.registration_no = "R1";
    a.name = "A";
    a.id_number = "11010519491231002X";
    c.add_contestant(a);
    CHECK_THROWS_WITH_AS(c.add_contestant(a), doctest::Contains("already registered"), StoreError);
    Contestant b = a;
    b.registration_no = "R2";
    CHECK_THROWS_WITH_AS(c.add_contestant(b), doctest::Contains("registered to contestant R1"),
                         StoreError);
    b.id_number.clear();
    c.add_contestant(b);
    Contestant d = b;
    d.registration_no = "R3";
    c.add_contestant(d);  // two empty ID numbers do not clash
    c.commit();
    CHECK(s.contestants().size() == 3);
    CHECK(s.contestants()[1].id_number.empty());
}

TEST_CASE("judges keep their events; saving a judge again replaces them") {
    Store s = Store::in_memory();
    {
        Change c = s.begin(organiser());
        c.add_judge(Judge{"J01", "王建国", "焦作建工", {"bricklaying", "tiling"}});
        c.add_judge(Judge{"J02", "李明", "", {"rebar"}});
        c.commit();
    }
    {
        Change c = s.begin(organiser("J01 moved to carpentry"));
        c.add_judge(Judge{"J01", "王建国", "焦作建工", {"carpentry"}});
        c.commit();
    }
    const auto judges = s.judges();
    REQUIRE(judges.size() == 2);
    CHECK(judges[0].code == "J01");
    CHECK(judges[0].name == "王建国");
    CHECK(judges[0].events == std::vector<std::string>{"carpentry"});
    CHECK(judges[1].events == std::vector<std::string>{"rebar"});
    const AuditRecord last = s.audit_log().back();
    CHECK(last.payload.find("old.event=bricklaying\nold.event=tiling\n") != std::string::npos);
    CHECK_AUDIT_CLEAN(s);
}

TEST_CASE("theory scores, times and statuses are logged like marks") {
    Store s = Store::in_memory();
    add_roster(s, 2);
    Change c = s.begin(organiser());
    c.add_theory(TheoryEntry{"", "", "B001", *Decimal::parse("80.15"), "", ""});
    c.add_timing(TimingEntry{"", "", "B001", 8940, "08:00", "10:29", "", ""});
    c.add_timing(TimingEntry{"", "", "B002", 9000, "", "", "", "timed by stopwatch"});
    c.commit();
    REQUIRE(s.theory().size() == 1);
    CHECK(s.theory()[0].score == *Decimal::parse("80.15"));
    REQUIRE(s.timings().size() == 2);
    CHECK(s.timings()[0].seconds == 8940);
    CHECK(s.timings()[0].start == "08:00");
    CHECK(s.timings()[0].end == "10:29");
    CHECK(s.timings()[1].reason == "timed by stopwatch");
    CHECK_AUDIT_CLEAN(s);
}

TEST_CASE("settings and sources are kept, and every change of them is audited") {
    Store s = Store::in_memory();
    {
        Change c = s.begin(organiser());
        c.set_setting("precision", "2");
        c.set_setting("precision", "3");
        CHECK_THROWS_AS(c.set_setting("device", "other"), StoreError);
        c.audit("draw", "bricklaying", "seed=42");
        CHECK_THROWS_AS(c.audit("mark", "B001", "value=9"), StoreError);
        c.commit();
    }
    CHECK(s.setting("precision") == "3");
    CHECK_FALSE(s.setting("nothing"));
    s.save_sources({{"competition.toml", "[competition]\nname = \"征云杯\"\n"},
                    {"bricklaying.toml", "[scheme]\ncode = \"bricklaying\"\n"}},
                   organiser("initial definition"));
    s.save_sources({{"competition.toml", "[competition]\nname = \"征云杯 2019\"\n"}}, organiser());
    const auto sources = s.sources();
    REQUIRE(sources.size() == 2);
    CHECK(sources.at("competition.toml") == "[competition]\nname = \"征云杯 2019\"\n");
    const auto log = s.audit_log();
    // creation, 2 settings, draw, 3 sources
    REQUIRE(log.size() == 7);
    CHECK(log[2].payload == "key=precision\nvalue=3\nold.value=2\nreason=\n");
    CHECK(log[3].action == "draw");
    CHECK(log[3].payload == "seed=42\n");
    CHECK(log[6].payload.find("text=[competition]\\nname") != std::string::npos);
    CHECK_AUDIT_CLEAN(s);
}
