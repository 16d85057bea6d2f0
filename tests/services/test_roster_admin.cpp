// The organiser's roster and judge services: previews write nothing, corrections are checked
// and audited, judges are added and assigned, the last draw's seed is found again.
#include <doctest/doctest.h>

#include "acting.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/id_number.h"
#include "services/judge_admin.h"
#include "services/importing.h"
#include "services/marks.h"
#include "services/roster_admin.h"

using namespace plumb;
using namespace plumb::test;
namespace fs = std::filesystem;

namespace {

struct Contest {
    fs::path dir;
    std::unique_ptr<CompetitionSession> session;
    Contest() {
        char tmpl[] = "/tmp/plumb-admin-XXXXXX";
        dir = mkdtemp(tmpl);
        session = std::make_unique<CompetitionSession>(CompetitionSession::init(
            dir / "c.plumb", fs::path(PLUMB_DATA_DIR) / "demo/zhengyun-cup.toml", organiser()));
    }
    ~Contest() {
        session.reset();
        fs::remove_all(dir);
    }
    static Actor organiser(const std::string& reason = {}) {
        return Actor{{}, "organiser", reason};
    }
    void import_good() {
        import_roster(*session, unchecked_login("organiser"), fs::path(TEST_DATA_DIR) / "cli/roster.csv");
    }
    Contestant contestant(const std::string& reg) const {
        for (const Contestant& c : session->contestants())
            if (c.registration_no == reg) return c;
        FAIL("no contestant " << reg);
        return {};
    }
    std::size_t audit_size() const { return session->store().audit_log().size(); }
};

// A valid ID number: the first 17 digits and their check digit.
std::string id_with_check(const std::string& first17) {
    return first17 + id_check_digit(first17);
}

}  // namespace

TEST_CASE("a roster preview lists every problem of a bad file and registers nobody") {
    Contest t;
    const std::size_t audit_before = t.audit_size();
    const RosterPreview p =
        preview_roster(*t.session, fs::path(TEST_DATA_DIR) / "cli/roster-bad.csv");
    CHECK_FALSE(p.importable());
    CHECK(p.rows.empty());
    REQUIRE(p.errors.size() >= 3);
    CHECK(p.file == "roster-bad.csv");
    std::vector<int> lines;
    for (const RowError& e : p.errors) lines.push_back(e.line);
    CHECK(std::find(lines.begin(), lines.end(), 3) != lines.end());  // empty name
    CHECK(std::find(lines.begin(), lines.end(), 4) != lines.end());  // unknown trade 瓦工
    CHECK(std::find(lines.begin(), lines.end(), 5) != lines.end());  // ZY103 twice
    CHECK(p.errors.front().str().rfind("roster-bad.csv:", 0) == 0);
    CHECK(t.session->contestants().empty());
    CHECK(t.audit_size() == audit_before);
}

TEST_CASE("a roster preview of a good file shows its contestants; importing it registers them") {
    Contest t;
    const RosterPreview p = preview_roster(*t.session, fs::path(TEST_DATA_DIR) / "cli/roster.csv");
    CHECK(p.importable());
    REQUIRE(p.rows.size() == 5);
    CHECK(p.rows[0].registration_no == "ZY001");
    CHECK(p.rows[1].event == "bricklaying");
    CHECK(t.session->contestants().empty());
    t.import_good();
    CHECK(t.session->contestants().size() == 5);
    // The same file again: every registration number is taken now.
    const RosterPreview again =
        preview_roster(*t.session, fs::path(TEST_DATA_DIR) / "cli/roster.csv");
    CHECK_FALSE(again.importable());
    CHECK(again.errors.size() >= 5);
}

TEST_CASE("a roster preview of a file that is not there throws") {
    Contest t;
    CHECK_THROWS(preview_roster(*t.session, t.dir / "missing.csv"));
}

TEST_CASE("a contestant with a bad ID number is refused and nothing is written") {
    Contest t;
    t.import_good();
    const std::size_t audit_before = t.audit_size();
    Contestant c = t.contestant("ZY001");
    c.id_number = "410802198503123011";  // wrong check digit
    CHECK_THROWS_AS(update_contestant(*t.session, unchecked_login("organiser"), c, "typo"), ActionError);
    c.id_number = "11010519491231002X";  // ZY002's
    CHECK_THROWS_WITH_AS(update_contestant(*t.session, unchecked_login("organiser"), c, "typo"),
                         doctest::Contains("ZY002"), ActionError);
    c = t.contestant("ZY001");
    c.name = "  ";
    CHECK_THROWS_AS(update_contestant(*t.session, unchecked_login("organiser"), c, "typo"), ActionError);
    CHECK(t.audit_size() == audit_before);
    CHECK(t.contestant("ZY001").id_number == "410802198503123010");
}

TEST_CASE("a corrected ID number is written and audited with its reason") {
    Contest t;
    t.import_good();
    const std::size_t audit_before = t.audit_size();
    Contestant c = t.contestant("ZY001");
    const std::string fixed = id_with_check("41080219850312303");
    c.id_number = fixed;
    c.gender = "";  // filled in from the ID number
    CHECK_THROWS_AS(update_contestant(*t.session, unchecked_login("organiser"), c, {}), ActionError);
    CHECK(update_contestant(*t.session, unchecked_login("organiser"), c, "ID copied wrong at registration"));
    CHECK(t.contestant("ZY001").id_number == fixed);
    CHECK(t.contestant("ZY001").gender == "男");
    const auto log = t.session->store().audit_log();
    REQUIRE(log.size() == audit_before + 1);
    CHECK(log.back().subject == "ZY001");
    CHECK(log.back().payload.find("ID copied wrong") != std::string::npos);
    // Saving the same details again writes nothing.
    CHECK_FALSE(update_contestant(*t.session, unchecked_login("organiser"), t.contestant("ZY001"), "again"));
    CHECK(t.audit_size() == audit_before + 1);
}

TEST_CASE("a gender that contradicts the ID number or a taken workstation is refused") {
    Contest t;
    t.import_good();
    Contestant c = t.contestant("ZY001");
    c.gender = "女";
    CHECK_THROWS_WITH_AS(update_contestant(*t.session, unchecked_login("organiser"), c, "fix"),
                         doctest::Contains("does not match"), ActionError);
    c = t.contestant("ZY001");
    c.workstation = std::string("2");  // ZY002 holds 02 (not a literal: GCC 12 -Wrestrict)
    CHECK_THROWS_WITH_AS(update_contestant(*t.session, unchecked_login("organiser"), c, "fix"),
                         doctest::Contains("ZY002"), ActionError);
    c.event = "rebar";  // in rebar, 2 is free
    CHECK(update_contestant(*t.session, unchecked_login("organiser"), c, "registered for the wrong trade"));
    CHECK(t.contestant("ZY001").event == "rebar");
}

TEST_CASE("a correction reads the workstation and name by the rules of a roster row") {
    Contest t;
    t.import_good();
    const Login organiser = unchecked_login("organiser");
    Contestant c = t.contestant("ZY004");  // rebar, no workstation yet
    c.registration_no = "zy004";           // found however its case is typed
    c.workstation = "０５";
    CHECK(update_contestant(*t.session, organiser, c, "workstation handed out"));
    CHECK(t.contestant("ZY004").workstation == "05");
    c.workstation = "0\u200B6";
    CHECK_THROWS_WITH_AS(update_contestant(*t.session, organiser, c, "fix"),
                         doctest::Contains("'0<U+200B>6' contains an invisible"), ActionError);
    c = t.contestant("ZY004");
    c.name = "\u3000";
    CHECK_THROWS_WITH_AS(update_contestant(*t.session, organiser, c, "fix"),
                         doctest::Contains("has no visible character"), ActionError);
    set_status(*t.session, organiser, "ｚｙ００４", ContestantStatus::Absent, "did not come");
    CHECK(t.contestant("ZY004").status == ContestantStatus::Absent);
}

TEST_CASE("a contestant with marks cannot move to another event") {
    Contest t;
    t.import_good();
    REQUIRE(enter_mark(*t.session, unchecked_login("organiser"), MarkRequest{"bricklaying", "01", "J01", "A1", "1490", {}, {}}).entry);
    Contestant c = t.contestant("ZY001");
    c.event = "rebar";
    CHECK_THROWS_WITH_AS(update_contestant(*t.session, unchecked_login("organiser"), c, "moved"),
                         doctest::Contains("marks"), ActionError);
    CHECK(t.contestant("ZY001").event == "bricklaying");
}

TEST_CASE("a new judge is saved, assigned and known to the session at once") {
    Contest t;
    const std::size_t judges_before = t.session->competition().judges.size();
    Judge j{"J21", "马天宇", "焦作市建筑技工学校", {"tiling", "carpentry"}};
    CHECK(add_or_update_judge(*t.session, unchecked_login("organiser"), j, {}));
    CHECK(t.session->competition().judges.size() == judges_before + 1);
    const Judge* saved = t.session->competition().find_judge("J21");
    REQUIRE(saved != nullptr);
    CHECK(saved->name == "马天宇");
    CHECK(saved->judges("carpentry"));
    CHECK(t.session->store().judges().size() == judges_before + 1);
    CHECK(t.session->store().audit_log().back().subject == "J21");
    // Nothing changed: nothing written.
    CHECK_FALSE(add_or_update_judge(*t.session, unchecked_login("organiser"), j, {}));
}

TEST_CASE("a judge without a name, with a bad code or an unknown event is refused") {
    Contest t;
    const std::size_t audit_before = t.audit_size();
    CHECK_THROWS_AS(
        add_or_update_judge(*t.session, unchecked_login("organiser"), Judge{"J21", "", "", {"tiling"}}, {}),
        ActionError);
    CHECK_THROWS_AS(add_or_update_judge(*t.session, unchecked_login("organiser"),
                                        Judge{"J 21", "马天宇", "", {"tiling"}}),
                    ActionError);
    CHECK_THROWS_WITH_AS(add_or_update_judge(*t.session, unchecked_login("organiser"),
                                             Judge{"J21", "马天宇", "", {"plumbing"}}),
                         doctest::Contains("plumbing"), ActionError);
    CHECK_THROWS_AS(
        add_or_update_judge(*t.session, unchecked_login("organiser"), Judge{"J21", "马天宇", "", {}}, {}),
        ActionError);
    CHECK(t.audit_size() == audit_before);
    CHECK(t.session->competition().find_judge("J21") == nullptr);
}

TEST_CASE("changing a judge needs a reason and keeps them on events they have marked") {
    Contest t;
    t.import_good();
    REQUIRE(enter_mark(*t.session, unchecked_login("organiser"), MarkRequest{"bricklaying", "01", "J01", "A1", "1490", {}, {}}).entry);
    Judge j = *t.session->competition().find_judge("J01");
    j.events.push_back("rebar");
    CHECK_THROWS_WITH_AS(add_or_update_judge(*t.session, unchecked_login("organiser"), j, {}),
                         doctest::Contains("reason"), ActionError);
    CHECK(add_or_update_judge(*t.session, unchecked_login("organiser"), j, "short of rebar judges"));
    CHECK(t.session->competition().find_judge("J01")->judges("rebar"));
    j.events = {"rebar"};
    CHECK_THROWS_WITH_AS(add_or_update_judge(*t.session, unchecked_login("organiser"), j, "moved"),
                         doctest::Contains("bricklaying"), ActionError);
    CHECK(t.session->competition().find_judge("J01")->judges("bricklaying"));
}

TEST_CASE("a judge code differing from a registered one only in case or width names that judge") {
    Contest t;
    t.import_good();
    const Login organiser = unchecked_login("organiser");
    const std::size_t judges_before = t.session->competition().judges.size();
    const std::size_t audit_before = t.audit_size();
    CHECK_THROWS_WITH_AS(
        add_or_update_judge(*t.session, organiser, Judge{"j01", "冒名", "", {"bricklaying"}}),
        "a change to judge J01 needs a reason", ActionError);
    CHECK(t.session->competition().judges.size() == judges_before);
    CHECK(t.session->competition().find_judge("j01") == nullptr);
    CHECK(t.audit_size() == audit_before);
    // No marks can be entered under the variant: it is no judge of its own.
    CHECK_THROWS_WITH_AS(enter_mark(*t.session, organiser,
                                    MarkRequest{"bricklaying", "01", "j01", "C1", "2", {}, {}}),
                         "unknown judge 'j01'", ActionError);
    CHECK(add_or_update_judge(
        *t.session, organiser,
        Judge{"ｊ０１", "王建国", "焦作市建筑技工学校", {"bricklaying", "rebar"}},
        "short of rebar judges"));
    CHECK(t.session->competition().judges.size() == judges_before);
    CHECK(t.session->competition().find_judge("J01")->judges("rebar"));
    CHECK(t.session->store().audit_log().back().subject == "J01");
}

TEST_CASE("a judge's name needs a visible character; name and employer hold nothing invisible") {
    Contest t;
    const Login organiser = unchecked_login("organiser");
    const std::size_t audit_before = t.audit_size();
    auto save = [&](const std::string& name, const std::string& employer) {
        add_or_update_judge(*t.session, organiser, Judge{"J21", name, employer, {"tiling"}});
    };
    CHECK_THROWS_WITH_AS(save("\u3000", ""), "name: has no visible character", ActionError);
    CHECK_THROWS_WITH_AS(save("\u2800", ""), "name: has no visible character", ActionError);
    CHECK_THROWS_WITH_AS(save("\u200B马天宇", ""),
                         doctest::Contains("name: '<U+200B>马天宇' contains an invisible"),
                         ActionError);
    CHECK_THROWS_WITH_AS(save("马天宇", "焦作\r建工"),
                         doctest::Contains("employer: '焦作<U+000D>建工' contains an invisible"),
                         ActionError);
    CHECK(t.audit_size() == audit_before);
    CHECK(t.session->competition().find_judge("J21") == nullptr);
}

TEST_CASE("a judge code is read as in the competition file: full width, 32 characters, '.'") {
    Contest t;
    const Login organiser = unchecked_login("organiser");
    CHECK(add_or_update_judge(*t.session, organiser, Judge{"Ｊ２２", "马天宇", "", {"tiling"}}));
    CHECK(t.session->competition().find_judge("J22") != nullptr);
    const std::string code = "JUDGE.NUMBER.02-ABCDEF";  // 22 characters, as a file may define
    CHECK(add_or_update_judge(*t.session, organiser, Judge{code, "李卫东", "", {"tiling"}}));
    CHECK(add_or_update_judge(*t.session, organiser,
                              Judge{code, "李卫东", "郑州建工集团", {"tiling"}}, "employer added"));
    REQUIRE(t.session->competition().find_judge(code) != nullptr);
    CHECK(t.session->competition().find_judge(code)->employer == "郑州建工集团");
    CHECK_THROWS_WITH_AS(add_or_update_judge(*t.session, organiser,
                                             Judge{std::string(33, 'J'), "李卫东", "", {"tiling"}}),
                         doctest::Contains("is longer than 32 characters"), ActionError);
}

TEST_CASE("a refused judge code shows an invisible character as <U+200B>") {
    Contest t;
    CHECK_THROWS_WITH_AS(add_or_update_judge(*t.session, unchecked_login("organiser"),
                                             Judge{"J\u200B22", "马天宇", "", {"tiling"}}),
                         "judge code: 'J<U+200B>22' contains an invisible or control character "
                         "(shown here as <U+...>); type it again without it",
                         ActionError);
    CHECK(t.session->competition().find_judge("J22") == nullptr);
}

TEST_CASE("a contestant name of only an accent, a private-use character or U+FFFC is refused") {
    Contest t;
    t.import_good();
    const std::string registered = t.contestant("ZY004").name;
    for (const char* name : {"\u0301", "\uE000", "\uFFFC"}) {
        Contestant c = t.contestant("ZY004");
        c.name = name;
        CHECK_THROWS_WITH_AS(update_contestant(*t.session, unchecked_login("organiser"), c, "fix"),
                             "name: has no visible character", ActionError);
    }
    CHECK(t.contestant("ZY004").name == registered);
}

TEST_CASE("the last draw of an event is found with its seed") {
    Contest t;
    t.import_good();
    CHECK_FALSE(last_draw(*t.session, "rebar").has_value());
    draw(*t.session, unchecked_login("organiser"), "rebar", 4242);
    draw(*t.session, unchecked_login("organiser"), "rebar", 777);
    draw(*t.session, unchecked_login("organiser"), "bricklaying", 99);
    const auto r = last_draw(*t.session, "rebar");
    REQUIRE(r.has_value());
    CHECK(r->seed == 777);
    CHECK(r->actor == "organiser");
    CHECK_FALSE(r->at.empty());
    CHECK(last_draw(*t.session, "bricklaying")->seed == 99);
}
