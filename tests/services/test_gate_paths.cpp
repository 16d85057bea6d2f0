// Every path a mark can take obeys the same rules as plumb mark: the marks file, laptops'
// packets, the console's call. Each case here was let through by one path before the gate.
#include <doctest/doctest.h>

#include <fstream>

#include "laptops_fixture.h"
#include "services/result_state.h"
#include "services/roster_admin.h"
#include "services/signoff.h"

using namespace plumb;
using namespace plumb::test;

namespace {

// A complete small demo (no roles): 2 contestants per event, workstations 01 and 02.
struct Demo {
    Scratch dir;
    std::unique_ptr<CompetitionSession> s;
    Demo() {
        s = std::make_unique<CompetitionSession>(
            create_demo(dir / "paths.plumb", DemoOptions{8, 11, false}));
    }
    Contestant at(const std::string& ws) const {
        return s->store().contestant_at("bricklaying", ws).value();
    }
    fs::path marks_file(const std::string& rows) const {
        const fs::path f = dir / "marks.csv";
        std::ofstream(f) << "event,workstation,judge,aspect,value\n" << rows;
        return f;
    }
};

}  // namespace

TEST_CASE("a marks file is refused whole for a withdrawn contestant, as plumb mark is") {
    Demo d;
    set_status(*d.s, as("organiser"), d.at("02").registration_no, ContestantStatus::Withdrawn,
               "injured");
    const auto marks = d.s->store().mark_count();
    const fs::path f = d.marks_file("bricklaying,02,J05,B1,1;1;1;1\n");
    try {
        import_marks(*d.s, as("organiser"), f);
        FAIL("the file was imported");
    } catch (const ImportError& e) {
        REQUIRE(e.errors().size() == 1);
        CHECK(e.errors()[0].line == 2);
        CHECK(e.errors()[0].reason == "workstation 02 is withdrawn: no marks are taken");
    }
    CHECK(d.s->store().mark_count() == marks);
}

TEST_CASE("a marks file is refused for a signed-off sheet and names the line") {
    Demo d;
    sign_off(*d.s, as("J05"), "bricklaying", "01", "J05");
    const fs::path f = d.marks_file("bricklaying,01,J05,B1,1;1;1;1\n");
    try {
        import_marks(*d.s, as("organiser"), f);
        FAIL("the file was imported");
    } catch (const ImportError& e) {
        REQUIRE(e.errors().size() == 1);
        CHECK(e.errors()[0].str() ==
              "marks.csv:2: workstation: J05 has signed off workstation 01: the chief judge must "
              "reopen it first");
    }
}

TEST_CASE("after lock, a theory, timing or marks file touching the event is refused whole") {
    Demo d;
    lock_results(*d.s, as("J02"), "bricklaying", "all sheets in");
    const std::string reg = d.at("01").registration_no;
    const auto before = state_of(d.s->store());
    std::ofstream(d.dir / "theory.csv") << "registration_no,score\n" << reg << ",100\n";
    CHECK_THROWS_WITH_AS(import_theory(*d.s, as("organiser"), d.dir / "theory.csv"),
                         doctest::Contains("theory.csv: bricklaying is locked"), ActionError);
    std::ofstream(d.dir / "timing.csv") << "event,workstation,minutes\nbricklaying,01,100\n";
    CHECK_THROWS_WITH_AS(import_timing(*d.s, as("organiser"), d.dir / "timing.csv"),
                         doctest::Contains("bricklaying is locked"), ActionError);
    CHECK_THROWS_WITH_AS(
        import_marks(*d.s, as("organiser"), d.marks_file("bricklaying,01,J05,B1,1;1;1;1\n")),
        doctest::Contains("bricklaying is locked"), ActionError);
    CHECK_THROWS_WITH_AS(
        set_status(*d.s, as("organiser"), reg, ContestantStatus::Disqualified, "late"),
        doctest::Contains("bricklaying is locked"), ActionError);
    CHECK(state_of(d.s->store()) == before);
    // Other events go on.
    std::ofstream(d.dir / "rebar.csv")
        << "registration_no,score\n" << d.s->store().contestant_at("rebar", "01")->registration_no
        << ",90\n";
    CHECK(import_theory(*d.s, as("organiser"), d.dir / "rebar.csv").added == 1);
}

TEST_CASE("a packet carrying marks for a locked event is refused whole, the master unchanged") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying");
    const Contestant c = s.contestants_of("bricklaying").front();
    s.enter_one(l, c.registration_no, "J01", "A1", "1491");
    // Everything else of the event, straight on the master, so that it can be locked.
    for (const MarkEntry& e : s.reference->store().marks("bricklaying"))
        if (!(e.registration_no == c.registration_no && e.aspect == "A1"))
            mark_as(*s.master, "bricklaying", s.workstation_of(e.registration_no), e.judge,
                    e.aspect, e.value);
    mark_as(*s.master, "bricklaying", s.workstation_of(c.registration_no), "J02", "A1", "1491");
    lock_results(*s.master, as("J02"), "bricklaying", "all in");
    const auto before = state_of(s.master->store());
    try {
        import_packets(*s.master, kOrganiserLogin, files({{"l1", l.packet()}}));
        FAIL("the packet was merged");
    } catch (const PacketRefused& e) {
        REQUIRE(e.reasons().size() == 1);
        CHECK(e.reasons()[0].find("l1: refused: bricklaying is locked") == 0);
    }
    CHECK(state_of(s.master->store()) == before);
}

TEST_CASE("a packet's mark after its own sign-off of the sheet is refused on the master") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying");
    const Contestant c = s.contestants_of("bricklaying").front();
    // The laptop signs off, then a mark for the sheet is slipped into its log behind the
    // services' back (as a judge with sqlite3 and the signing key could); the master replays
    // the records in order and refuses the mark.
    sign_off(*l.session, as("J01"), "bricklaying", c.workstation, "J01");
    {
        Change change = l.session->store().begin(Actor{{}, "J01", "after the sign-off"});
        MarkEntry e;
        e.judge = "J01";
        e.registration_no = l.session->store().contestant_at("bricklaying", c.workstation)
                                ->registration_no;
        e.event = "bricklaying";
        e.aspect = "A1";
        e.value = "1491";
        change.add_mark(e);
        change.commit();
    }
    const auto before = state_of(s.master->store());
    try {
        import_packets(*s.master, kOrganiserLogin, files({{"l1", l.packet()}}));
        FAIL("the packet was merged");
    } catch (const PacketRefused& e) {
        CHECK(e.reasons()[0].find("J01 has signed off workstation " + c.workstation) !=
              std::string::npos);
    }
    CHECK(state_of(s.master->store()) == before);
}
