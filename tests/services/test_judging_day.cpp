// Sign-off and reopen, lock and reveal, appeals after lock, settling a conflict from two
// laptops, and the audit history that answers "who changed this mark, when and why".
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "laptops_fixture.h"
#include "services/appeals.h"
#include "services/audit_view.h"
#include "services/check.h"
#include "services/conflicts.h"
#include "services/history.h"
#include "core/translate.h"
#include "services/judge_admin.h"
#include "services/result_state.h"
#include "services/roster_admin.h"
#include "services/signing.h"
#include "services/signoff.h"

using namespace plumb;
using namespace plumb::test;

namespace {

const Login kChief = unchecked_login("J02");  // the chief judge, without roles

struct Demo {
    Scratch dir;
    std::unique_ptr<CompetitionSession> s;
    Demo() {
        s = std::make_unique<CompetitionSession>(
            create_demo(dir / "day.plumb", DemoOptions{8, 11, false}));
    }
    std::string value(const std::string& judge, const std::string& ws, const std::string& aspect) {
        const auto c = s->store().contestant_at("bricklaying", ws).value();
        return s->store().current_mark(judge, c.registration_no, aspect).value_or("");
    }
    std::string other_c3(const std::string& ws) {
        return value("J01", ws, "C3") == "1" ? "2" : "1";
    }
};

}  // namespace

TEST_CASE("after sign-off a judge's entries for the sheet wait for the chief judge's reopen") {
    Demo d;
    sign_off(*d.s, as("J01"), "bricklaying", "01", "J01");
    CHECK(is_signed_off(d.s->store(), "bricklaying", "01", "J01"));
    CHECK_FALSE(is_signed_off(d.s->store(), "bricklaying", "02", "J01"));
    CHECK_THROWS_WITH_AS(enter_mark(*d.s, as("J01"), MarkRequest{"bricklaying", "01", "J01", "C3", d.other_c3("01"), "second look", {}}),
                         doctest::Contains("J01 has signed off workstation 01"), ActionError);
    // Another judge's sheet and another workstation are not affected.
    CHECK(enter_mark(*d.s, as("J03"), MarkRequest{"bricklaying", "01", "J03", "C3", "0", "x", {}}).result == MarkResult::Recorded);
    CHECK_THROWS_WITH_AS(sign_off(*d.s, as("J01"), "bricklaying", "01", "J01"),
                         doctest::Contains("already signed off"), ActionError);
    CHECK_THROWS_WITH_AS(reopen(*d.s, as("J02"), "bricklaying", "01", "J01", {}),
                         doctest::Contains("needs a reason"), ActionError);
    reopen(*d.s, as("J02"), "bricklaying", "01", "J01", "J01 asked to recheck C3");
    CHECK_FALSE(is_signed_off(d.s->store(), "bricklaying", "01", "J01"));
    CHECK(enter_mark(*d.s, as("J01"), MarkRequest{"bricklaying", "01", "J01", "C3", d.other_c3("01"), "second look", {}}).result == MarkResult::Recorded);
    CHECK(signed_off(d.s->store(), "bricklaying").empty());
    CHECK(d.s->store().verify_audit().empty());
}

// A sign-off belongs to the workstation's sheet: moving its contestant elsewhere would take
// them out of it, and their judge could change their marks without the chief judge's reopen.
TEST_CASE("a contestant does not move from or onto a signed-off workstation") {
    Demo d;
    sign_off(*d.s, as("J01"), "bricklaying", "01", "J01");
    Contestant at01 = d.s->store().contestant_at("bricklaying", "01").value();
    at01.workstation = "09";
    CHECK_THROWS_WITH_AS(update_contestant(*d.s, as("organiser"), at01, "relabelled"),
                         doctest::Contains("J01 has signed off workstation 01: the chief judge "
                                           "must reopen it before a contestant moves"),
                         ActionError);
    CHECK(d.s->store().contestant_at("bricklaying", "01")->registration_no == at01.registration_no);
    reopen(*d.s, kChief, "bricklaying", "01", "J01", "moved to 09");
    CHECK(update_contestant(*d.s, as("organiser"), at01, "relabelled"));
    CHECK(d.s->store().contestant_at("bricklaying", "09")->registration_no == at01.registration_no);
}

// The sign-off dialog listed every measurement another judge had taken as missing from this
// judge's sheet, which the sheet itself shows as done.
TEST_CASE(
    "a judge's sheet lacks nothing before sign-off when another judge took the measurements") {
    Demo d;
    bool measured_by_others = false;
    const auto c = d.s->store().contestant_at("bricklaying", "01").value();
    for (const char* judge : {"J02", "J03"})
        measured_by_others = measured_by_others ||
                             !d.s->store().current_mark(judge, c.registration_no, "A1").has_value();
    REQUIRE(measured_by_others);  // the demo's measurements are J01's
    CHECK(missing_before_signoff(*d.s, "bricklaying", "01", "J02").empty());
    CHECK(missing_before_signoff(*d.s, "bricklaying", "01", "J03").empty());
    // A judgement score of their own still counts.
    const auto fresh =
        add_or_update_judge(*d.s, as("organiser"), Judge{"J30", "赵新", "", {"bricklaying"}});
    (void)fresh;
    const auto missing = missing_before_signoff(*d.s, "bricklaying", "01", "J30");
    CHECK_FALSE(missing.empty());
    CHECK(std::find(missing.begin(), missing.end(), "A1") == missing.end());
    CHECK(std::find(missing.begin(), missing.end(), "C3") != missing.end());
}

TEST_CASE("lock is refused with the list while marks are missing or in conflict") {
    Demo d;
    const std::string a1 = d.value("J01", "02", "A1");
    enter_mark(*d.s, as("J03"), MarkRequest{"bricklaying", "02", "J03", "A1", other_measurement(a1), {}, {}});
    const auto before = state_of(d.s->store());
    CHECK_THROWS_WITH_AS(lock_results(*d.s, as("J02"), "bricklaying", "done"),
                         doctest::Contains("workstation 02 conflict A1"), ActionError);
    CHECK(state_of(d.s->store()) == before);
    CHECK_FALSE(d.s->store().event_state("bricklaying").locked);
}

TEST_CASE("reveal comes only with a lock: refused while incomplete, locking when it reveals") {
    Demo d;
    const std::string a1 = d.value("J01", "02", "A1");
    enter_mark(*d.s, as("J03"), MarkRequest{"bricklaying", "02", "J03", "A1", other_measurement(a1), {}, {}});
    CHECK_THROWS_AS(reveal_event(*d.s, kChief, "bricklaying"), ActionError);
    CHECK_FALSE(d.s->store().event_state("bricklaying").revealed);
    CHECK_FALSE(d.s->store().event_state("bricklaying").locked);
    resolve_conflict(*d.s, as("J02"), "bricklaying", "02", "A1", a1, "measured again");
    reveal_event(*d.s, kChief, "bricklaying");
    CHECK(d.s->store().event_state("bricklaying").revealed);
    CHECK(d.s->store().event_state("bricklaying").locked);
    CHECK_THROWS_WITH_AS(enter_mark(*d.s, as("J01"), MarkRequest{"bricklaying", "01", "J01", "C3", d.other_c3("01"), "late", {}}),
                         doctest::Contains("is locked: its results change only through an appeal"), ActionError);
}

TEST_CASE("after lock a correction is an appeal; upheld it corrects and bumps the revision") {
    Demo d;
    CHECK_THROWS_WITH_AS(lodge_appeal(*d.s, as("organiser"), {"bricklaying", "01", "A1", "", "1490", "leader"}, "tape misread"),
                         doctest::Contains("is not locked"), ActionError);
    lock_results(*d.s, as("J02"), "bricklaying", "all sheets in");
    CHECK(d.s->store().event_state("bricklaying").revision == 1);
    const std::string old = d.value("J01", "01", "A1");
    const std::string wanted = other_measurement(old);
    // Asking for the value every judge already has is no appeal (it would make a revision that
    // changes nothing).
    CHECK_THROWS_WITH_AS(lodge_appeal(*d.s, as("organiser"),
                                      {"bricklaying", "01", "A1", "", old, "team leader"}, "same"),
                         doctest::Contains("an appeal asks for another value"), ActionError);
    CHECK(appeals(d.s->store(), "bricklaying").empty());
    const std::string id =
        lodge_appeal(*d.s, as("organiser"), {"bricklaying", "01", "A1", "", wanted, "team leader"}, "tape misread");
    auto list = appeals(d.s->store(), "bricklaying");
    REQUIRE(list.size() == 1);
    CHECK(list[0].id == id);
    CHECK(list[0].old_value == "J01=" + old);
    CHECK(list[0].new_value == wanted);
    CHECK(list[0].lodged_by == "team leader");
    CHECK(list[0].recorded_by == "organiser");
    CHECK(list[0].reason == "tape misread");
    CHECK(list[0].decision == "pending");
    CHECK(d.value("J01", "01", "A1") == old);  // nothing changes until decided

    decide_appeal(*d.s, as("J02"), id, true, "re-measured in front of both");
    list = appeals(d.s->store(), "bricklaying");
    CHECK(list[0].decision == "upheld");
    CHECK(list[0].decided_by == "J02");
    CHECK(list[0].decision_reason == "re-measured in front of both");
    CHECK(list[0].revision == 2);
    CHECK(d.value("J01", "01", "A1") == wanted);
    CHECK(d.s->store().event_state("bricklaying").revision == 2);
    CHECK(d.s->store().event_state("bricklaying").locked);
    CHECK_THROWS_WITH_AS(decide_appeal(*d.s, as("J02"), id, false, "again"),
                         doctest::Contains("already upheld"), ActionError);
    CHECK(d.s->store().verify_audit().empty());
}

TEST_CASE("a rejected appeal changes no mark and no revision") {
    Demo d;
    lock_results(*d.s, as("J02"), "bricklaying", "all sheets in");
    const std::string before = d.value("J03", "02", "C3");
    const std::string id =
        lodge_appeal(*d.s, as("J02"), {"bricklaying", "02", "C3", "J03", before == "3" ? "2" : "3", "him"}, "score too low");
    CHECK_THROWS_WITH_AS(
        lodge_appeal(*d.s, as("J02"), {"bricklaying", "02", "C3", "", "1", "him"}, "x"),
        doctest::Contains("say whose score"), ActionError);
    const auto marks = d.s->store().mark_count();
    decide_appeal(*d.s, as("J02"), id, false, "the score stands");
    CHECK(d.s->store().mark_count() == marks);
    CHECK(d.value("J03", "02", "C3") == before);
    CHECK(d.s->store().event_state("bricklaying").revision == 1);
    CHECK(appeals(d.s->store())[0].decision == "rejected");
}

// An appeal asks to change a mark that was given, for a contestant who competed: upheld, it
// must not create a mark no judge gave, nor split a measurement the judges agreed on (the
// event would then hold a conflict it can never be revealed with).
TEST_CASE(
    "an appeal names a mark that was given: one judge's measurement, a missing mark and "
    "a contestant who did not compete are refused") {
    Demo d;
    add_or_update_judge(*d.s, as("organiser"), Judge{"J30", "赵新", "", {"bricklaying"}});
    const Contestant gone = d.s->store().contestant_at("bricklaying", "02").value();
    set_status(*d.s, as("organiser"), gone.registration_no, ContestantStatus::Withdrawn, "hurt");
    lock_results(*d.s, as("J02"), "bricklaying", "all sheets in");
    const std::string a1 = d.value("J01", "01", "A1");
    const auto lodge = [&](const std::string& ws, const std::string& aspect,
                           const std::string& judge, const std::string& value) {
        return lodge_appeal(*d.s, as("organiser"),
                            {"bricklaying", ws, aspect, judge, value, "leader"}, "grounds");
    };
    // A measurement the judges agree on changes for all of them or not at all.
    CHECK_THROWS_WITH_AS(lodge("01", "A1", "J01", other_measurement(a1)),
                         doctest::Contains("name no judge"), ActionError);
    // J30 came after the lock and gave no score.
    CHECK_THROWS_WITH_AS(lodge("01", "C3", "J30", "2"),
                         doctest::Contains("C3 at workstation 01 has no mark from J30 to appeal"),
                         ActionError);
    CHECK_THROWS_WITH_AS(lodge("02", "A1", "", "1490"),
                         doctest::Contains("it has no results to appeal"), ActionError);
    CHECK(appeals(d.s->store()).empty());
    CHECK(d.s->store().event_state("bricklaying").revision == 1);
}

// Appeal ids are cut from a uuid; its first digits are the clock's, so ids cut from them would
// be the same for a minute and the second appeal would wait for the clock to move on.
TEST_CASE("appeals lodged one after another get their own ids at once" * doctest::timeout(20)) {
    Demo d;
    lock_results(*d.s, as("J02"), "bricklaying", "all sheets in");
    std::set<std::string> ids;
    for (const char* ws : {"01", "02"})
        for (const char* aspect : {"C3", "C4"}) {  // judgement aspects, 0 to 3
            const std::string before = d.value("J03", ws, aspect);
            ids.insert(lodge_appeal(
                *d.s, as("J02"),
                {"bricklaying", ws, aspect, "J03", before == "3" ? "2" : "3", "him"}, "too low"));
        }
    CHECK(ids.size() == 4);
    CHECK(appeals(d.s->store()).size() == 4);
}

TEST_CASE("a measurement two laptops disagree on is settled on the master, with the reason") {
    Scenario s;
    Laptop& l1 = s.add_laptop("L1", "bricklaying");
    Laptop& l2 = s.add_laptop("L2", "bricklaying");
    const Contestant c = s.contestants_of("bricklaying").front();
    s.enter_one(l1, c.registration_no, "J01", "A1", "1491");
    s.enter_one(l2, c.registration_no, "J03", "A1", "1493");
    import_packets(*s.master, kOrganiserLogin, files({{"l1", l1.packet()}, {"l2", l2.packet()}}));
    auto has_conflict = [&] {
        const CheckReport report = check_competition(*s.master, kOrganiserLogin, "bricklaying");
        for (const CheckItem& i : report.events[0].items)
            if (i.kind == "conflict" && i.workstation == c.workstation) return true;
        return false;
    };
    CHECK(has_conflict());
    CHECK_THROWS_WITH_AS(resolve_conflict(*s.master, as("J02"), "bricklaying", c.workstation, "A2", "1000", "x"),
                         doctest::Contains("is not in conflict"), ActionError);
    CHECK(resolve_conflict(*s.master, as("J02"), "bricklaying", c.workstation, "A1", "1493", "measured again: 1493") == 1);
    CHECK_FALSE(has_conflict());
    const auto history = s.master->store().mark_history(c.registration_no, "A1");
    REQUIRE(history.size() == 3);  // both laptops' entries kept, the settlement appended
    CHECK(history.back().judge == "J01");
    CHECK(history.back().reason == "conflict settled: measured again: 1493");
    CHECK(s.master->store().verify_audit().empty());

    // The history names the laptops, the judges, the times and the reasons.
    const auto lines = audit_history(*s.master, kOrganiserLogin, "bricklaying", c.workstation);
    std::vector<std::string> seen;
    for (const AuditLine& l : lines)
        if (l.action == "mark") seen.push_back(l.device + " " + l.actor + " " + l.what);
    CHECK(seen == std::vector<std::string>{"L1 J01 J01 A1 = 1491", "L2 J03 J03 A1 = 1493",
                                           "this database J02 J01 A1 = 1493"});
}

TEST_CASE("the audit history narrows to an event and a workstation") {
    Demo d;
    enter_mark(*d.s, as("J01"), MarkRequest{"bricklaying", "01", "J01", "C3", d.other_c3("01"), "recheck", {}});
    sign_off(*d.s, as("J01"), "bricklaying", "01", "J01");
    lock_results(*d.s, as("J02"), "bricklaying", "all in");
    const auto ws01 = audit_history(*d.s, kOrganiserLogin, "bricklaying", "01");
    REQUIRE(ws01.size() >= 3);
    for (const AuditLine& l : ws01) {
        CHECK(l.event == "bricklaying");
        CHECK(l.workstation == "01");
    }
    CHECK(ws01[ws01.size() - 2].what.find("J01 C3 = ") == 0);
    CHECK(ws01[ws01.size() - 2].reason == "recheck");
    CHECK(ws01.back().what == "J01 signed the sheet off");
    const auto event = audit_history(*d.s, kOrganiserLogin, "bricklaying", "");
    const auto state = std::find_if(event.begin(), event.end(),
                                    [](const AuditLine& l) { return l.action == "event.state"; });
    REQUIRE(state != event.end());
    CHECK(state->what == "bricklaying: locked");
    // The lock's own record belongs to the event too, said in words (it was "lock bricklaying",
    // under no event).
    CHECK(event.back().action == "lock");
    CHECK(event.back().what == "bricklaying: results locked");
    CHECK(event.back().reason == "all in");
    CHECK(event.size() > ws01.size());
    CHECK(audit_history(*d.s, kOrganiserLogin, "", "").size() == d.s->store().audit_log().size());
}

namespace {
std::string bracketed(const char* msgid) {
    return std::string("[") + msgid + "]";
}
}  // namespace

// The reasons Plumbline writes itself were shown in English in the Chinese console ("conflict
// settled: 复测"); what the person typed stays as typed.
TEST_CASE("a reason Plumbline wrote is said in the reader's language, the typed part as typed") {
    set_translator(&bracketed);
    const std::string settled = said_reason("conflict settled: 复测");
    const std::string upheld = said_reason("appeal 3f2a9c01 upheld: re-measured");
    const std::string twice = said_reason("entered twice, agreed (was 1493): sheet re-read");
    const std::string typed = said_reason("recheck: the tape slipped");
    set_translator(nullptr);
    CHECK(settled == "[conflict settled: 复测]");
    CHECK(upheld == "[appeal 3f2a9c01 upheld: re-measured]");
    CHECK(twice == "[entered twice, agreed (was 1493): sheet re-read]");
    CHECK(typed == "recheck: the tape slipped");
}

// The Chinese console showed "由 organiser 登记", "chief judge 于 … 裁决" and "J01=fail → pass":
// the actors and values Plumbline records, said like the audit log's "J01 D1 = 合格".
TEST_CASE("the actors and pass/fail values Plumbline records are said in the reader's language") {
    set_translator(&bracketed);
    const std::vector<std::string> actors{said_actor("organiser"), said_actor("chief judge"),
                                          said_actor("plumbline"), said_actor("demo"),
                                          said_actor("cli:wang"),  said_actor("J01")};
    const std::string judges = said_values("J01=fail; J02=pass");
    const std::string measured = said_values("J01=2;3;6;1; J03=1493");
    const std::string one = said_value("pass");
    set_translator(nullptr);
    CHECK(actors == std::vector<std::string>{"[organiser]", "[chief judge]", "[plumbline]",
                                             "[demo]", "[cli:wang]", "J01"});
    CHECK(judges == "J01=[fail]; J02=[pass]");
    CHECK(measured == "J01=2;3;6;1; J03=1493");
    CHECK(one == "[pass]");
    CHECK(said_actor("cli:wang") == "cli:wang");  // English: as recorded
}

// "signing.secret 已更改（保密）" and "signing.public = b4b5…" in the Chinese audit log: the
// settings a person meets are said by name, a public key by its fingerprint, who by their role.
TEST_CASE("the audit log says a setting by its name and the program as an actor in words") {
    Demo d;
    const DeviceKey key = device_key(*d.s);
    set_translator(&bracketed);
    const auto lines = audit_history(*d.s, kOrganiserLogin, "", "");
    set_translator(nullptr);
    std::vector<std::string> said;
    for (const AuditLine& l : lines)
        if (l.action == "setting") said.push_back(l.actor + " " + l.what);
    CHECK(std::find(said.begin(), said.end(),
                    "[plumbline] [[signing key (secret half)] changed (secret)]") != said.end());
    CHECK(std::find(said.begin(), said.end(),
                    "[plumbline] [[signing key (public half)], fingerprint " +
                        key_fingerprint(key.public_hex) + "]") != said.end());
    for (const std::string& s : said) CHECK(s.find("signing.") == std::string::npos);
}
