// Roles: secrets kept as argon2id hashes only, wrong PINs logged and slowed down, a judge kept
// to their own marks, names hidden from viewers until the reveal, PINs carried by kits.
#include <doctest/doctest.h>

#include <chrono>
#include <thread>

#include "laptops_fixture.h"
#include "services/interest.h"
#include "services/result_state.h"
#include "services/reveal.h"
#include "services/roles.h"
#include "services/viewing.h"

using namespace plumb;
using namespace plumb::test;

namespace {

const Login kNobody{};

// The demo (8 contestants, complete) with the organiser's password, PINs for J01, J02 and J06,
// and J02 chief judge of bricklaying.
struct WithRoles {
    Scratch dir;
    std::unique_ptr<CompetitionSession> s;
    Login organiser;
    WithRoles() {
        s = std::make_unique<CompetitionSession>(
            create_demo(dir / "roles.plumb", DemoOptions{8, 11, false}));
        set_organiser_password(*s, "organiser-pw", kNobody);
        organiser = log_in(*s, kOrganiser, "organiser-pw");
        set_judge_pin(*s, "J01", "1111", organiser);
        set_judge_pin(*s, "J02", "2222", organiser);
        set_judge_pin(*s, "J06", "6666", organiser);
        set_chief_judge(*s, "bricklaying", "J02", organiser);
    }
    int count(const std::string& action) const {
        int n = 0;
        for (const AuditRecord& r : s->store().audit_log()) n += r.action == action;
        return n;
    }
};

}  // namespace

TEST_CASE("passwords and PINs are kept only as argon2id hashes, never in the audit log") {
    WithRoles w;
    const auto pin = w.s->store().setting(pin_setting("J01"));
    REQUIRE(pin.has_value());
    CHECK(pin->rfind("$argon2id$", 0) == 0);
    CHECK(pin->find("1111") == std::string::npos);
    for (const AuditRecord& r : w.s->store().audit_log()) {
        CHECK(r.payload.find("organiser-pw") == std::string::npos);
        CHECK(r.payload.find("$argon2id$") == std::string::npos);
    }
    CHECK(roles_configured(w.s->store()));
    CHECK(w.s->store().verify_audit().empty());
}

TEST_CASE("once a password is set, only the organiser changes roles") {
    WithRoles w;
    const Login j01 = log_in(*w.s, "J01", "1111");
    CHECK_THROWS_WITH_AS(set_organiser_password(*w.s, "taken-over", j01),
                         doctest::Contains("only the organiser"), ActionError);
    CHECK_THROWS_WITH_AS(set_judge_pin(*w.s, "J03", "3333", j01),
                         doctest::Contains("only the organiser"), ActionError);
    CHECK_THROWS_WITH_AS(set_judge_pin(*w.s, "J03", "12a4", w.organiser),
                         doctest::Contains("4 to 12 digits"), ActionError);
    CHECK_THROWS_WITH_AS(set_chief_judge(*w.s, "rebar", "J01", w.organiser),
                         doctest::Contains("not assigned to rebar"), ActionError);
    CHECK_THROWS_WITH_AS(log_in(*w.s, kOrganiser, "taken-over"),
                         doctest::Contains("wrong password"), ActionError);
}

TEST_CASE("wrong PINs are recorded and, after three, the next try must wait") {
    WithRoles w;
    for (int i = 0; i < 3; ++i)
        CHECK_THROWS_WITH_AS(log_in(*w.s, "J01", "0000"), "wrong PIN for J01", ActionError);
    CHECK(w.count("login.fail") == 3);
    CHECK(login_wait(w.s->store(), "J01").count() > 0);
    // Even the right PIN waits: the wait is not a hint that the PIN was right.
    CHECK_THROWS_WITH_AS(log_in(*w.s, "J01", "1111"), doctest::Contains("try again in"),
                         ActionError);
    CHECK(w.count("login.fail") == 3);
    CHECK(login_wait(w.s->store(), "J02").count() == 0);  // others are not held up
    log_in(*w.s, "J02", "2222");
    std::this_thread::sleep_for(login_wait(w.s->store(), "J01") + std::chrono::seconds(1));
    CHECK(log_in(*w.s, "J01", "1111").who == "J01");
    CHECK(w.count("login.ok") == 1);
    CHECK(login_wait(w.s->store(), "J01").count() == 0);
}

TEST_CASE("a judge enters only their own marks; measurements and the chief judge excepted") {
    WithRoles w;
    const Login j01 = log_in(*w.s, "J01", "1111");
    const Login j02 = log_in(*w.s, "J02", "2222");
    const Login j06 = log_in(*w.s, "J06", "6666");
    CHECK_NOTHROW(require_may_enter(*w.s, j01, "bricklaying", "J01", "C3"));
    CHECK_THROWS_WITH_AS(require_may_enter(*w.s, j01, "bricklaying", "J03", "C3"),
                         "J01 may not enter or change J03's marks", ActionError);
    CHECK_NOTHROW(require_may_enter(*w.s, j01, "bricklaying", "J03", "A1"));  // a measurement
    CHECK_NOTHROW(require_may_enter(*w.s, j02, "bricklaying", "J01", "C3"));  // the chief judge
    CHECK_THROWS_WITH_AS(require_may_enter(*w.s, j06, "bricklaying", "J06", "A1"),
                         "J06 is not a judge of bricklaying", ActionError);
    CHECK_THROWS_AS(require_may_enter(*w.s, kNobody, "bricklaying", "J01", "A1"), ActionError);
    CHECK_NOTHROW(require_chief_judge(w.s->store(), j02, "bricklaying"));
    CHECK_NOTHROW(require_organiser_or_chief(*w.s, j02));
    CHECK_NOTHROW(require_organiser_or_chief(*w.s, w.organiser));
    CHECK_THROWS_WITH_AS(require_organiser_or_chief(*w.s, j01),
                         "only the organiser or a chief judge may do this", ActionError);
    CHECK_THROWS_WITH_AS(require_chief_judge(w.s->store(), j01, "bricklaying"),
                         doctest::Contains("only the chief judge of bricklaying (J02)"),
                         ActionError);
}

TEST_CASE("without roles every check lets everyone through, as before") {
    Scratch dir;
    CompetitionSession s = create_demo(dir / "open.plumb", DemoOptions{8, 11, false});
    CHECK_FALSE(roles_configured(s.store()));
    CHECK_NOTHROW(require_may_enter(s, kNobody, "bricklaying", "J03", "C3"));
    CHECK_NOTHROW(require_chief_judge(s.store(), kNobody, "bricklaying"));
    CHECK(names_visible(s, "bricklaying", kNobody));
}

TEST_CASE("an unrevealed event shows no names to viewers and judges, then does") {
    WithRoles w;
    const Login j02 = log_in(*w.s, "J02", "2222");
    CHECK_FALSE(names_visible(*w.s, "bricklaying", kNobody));
    CHECK_FALSE(names_visible(*w.s, "bricklaying", j02));
    CHECK(names_visible(*w.s, "bricklaying", w.organiser));
    EventResults r = w.s->results("bricklaying");
    hide_names(r);
    for (const ResultRow& row : r.rows) {
        CHECK(row.name.empty());
        CHECK(row.registration_no.empty());
        CHECK_FALSE(row.workstation.empty());
    }
    reveal_event(*w.s, "bricklaying", j02.actor());
    CHECK(names_visible(*w.s, "bricklaying", kNobody));
    CHECK_FALSE(names_visible(*w.s, "rebar", kNobody));
}

TEST_CASE("a judge who works for the contestant's employer is warned and the marks flagged") {
    WithRoles w;
    const Contestant c = w.s->store().contestant_at("bricklaying", "01").value();
    CHECK_FALSE(interest_warning(*w.s, "bricklaying", "01", "J01").has_value());
    Judge j = *w.s->competition().find_judge("J01");
    j.employer = c.employer;
    {
        Change change = w.s->store().begin(Actor{{}, "organiser", "J01 changed employer"});
        change.add_judge(j);
        change.commit();
    }
    w.s->reload_judges();
    const auto warning = interest_warning(*w.s, "bricklaying", "01", "J01");
    REQUIRE(warning.has_value());
    CHECK(warning->find("conflict of interest") != std::string::npos);
    const auto flags = interest_flags(*w.s, "bricklaying");
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].judge == "J01");
    CHECK(flags[0].workstation == "01");
}

TEST_CASE("a laptop's kit brings the PINs and chief judge; logins there are checked alike") {
    WithRoles w;
    const KitExport kit = export_kit(*w.s, "bricklaying", "L1", w.organiser.actor());
    import_kit(w.dir / "l1.plumb", kit.bytes, kOrganiserActor);
    CompetitionSession laptop = CompetitionSession::open(w.dir / "l1.plumb");
    CHECK(roles_configured(laptop.store()));
    CHECK(log_in(laptop, "J01", "1111").who == "J01");
    CHECK_THROWS_WITH_AS(log_in(laptop, "J01", "9999"), "wrong PIN for J01", ActionError);
    CHECK(chief_judge(laptop.store(), "bricklaying") == "J02");
    CHECK_THROWS_WITH_AS(lock_results(laptop, "bricklaying", Actor{{}, "J02", "done"}),
                         doctest::Contains("results are locked on the master"), ActionError);
    CHECK_THROWS_WITH_AS(reveal_event(laptop, "bricklaying", Actor{{}, "J02", {}}),
                         doctest::Contains("names are revealed on the master"), ActionError);
    // The wrong PIN travels to the master with the laptop's packet.
    import_packets(*w.s, files({{"l1", export_packet(laptop)}}), w.organiser.actor());
    int fails_from_laptop = 0;
    for (const AuditRecord& r : w.s->store().audit_records({"login.fail"}))
        fails_from_laptop += r.device == laptop.store().device_id();
    CHECK(fails_from_laptop == 1);
}
