// Roles: secrets kept as argon2id hashes only, wrong PINs logged and slowed down, a judge kept
// to their own marks, names hidden from viewers until the reveal, PINs carried by kits.
#include <doctest/doctest.h>

#include <chrono>
#include <thread>

#include "laptops_fixture.h"
#include "services/audit_view.h"
#include "services/double_entry.h"
#include "services/export_hr.h"
#include "services/importing.h"
#include "services/interest.h"
#include "services/result_state.h"
#include "services/roles.h"
#include "services/roster_admin.h"
#include "services/settings_keys.h"
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
        set_organiser_password(*s, kNobody, "organiser-pw");
        organiser = log_in(*s, kOrganiser, "organiser-pw");
        set_judge_pin(*s, organiser, "J01", "111111");
        set_judge_pin(*s, organiser, "J02", "222222");
        set_judge_pin(*s, organiser, "J06", "666666");
        set_chief_judge(*s, organiser, "bricklaying", "J02");
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
    const auto pin = w.s->store().setting(keys::pin("J01"));
    REQUIRE(pin.has_value());
    CHECK(pin->rfind("$argon2id$", 0) == 0);
    CHECK(pin->find("111111") == std::string::npos);
    for (const AuditRecord& r : w.s->store().audit_log()) {
        CHECK(r.payload.find("organiser-pw") == std::string::npos);
        CHECK(r.payload.find("$argon2id$") == std::string::npos);
    }
    CHECK(roles_configured(w.s->store()));
    CHECK(w.s->store().verify_audit().empty());
}

TEST_CASE("a PIN typed in full-width mode is the same PIN, and counts as no wrong one") {
    WithRoles w;
    CHECK(log_in(*w.s, "J01", "１１１１１１").who == "J01");
    CHECK(w.count("login.fail") == 0);
    set_judge_pin(*w.s, w.organiser, "J02", "２４６８１０");
    CHECK(log_in(*w.s, "J02", "246810").who == "J02");
    // A password is what was typed: full width is not the same password.
    CHECK_THROWS_AS(log_in(*w.s, kOrganiser, "ｏｒｇａｎｉｓｅｒ-pw"), ActionError);
}

TEST_CASE("once a password is set, only the organiser changes roles") {
    WithRoles w;
    const Login j01 = log_in(*w.s, "J01", "111111");
    CHECK_THROWS_WITH_AS(set_organiser_password(*w.s, j01, "taken-over"),
                         doctest::Contains("only the organiser"), ActionError);
    CHECK_THROWS_WITH_AS(set_judge_pin(*w.s, j01, "J03", "333333"),
                         doctest::Contains("only the organiser"), ActionError);
    CHECK_THROWS_WITH_AS(set_judge_pin(*w.s, w.organiser, "J03", "12a456"),
                         doctest::Contains("6 to 12 digits"), ActionError);
    CHECK_THROWS_WITH_AS(set_chief_judge(*w.s, w.organiser, "rebar", "J01"),
                         doctest::Contains("not assigned to rebar"), ActionError);
    CHECK_THROWS_WITH_AS(log_in(*w.s, kOrganiser, "taken-over"),
                         doctest::Contains("wrong password"), ActionError);
}

TEST_CASE("wrong PINs are recorded and, after three, the next try must wait") {
    WithRoles w;
    for (int i = 0; i < 3; ++i)
        CHECK_THROWS_WITH_AS(log_in(*w.s, "J01", "000000"), "wrong PIN for J01", ActionError);
    CHECK(w.count("login.fail") == 3);
    CHECK(login_wait(w.s->store(), "J01").count() > 0);
    // Even the right PIN waits: the wait is not a hint that the PIN was right.
    CHECK_THROWS_WITH_AS(log_in(*w.s, "J01", "111111"), doctest::Contains("try again in"),
                         ActionError);
    CHECK(w.count("login.fail") == 3);
    CHECK(login_wait(w.s->store(), "J02").count() == 0);  // others are not held up
    log_in(*w.s, "J02", "222222");
    std::this_thread::sleep_for(login_wait(w.s->store(), "J01") + std::chrono::seconds(1));
    CHECK(log_in(*w.s, "J01", "111111").who == "J01");
    CHECK(w.count("login.ok") == 1);
    CHECK(login_wait(w.s->store(), "J01").count() == 0);
}

TEST_CASE("a judge enters only their own marks; measurements and the chief judge excepted") {
    WithRoles w;
    const Login j01 = log_in(*w.s, "J01", "111111");
    const Login j02 = log_in(*w.s, "J02", "222222");
    const Login j06 = log_in(*w.s, "J06", "666666");
    const auto mark = [&w](const Login& by, const std::string& judge, const std::string& aspect,
                           const std::string& value) {
        return enter_mark(*w.s, by,
                          MarkRequest{"bricklaying", "01", judge, aspect, value, "x", {}});
    };
    CHECK_NOTHROW(mark(j01, "J01", "C3", "0"));
    CHECK_THROWS_WITH_AS(mark(j01, "J03", "C3", "0"), "J01 may not enter or change J03's marks",
                         ActionError);
    CHECK_NOTHROW(mark(j01, "J03", "A1", "1400"));       // a measurement, one value for all
    CHECK_NOTHROW(mark(j02, "J01", "C3", "0.5"));        // the chief judge
    CHECK_NOTHROW(mark(w.organiser, "J01", "C3", "1"));  // transcribing a paper sheet
    CHECK_THROWS_WITH_AS(mark(j06, "J06", "A1", "1401"), "judge J06 is not assigned to bricklaying",
                         ActionError);
    CHECK_THROWS_WITH_AS(mark(kNobody, "J01", "A1", "1402"), doctest::Contains("log in"),
                         ActionError);
}

TEST_CASE("a chief judge acts in their own event only") {
    WithRoles w;
    const Login j02 = log_in(*w.s, "J02", "222222");  // chief judge of bricklaying only
    const Login j01 = log_in(*w.s, "J01", "111111");
    const auto rebar = w.s->store().contestant_at("rebar", "01").value();
    CHECK_THROWS_WITH_AS(
        set_status(*w.s, j02, rebar.registration_no, ContestantStatus::Absent, "ill"),
        doctest::Contains("only the organiser or the chief judge of rebar"), ActionError);
    CHECK_THROWS_WITH_AS(set_double_entry(*w.s, j02, "rebar", true),
                         doctest::Contains("chief judge of rebar"), ActionError);
    CHECK_NOTHROW(set_double_entry(*w.s, j02, "bricklaying", true));
    CHECK_THROWS_WITH_AS(set_double_entry(*w.s, j01, "bricklaying", false),
                         doctest::Contains("chief judge of bricklaying (J02)"), ActionError);
    CHECK_THROWS_WITH_AS(lock_results(*w.s, j01, "bricklaying", "done"),
                         doctest::Contains("only the chief judge of bricklaying (J02)"),
                         ActionError);
}

TEST_CASE("without roles every action is let through, as before, and the rules still hold") {
    Scratch dir;
    CompetitionSession s = create_demo(dir / "open.plumb", DemoOptions{8, 11, false});
    CHECK_FALSE(roles_configured(s.store()));
    CHECK_NOTHROW(
        enter_mark(s, as("someone"), MarkRequest{"bricklaying", "01", "J03", "C3", "0", "x", {}}));
    lock_results(s, as("someone"), "bricklaying", "done");
    CHECK_THROWS_WITH_AS(
        enter_mark(s, as("someone"), MarkRequest{"bricklaying", "01", "J03", "C3", "1", "x", {}}),
        doctest::Contains("bricklaying is locked"), ActionError);
    CHECK(names_visible(s, "rebar", as("someone")));  // nobody proves anything without roles
    CHECK_FALSE(names_public(s, "rebar"));            // but public screens wait for the reveal
}

TEST_CASE("an unrevealed event shows no names to viewers and judges, then does") {
    WithRoles w;
    const Login j02 = log_in(*w.s, "J02", "222222");
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
    reveal_event(*w.s, j02, "bricklaying");
    CHECK(names_visible(*w.s, "bricklaying", kNobody));
    CHECK_FALSE(names_visible(*w.s, "rebar", kNobody));
}

TEST_CASE(
    "the audit log names contestants by workstation only until the reveal, but to the "
    "organiser") {
    WithRoles w;
    const Login j02 = log_in(*w.s, "J02", "222222");
    std::vector<std::string> numbers;
    for (const Contestant& c : w.s->contestants())
        if (c.event == "bricklaying") numbers.push_back(c.registration_no);
    REQUIRE_FALSE(numbers.empty());
    // Lines that name a registration number; registrations placed under a workstation.
    const auto count = [&](const Login& by) {
        std::pair<int, int> n;
        for (const AuditLine& l : audit_history(*w.s, by, "bricklaying", "")) {
            for (const std::string& no : numbers) n.first += l.what.find(no) != std::string::npos;
            n.second += l.action == "contestant.add" && !l.workstation.empty();
        }
        return n;
    };
    CHECK(count(kNobody) == std::pair{0, 0});
    CHECK(count(j02) == std::pair{0, 0});  // the chief judge too: the draw stays blinded
    const auto organiser = count(w.organiser);
    CHECK(organiser.first > 0);
    CHECK(organiser.second == static_cast<int>(numbers.size()));
    // The same lines, one by one: only the number and the registration's place are left out.
    CHECK(audit_history(*w.s, kNobody, "bricklaying", "").size() ==
          audit_history(*w.s, w.organiser, "bricklaying", "").size());
    reveal_event(*w.s, j02, "bricklaying");
    CHECK(count(kNobody) == organiser);
}

TEST_CASE("ID numbers and phones stay the organiser's after the reveal; so does the HR file") {
    WithRoles w;
    const Login j02 = log_in(*w.s, "J02", "222222");
    reveal_event(*w.s, j02, "bricklaying");
    CHECK_FALSE(personal_data_visible(*w.s, j02));
    CHECK(personal_data_visible(*w.s, w.organiser));
    int seen = 0;
    for (const Contestant& c : roster_for(*w.s, kNobody)) {
        if (c.event != "bricklaying") continue;
        CHECK_FALSE(c.name.empty());  // revealed: names are public
        CHECK(c.id_number.empty());
        CHECK(c.phone.empty());
        ++seen;
    }
    CHECK(seen > 0);
    bool organiser_sees = false;
    for (const Contestant& c : roster_for(*w.s, w.organiser))
        organiser_sees = organiser_sees || !c.id_number.empty();
    CHECK(organiser_sees);
    HrOptions bricklaying;
    bricklaying.events = {"bricklaying"};
    CHECK_THROWS_WITH_AS(export_hr(*w.s, j02, w.dir / "hr.csv", bricklaying),
                         doctest::Contains("ID numbers are the organiser's only"), ActionError);
    CHECK_FALSE(std::filesystem::exists(w.dir / "hr.csv"));
    CHECK(export_hr(*w.s, w.organiser, w.dir / "hr.csv", bricklaying).rows > 0);
}

TEST_CASE("a judge who works for the contestant's employer is warned and the marks flagged") {
    WithRoles w;
    const Contestant c = w.s->store().contestant_at("bricklaying", "01").value();
    const auto j01_marks = [&w](const std::string& value) {
        return enter_mark(*w.s, log_in(*w.s, "J01", "111111"),
                          MarkRequest{"bricklaying", "01", "J01", "C3", value, "x", {}});
    };
    CHECK_FALSE(j01_marks("0").interest.has_value());
    Judge j = *w.s->competition().find_judge("J01");
    j.employer = c.employer;
    {
        Change change = w.s->store().begin(Actor{{}, "organiser", "J01 changed employer"});
        change.add_judge(j);
        change.commit();
    }
    w.s->reload_judges();
    const auto warning = j01_marks("1").interest;
    REQUIRE(warning.has_value());
    CHECK(warning->find("conflict of interest") != std::string::npos);
    const auto flags = interest_flags(*w.s, "bricklaying");
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].judge == "J01");
    CHECK(flags[0].workstation == "01");
}

TEST_CASE("a laptop's kit brings the PINs and chief judge; logins there are checked alike") {
    WithRoles w;
    const KitExport kit = export_kit(*w.s, w.organiser, "bricklaying", "L1", w.dir / "l1.kit");
    import_kit(w.dir / "l1.plumb", kit.bytes, kit.passphrase, kOrganiserActor);
    CompetitionSession laptop = CompetitionSession::open(w.dir / "l1.plumb");
    CHECK(roles_configured(laptop.store()));
    CHECK(log_in(laptop, "J01", "111111").who == "J01");
    CHECK_THROWS_WITH_AS(log_in(laptop, "J01", "999999"), "wrong PIN for J01", ActionError);
    CHECK(chief_judge(laptop.store(), "bricklaying") == "J02");
    const Login chief = log_in(laptop, "J02", "222222");
    CHECK_THROWS_WITH_AS(lock_results(laptop, chief, "bricklaying", "done"),
                         doctest::Contains("this is a judge's laptop: lock results on the master"),
                         ActionError);
    CHECK_THROWS_WITH_AS(reveal_event(laptop, chief, "bricklaying"),
                         doctest::Contains("reveal names on the master"), ActionError);
    // The wrong PIN travels to the master with the laptop's packet.
    import_packets(*w.s, w.organiser, files({{"l1", export_packet(laptop, kit.passphrase)}}));
    int fails_from_laptop = 0;
    for (const AuditRecord& r : w.s->store().audit_records({"login.fail"}))
        fails_from_laptop += r.device == laptop.store().device_id();
    CHECK(fails_from_laptop == 1);
}

// With roles on, a kit only for judges without PINs made a laptop whose roles were off: anyone
// there could enter marks in their names, and the packets were signed by the laptop's key.
TEST_CASE("with roles on, a kit for judges none of whom has a PIN is refused") {
    WithRoles r;
    const auto before = r.s->store().audit_log().size();
    CHECK_THROWS_WITH_AS(export_kit(*r.s, r.organiser, "tiling", "T1", r.dir / "t1.kit", {"J13"}),
                         doctest::Contains("none of the judges this kit names has a PIN"),
                         ActionError);
    CHECK(r.s->store().audit_log().size() == before);
    CHECK_FALSE(std::filesystem::exists(r.dir / "t1.kit"));
}
