// With roles on, a laptop's record names who did it, and the master holds it to the rules a
// judge at the master's keyboard obeys: a judgement score is its judge's or the chief judge's, a
// sheet is signed off by its judge and reopened by the chief. What was merged under the chief
// judge of the day stays merged when another is named. Reasons are one line of text.
#include <doctest/doctest.h>

#include <functional>

#include "laptops_fixture.h"
#include "services/signoff.h"

using namespace plumb;
using namespace plumb::test;

namespace {

struct RolesOn : Scenario {
    Login organiser;
    Laptop* laptop = nullptr;
    std::string ws;  // the laptop's first workstation

    // Bricklaying's chief is J02; the laptop scores for `judges`.
    explicit RolesOn(const std::vector<std::string>& judges = {"J01", "J02", "J03"}) {
        set_organiser_password(*master, Login{}, "organiser-pw");
        organiser = log_in(*master, kOrganiser, "organiser-pw");
        set_chief_judge(*master, organiser, "bricklaying", "J02");
        set_judge_pin(*master, organiser, "J01", "111111");  // a kit with roles on needs a PIN
        laptop = &add_laptop("L1", "bricklaying", judges);
        ws = laptop->session->contestants().front().workstation;
    }

    // A record written on the laptop behind the services' back, as `actor`, chain kept whole.
    void forge(const std::string& actor, const std::function<void(Change&)>& write) {
        Change c = laptop->session->store().begin(Actor{{}, actor, "forged"});
        write(c);
        c.commit();
    }

    // A sign-off or reopening of J01's sheet at the first workstation, forged as `actor`.
    void forge_sheet(const std::string& actor, const std::string& action,
                     const std::string& extra = {}) {
        forge(actor, [&](Change& c) {
            c.audit(action, "bricklaying/" + ws,
                    "event=bricklaying\nworkstation=" + ws + "\njudge=J01\n" + extra);
        });
    }

    MarkEntry mark(const std::string& judge, const std::string& aspect, const std::string& value,
                   const std::string& reason = {}) const {
        MarkEntry e;
        e.judge = judge;
        e.registration_no = laptop->session->contestants().front().registration_no;
        e.event = "bricklaying";
        e.aspect = aspect;
        e.value = value;
        e.reason = reason;
        return e;
    }

    // Why the laptop's packet is refused ("imported" when it is not); a refusal changes nothing.
    std::string refusal() {
        const auto before = state_of(master->store());
        try {
            import_packets(*master, organiser, files({{"packet", laptop->packet()}}));
            return "imported";
        } catch (const PacketRefused& e) {
            CHECK(state_of(master->store()) == before);
            REQUIRE(e.reasons().size() == 1);
            return e.reasons().front();
        }
    }
};

bool says(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("with roles on, what a laptop's judges may do at its keyboard is taken") {
    RolesOn s;
    Laptop& l = *s.laptop;
    mark_as(*l.session, "bricklaying", s.ws, "J01", "C3", "2");  // their own score
    // Any judge of the laptop measures for all; the chief enters a judge's score.
    enter_mark(*l.session, as("J03"), {"bricklaying", s.ws, "J01", "A1", "1491", {}, {}});
    enter_mark(*l.session, as("J02"), {"bricklaying", s.ws, "J01", "C4", "1", {}, {}});
    sign_off(*l.session, as("J01"), "bricklaying", s.ws, "J01");
    reopen(*l.session, as("J02"), "bricklaying", s.ws, "J01", "C4 looked at again");
    CHECK(s.refusal() == "imported");
    CHECK(s.master->store().mark_count() == 3);
}

TEST_CASE("with roles on, a laptop's record done by someone the rules do not allow is refused") {
    SUBCASE("another judge's judgement score") {
        RolesOn s;
        s.forge("J03", [&](Change& c) { c.add_mark(s.mark("J01", "C3", "3")); });
        CHECK(says(s.refusal(),
                   "gives J01's score, but J03 entered it: a judgement score is its "
                   "judge's or the chief judge's"));
    }
    SUBCASE("a sign-off of another judge's sheet") {
        RolesOn s;
        s.forge_sheet("J03", "signoff");
        CHECK(says(s.refusal(), "signs off J01's sheet, but J03 did it"));
    }
    SUBCASE("a reopening by a judge who is not the chief") {
        RolesOn s;
        sign_off(*s.laptop->session, as("J01"), "bricklaying", s.ws, "J01");
        s.forge_sheet("J01", "reopen", "reason=mine\n");
        CHECK(says(s.refusal(), "reopens a sheet, but J01 did it, not the chief judge (J02)"));
    }
    SUBCASE("anyone who is not one of the laptop's judges: the organiser, nobody logged in") {
        for (const char* who : {"organiser", "cli:unknown", "J04"}) {
            RolesOn s;
            s.forge(who, [&](Change& c) { c.add_mark(s.mark("J01", "A1", "1490")); });
            CHECK(says(s.refusal(), std::string("was done by '") + who +
                                        "', not by one of this laptop's judges logged in"));
        }
    }
}

TEST_CASE("a laptop's reopenings are its kit's chief judge's, whoever is named chief later") {
    RolesOn s({"J01", "J02"});
    Laptop& l = *s.laptop;
    mark_as(*l.session, "bricklaying", s.ws, "J01", "C3", "2");
    sign_off(*l.session, as("J01"), "bricklaying", s.ws, "J01");
    reopen(*l.session, as("J02"), "bricklaying", s.ws, "J01", "C3 again");
    REQUIRE(s.refusal() == "imported");
    // The chief judge is now J03, who is on no laptop: the laptop's later marks still come in,
    // and so does a reopening the laptop's chief made before or after (packets are cumulative:
    // refusing one would keep the laptop out for good; retiring it is how it is stopped).
    sign_off(*l.session, as("J01"), "bricklaying", s.ws, "J01");
    reopen(*l.session, as("J02"), "bricklaying", s.ws, "J01", "before the change");
    set_chief_judge(*s.master, s.organiser, "bricklaying", "J03");
    mark_as(*l.session, "bricklaying", s.ws, "J01", "C3", "3", "C3 counted again");
    CHECK(s.refusal() == "imported");
    CHECK(s.master->store().mark_count() == 2);
    // Still only by that chief: J01 reopening their own sheet is refused.
    sign_off(*l.session, as("J01"), "bricklaying", s.ws, "J01");
    s.forge_sheet("J01", "reopen", "reason=mine\n");
    CHECK(says(s.refusal(), "reopens a sheet, but J01 did it, not the chief judge (J02)"));
}

TEST_CASE("a kit made before the PINs takes no packets once roles are on") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying", {"J01", "J02"});  // roles off: no PIN in it
    const std::string ws = l.session->contestants().front().workstation;
    enter_mark(*l.session, as("J01"), {"bricklaying", ws, "J02", "A1", "1490", {}, {}});
    set_organiser_password(*s.master, Login{}, "organiser-pw");
    const Login organiser = log_in(*s.master, kOrganiser, "organiser-pw");
    const auto before = state_of(s.master->store());
    try {
        import_packets(*s.master, organiser, files({{"p", l.packet()}}));
        FAIL("a laptop where nobody logs in was taken with roles on");
    } catch (const PacketRefused& e) {
        CHECK(says(e.reasons().at(0), "whose kit was made before the PINs were set"));
    }
    CHECK(state_of(s.master->store()) == before);
}

TEST_CASE("a laptop's name is seen as typed: no invisible character, no look-alike of another") {
    Scenario s;
    s.add_laptop("LA", "bricklaying");
    for (const char* name : {"LA\u200B", "ＬＡ", "la"})
        CHECK_THROWS_AS(s.add_laptop(name, "bricklaying"), ActionError);
    CHECK_THROWS_WITH_AS(s.add_laptop("LB\u200B", "bricklaying"),
                         doctest::Contains("invisible or control character"), ActionError);
    s.add_laptop("LB", "bricklaying");
}

TEST_CASE("a reason is one line of text of at most 500 characters, typed or brought") {
    Scenario s;
    const std::string ws = s.contestants_of("bricklaying").front().workstation;
    mark_as(*s.master, "bricklaying", ws, "J01", "C3", "2");
    const auto marks = s.master->store().mark_count();
    CHECK_THROWS_WITH_AS(
        mark_as(*s.master, "bricklaying", ws, "J01", "C3", "3", "ok\x1b[1A\x1b[2Kfine"),
        "a reason is one line of text: it holds no control or invisible characters", ActionError);
    CHECK_THROWS_WITH_AS(
        mark_as(*s.master, "bricklaying", ws, "J01", "C3", "3", "a\nb"),
        "a reason is one line of text: it holds no control or invisible characters", ActionError);
    std::string long_reason;
    for (int i = 0; i < 501; ++i) long_reason += "重";
    CHECK_THROWS_WITH_AS(mark_as(*s.master, "bricklaying", ws, "J01", "C3", "3", long_reason),
                         "a reason is at most 500 characters (this one has 501)", ActionError);
    // Not UTF-8 (each stray byte would count as nothing), a line separator, a direction override.
    for (const std::string& bad : {std::string("a") + std::string(600, '\xbf'),
                                   std::string("line1\u2028line2"), std::string("\u202Eevil")})
        CHECK_THROWS_AS(mark_as(*s.master, "bricklaying", ws, "J01", "C3", "3", bad), ActionError);
    CHECK(s.master->store().mark_count() == marks);
    long_reason.resize(long_reason.size() - 3);
    mark_as(*s.master, "bricklaying", ws, "J01", "C3", "3", long_reason);

    // From a laptop, behind its services' back: refused whole.
    Laptop& l = s.add_laptop("L1", "bricklaying");
    mark_as(*l.session, "bricklaying", ws, "J02", "C3", "2");
    {
        Change c = l.session->store().begin(Actor{{}, "J02", "forged"});
        MarkEntry e;
        e.judge = "J02";
        e.registration_no = l.session->contestants().front().registration_no;
        e.event = "bricklaying";
        e.aspect = "C3";
        e.value = "3";
        e.reason = "ok\x1b[2K";
        c.add_mark(e);
        c.commit();
    }
    const auto before = state_of(s.master->store());
    CHECK_THROWS_WITH_AS(
        import_packets(*s.master, kOrganiserLogin, files({{"p", l.packet()}})),
        doctest::Contains("(mark) holds text that is not one line of at most 500 characters (in "
                          "reason)"),
        PacketRefused);
    CHECK(state_of(s.master->store()) == before);
}

// A laptop's reason explains its change from its own earlier value: it never saw the master's.
// And the value the master holds came from where it was first given: typing the same value
// again on a laptop does not make it the laptop's.
TEST_CASE("a packet's mark replacing another device's value is said, whatever came before it") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying");
    const std::string ws = l.session->contestants().front().workstation;
    mark_as(*s.master, "bricklaying", ws, "J03", "C3", "1", "chief: sheet reviewed");
    std::string said;
    SUBCASE("a first mark with a reason") {
        mark_as(*l.session, "bricklaying", ws, "J03", "C3", "3", ".");
        said = "with the laptop's reason \".\"";
    }
    SUBCASE("the master's value typed again, then changed with a reason") {
        mark_as(*l.session, "bricklaying", ws, "J03", "C3", "1");
        mark_as(*l.session, "bricklaying", ws, "J03", "C3", "3", "recount");
        said = "with the laptop's reason \"recount\"";
    }
    const auto imported = import_packets(*s.master, kOrganiserLogin, files({{"p", l.packet()}}));
    REQUIRE(imported.at(0).replaced.size() == 1);
    CHECK(imported[0].replaced[0] == "J03's C3 at workstation " + ws +
                                         " was 1, entered on the master; L1's 3 replaced it, " +
                                         said);
}
