// The permission table, tried whole: every action by every kind of person (organiser, chief
// judge of this event, chief judge of another, judge of this event, judge of another, nobody)
// in every state of the event (open, a sheet signed off, locked, revealed), once through the
// plumb binary and once through the service calls the console makes. Both must give the
// outcome docs/rules.md promises, and every refusal must leave the database byte for byte as
// it was. The expected table below is written out by hand from docs/rules.md, not derived from
// the code it checks.
#include <doctest/doctest.h>

#include <sodium.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>

#include "../cli/run_plumb.h"
#include "core/id_number.h"
#include "io/import_errors.h"
#include "services/appeals.h"
#include "services/console_settings.h"
#include "services/demo.h"
#include "services/double_entry.h"
#include "services/importing.h"
#include "services/judge_admin.h"
#include "services/judge_kit.h"
#include "services/laptop_retire.h"
#include "services/marks.h"
#include "services/result_state.h"
#include "services/roster_admin.h"
#include "services/settings_keys.h"
#include "services/signoff.h"
#include "services/viewing.h"

using namespace plumb;
using namespace plumb::test;
namespace fs = std::filesystem;

namespace {

enum class Who { Organiser, ChiefHere, ChiefElsewhere, JudgeHere, JudgeElsewhere, Nobody };
enum class State { Open, SignedOff, Locked, Revealed };
const Who kEveryone[] = {Who::Organiser,  Who::ChiefHere,      Who::ChiefElsewhere,
                         Who::JudgeHere,  Who::JudgeElsewhere, Who::Nobody};
const State kStates[] = {State::Open, State::SignedOff, State::Locked, State::Revealed};

const char* name(Who w) {
    switch (w) {
        case Who::Organiser: return "organiser";
        case Who::ChiefHere: return "chief judge of bricklaying (J02)";
        case Who::ChiefElsewhere: return "chief judge of rebar (J06)";
        case Who::JudgeHere: return "judge of bricklaying (J01)";
        case Who::JudgeElsewhere: return "judge of rebar (J07)";
        case Who::Nobody: return "nobody";
    }
    return "?";
}

const char* name(State s) {
    switch (s) {
        case State::Open: return "open";
        case State::SignedOff: return "J01 signed off 01";
        case State::Locked: return "locked";
        case State::Revealed: return "revealed";
    }
    return "?";
}

// Who logs in how: the console's login after the PIN, and plumb's --as/--pin.
struct Person {
    Login login;
    std::string cli;
};

Person person(Who w) {
    switch (w) {
        case Who::Organiser:
            return {{"organiser", Role::Organiser}, " --as organiser --password org-password-1"};
        case Who::ChiefHere: return {{"J02", Role::Judge}, " --as J02 --pin 222222"};
        case Who::ChiefElsewhere: return {{"J06", Role::Judge}, " --as J06 --pin 666666"};
        case Who::JudgeHere: return {{"J01", Role::Judge}, " --as J01 --pin 111111"};
        case Who::JudgeElsewhere: return {{"J07", Role::Judge}, " --as J07 --pin 777777"};
        case Who::Nobody: return {{}, ""};
    }
    return {};
}

// PINs hashed at libsodium's lowest cost: the table is about who may act, not about how long
// a PIN takes to check (set_judge_pin uses the real cost).
std::string cheap_hash(const std::string& secret) {
    char out[crypto_pwhash_STRBYTES];
    REQUIRE(crypto_pwhash_str(out, secret.data(), secret.size(), crypto_pwhash_OPSLIMIT_MIN,
                              crypto_pwhash_MEMLIMIT_MIN) == 0);
    return out;
}

std::string bytes_of(const fs::path& p) {
    return slurp(p);
}

std::string valid_id(const std::string& first17) {
    return first17 + id_check_digit(first17);
}

// The four states as closed database files, and what the cases need to know of them.
struct Templates {
    Scratch dir;
    std::map<State, fs::path> db;
    std::string c3_at_02;       // J01's current C3 at workstation 02
    std::string other_c3;       // a different valid C3
    std::string appeal_id;      // pending in the locked and revealed states
    fs::path marks_csv, timing_csv, theory_csv, roster_csv;

    Templates() {
        REQUIRE(sodium_init() >= 0);
        const fs::path open = dir / "open.plumb";
        {
            CompetitionSession s = create_demo(open, DemoOptions{8, 11, false});
            Change c = s.store().begin(Actor{{}, "organiser", "roles for the table test"});
            c.set_secret(keys::kOrganiserPassword, cheap_hash("org-password-1"));
            c.set_setting(keys::kRoles, "on");
            for (const auto& [judge, pin] : std::map<std::string, std::string>{
                     {"J01", "111111"}, {"J02", "222222"}, {"J06", "666666"}, {"J07", "777777"}})
                c.set_secret(keys::pin(judge), cheap_hash(pin));
            EventState b("bricklaying"), r("rebar");
            b.chief_judge = "J02";
            r.chief_judge = "J06";
            c.set_event_state(b);
            c.set_event_state(r);
            c.commit();
            const auto ws02 = s.store().contestant_at("bricklaying", "02").value();
            c3_at_02 = s.store().current_mark("J01", ws02.registration_no, "C3").value();
            other_c3 = c3_at_02 == "1" ? "2" : "1";
            write_files(s);
            // A laptop in service, for the row that retires it.
            export_kit(s, Login{"organiser", Role::Organiser}, "bricklaying", "B1", dir / "b1.kit");
        }
        db[State::Open] = open;
        const Login organiser{"organiser", Role::Organiser}, chief{"J02", Role::Judge};
        db[State::SignedOff] = derive(open, "signed.plumb", [&](CompetitionSession& s) {
            sign_off(s, Login{"J01", Role::Judge}, "bricklaying", "01", "J01");
        });
        const auto lock_and_appeal = [&](CompetitionSession& s) {
            lock_results(s, chief, "bricklaying", "all sheets in");
            appeal_id = lodge_appeal(s, organiser,
                                     {"bricklaying", "01", "C3", "J01", other_c3, "team leader"},
                                     "score too low");
        };
        db[State::Locked] = derive(open, "locked.plumb", lock_and_appeal);
        // From the locked file, so that both hold the same pending appeal.
        db[State::Revealed] = derive(db[State::Locked], "revealed.plumb", [&](CompetitionSession& s) {
            reveal_event(s, chief, "bricklaying");
        });
    }

    fs::path derive(const fs::path& from, const std::string& to,
                    const std::function<void(CompetitionSession&)>& change) {
        fs::copy_file(from, dir / to);
        CompetitionSession s = CompetitionSession::open(dir / to);
        change(s);
        return dir / to;
    }

    void write_files(const CompetitionSession& s) {
        marks_csv = dir / "marks.csv";
        std::ofstream(marks_csv) << "event,workstation,judge,aspect,value\nbricklaying,02,J01,C3,"
                                 << c3_at_02 << "\n";
        timing_csv = dir / "timing.csv";
        std::ofstream(timing_csv) << "event,workstation,minutes\nbricklaying,01,150\n";
        theory_csv = dir / "theory.csv";
        const std::string reg01 = s.store().contestant_at("bricklaying", "01")->registration_no;
        std::ofstream(theory_csv) << "registration_no,score\n" << reg01 << ",61.5\n";
        roster_csv = dir / "roster.csv";
        std::ofstream(roster_csv) << "报名号,姓名,身份证号,工种,工位号\nZY801,新选手,"
                                  << valid_id("41080219900101123") << ",砌筑工,08\n";
    }
};

// One row of the table: the action through the services and through plumb, and who may do it
// in which states.
struct Row {
    std::string action;
    std::function<void(CompetitionSession&, const Login&, const Templates&)> service;
    std::function<std::string(const Templates&)> cli;  // arguments after "plumb", DB as {DB}
    std::set<Who> who;
    std::set<State> when;
};

const std::set<State> kWhileOpen{State::Open, State::SignedOff};
const std::set<State> kAlways{State::Open, State::SignedOff, State::Locked, State::Revealed};
const std::set<State> kOnceLocked{State::Locked, State::Revealed};

std::vector<Row> table() {
    const std::set<Who> organiser{Who::Organiser}, chief{Who::ChiefHere};
    const std::set<Who> organiser_or_chief{Who::Organiser, Who::ChiefHere};
    return {
        {"enter a mark (J01's C3 at 02, corrected)",
         [](CompetitionSession& s, const Login& by, const Templates& t) {
             enter_mark(s, by, {"bricklaying", "02", "J01", "C3", t.other_c3, "recheck", {}});
         },
         [](const Templates& t) {
             return "mark {DB} --event bricklaying --workstation 02 --judge J01 --aspect C3 "
                    "--value " + t.other_c3 + " --reason recheck";
         },
         {Who::Organiser, Who::ChiefHere, Who::JudgeHere},
         kWhileOpen},
        {"enter a mark on the signed-off sheet (01)",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             enter_mark(s, by, {"bricklaying", "01", "J01", "A1", "1400", "recheck", {}});
         },
         [](const Templates&) {
             return std::string("mark {DB} --event bricklaying --workstation 01 --judge J01 "
                                "--aspect A1 --value 1400 --reason recheck");
         },
         {Who::Organiser, Who::ChiefHere, Who::JudgeHere},
         {State::Open}},
        {"import marks",
         [](CompetitionSession& s, const Login& by, const Templates& t) {
             import_marks(s, by, t.marks_csv);
         },
         [](const Templates& t) { return "marks import {DB} " + quote(t.marks_csv.string()); },
         organiser_or_chief, kWhileOpen},
        {"import times",
         [](CompetitionSession& s, const Login& by, const Templates& t) {
             import_timing(s, by, t.timing_csv);
         },
         [](const Templates& t) { return "timing import {DB} " + quote(t.timing_csv.string()); },
         organiser_or_chief, kWhileOpen},
        {"import theory scores",
         [](CompetitionSession& s, const Login& by, const Templates& t) {
             import_theory(s, by, t.theory_csv);
         },
         [](const Templates& t) { return "theory import {DB} " + quote(t.theory_csv.string()); },
         organiser_or_chief, kWhileOpen},
        {"import contestants",
         [](CompetitionSession& s, const Login& by, const Templates& t) {
             import_roster(s, by, t.roster_csv);
         },
         [](const Templates& t) { return "roster import {DB} " + quote(t.roster_csv.string()); },
         organiser, kWhileOpen},
        {"change a status",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             const std::string reg = s.store().contestant_at("bricklaying", "02")->registration_no;
             set_status(s, by, reg, ContestantStatus::Absent, "left the site");
         },
         [](const Templates&) {
             return std::string("status {DB} --registration {REG02} --status absent --reason "
                                "'left the site'");
         },
         organiser_or_chief, kWhileOpen},
        {"add a contestant",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             Contestant c;
             c.registration_no = "ZY802";
             c.name = "补报选手";
             c.id_number = valid_id("41080219900202123");
             c.event = "bricklaying";
             add_contestant(s, by, c);
         },
         [](const Templates&) {
             return "contestant add {DB} --registration ZY802 --name 补报选手 --id-number " +
                    valid_id("41080219900202123") + " --event bricklaying";
         },
         organiser, kWhileOpen},
        {"correct a contestant's details",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             Contestant c = *s.store().contestant_at("bricklaying", "02");
             c.phone = "13800000000";
             update_contestant(s, by, c, "phone misread");
         },
         [](const Templates&) {
             return std::string("contestant edit {DB} --registration {REG02} --phone 13800000000 "
                                "--reason 'phone misread'");
         },
         organiser, kWhileOpen},
        {"add a judge",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             add_or_update_judge(s, by, Judge{"J21", "新裁判", "", {"bricklaying"}});
         },
         [](const Templates&) {
             return std::string("judge set {DB} --code J21 --name 新裁判 --event bricklaying");
         },
         organiser, kAlways},
        {"sign off J01's sheet of 02",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             sign_off(s, by, "bricklaying", "02", "J01");
         },
         [](const Templates&) {
             return std::string("signoff {DB} --event bricklaying --workstation 02 --judge J01");
         },
         {Who::JudgeHere},
         kWhileOpen},
        {"reopen J01's sheet of 01",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             reopen(s, by, "bricklaying", "01", "J01", "recheck C3");
         },
         [](const Templates&) {
             return std::string("reopen {DB} --event bricklaying --workstation 01 --judge J01 "
                                "--reason 'recheck C3'");
         },
         chief,
         {State::SignedOff}},
        {"lock",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             lock_results(s, by, "bricklaying", "all sheets in");
         },
         [](const Templates&) {
             return std::string("lock {DB} --event bricklaying --reason 'all sheets in'");
         },
         chief, kWhileOpen},
        {"reveal",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             reveal_event(s, by, "bricklaying");
         },
         [](const Templates&) { return std::string("reveal {DB} --event bricklaying"); },
         chief,
         {State::Open, State::SignedOff, State::Locked}},
        {"lodge an appeal",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             lodge_appeal(s, by, {"bricklaying", "02", "A1", "", "1400", "team leader"},
                          "tape misread");
         },
         [](const Templates&) {
             return std::string("appeal lodge {DB} --event bricklaying --workstation 02 --aspect "
                                "A1 --value 1400 --lodged-by 'team leader' --reason 'tape "
                                "misread'");
         },
         organiser_or_chief, kOnceLocked},
        {"decide an appeal",
         [](CompetitionSession& s, const Login& by, const Templates& t) {
             decide_appeal(s, by, t.appeal_id, false, "the score stands");
         },
         [](const Templates& t) {
             return "appeal decide {DB} --id " + (t.appeal_id.empty() ? "none" : t.appeal_id) +
                    " --reject --reason 'the score stands'";
         },
         chief, kOnceLocked},
        {"set a judge's PIN",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             set_judge_pin(s, by, "J03", "333333");
         },
         [](const Templates&) { return std::string("role set {DB} --judge J03 --new-pin 333333"); },
         organiser, kAlways},
        {"name a chief judge",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             set_chief_judge(s, by, "bricklaying", "J03");
         },
         [](const Templates&) {
             return std::string("role set {DB} --chief J03 --event bricklaying");
         },
         organiser, kAlways},
        {"set the organiser's password",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             set_organiser_password(s, by, "org-password-2");
         },
         [](const Templates&) {
             return std::string("role set {DB} --organiser --new-password org-password-2");
         },
         organiser, kAlways},
        {"make a judge kit",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             export_kit(s, by, "bricklaying", "L9", s.store().path() + ".kit");
         },
         [](const Templates&) {
             return std::string("kit export {DB} --event bricklaying --device L9 -o {DB}.kit");
         },
         organiser, kWhileOpen},
        {"retire a laptop",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             retire_laptop(s, by, "B1", "lost on site");
         },
         [](const Templates&) {
             return std::string("kit retire {DB} --laptop B1 --reason 'lost on site'");
         },
         organiser, kAlways},
        {"change the console's idle log-out",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             set_idle_logout_minutes(s, by, 7);
         },
         [](const Templates&) { return std::string("settings set {DB} --idle-logout-minutes 7"); },
         organiser, kAlways},
        {"switch double entry on",
         [](CompetitionSession& s, const Login& by, const Templates&) {
             set_double_entry(s, by, "bricklaying", true);
         },
         [](const Templates&) {
             return std::string("double-entry set {DB} --event bricklaying --on");
         },
         organiser_or_chief, kWhileOpen},
    };
}

std::string replaced(std::string text, const std::string& what, const std::string& with) {
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at))
        text.replace(at, what.size(), with), at += with.size();
    return text;
}

enum class Outcome { Done, Refused };
const char* name(Outcome o) {
    return o == Outcome::Done ? "done" : "refused";
}

struct Result {
    Outcome outcome;
    std::string said;     // the refusal
    bool unchanged;       // the file is byte for byte the template
};

Result through_services(const Row& row, const Person& p, const Templates& t, const fs::path& db) {
    const std::string before = bytes_of(db);
    Result r{Outcome::Done, {}, false};
    {
        CompetitionSession s = CompetitionSession::open(db);
        try {
            row.service(s, p.login, t);
        } catch (const ActionError& e) {
            r = {Outcome::Refused, e.what(), false};
        } catch (const ImportError& e) {
            r = {Outcome::Refused, e.what(), false};
        }
    }
    r.unchanged = !fs::exists(db.string() + "-wal") && bytes_of(db) == before;
    return r;
}

Result through_plumb(const Row& row, const Person& p, const Templates& t, const fs::path& db) {
    const std::string before = bytes_of(db);
    std::string reg02;
    {
        const Store store = Store::open(db.string());
        reg02 = store.contestant_at("bricklaying", "02")->registration_no;
    }
    std::string args = replaced(row.cli(t), "{DB}", quote(db.string()));
    args = replaced(args, "{REG02}", reg02);
    const Run run = run_plumb(args + p.cli);
    Result r{run.code == 0 ? Outcome::Done : Outcome::Refused, run.err, false};
    r.unchanged = !fs::exists(db.string() + "-wal") && bytes_of(db) == before;
    return r;
}

}  // namespace

TEST_CASE("every action x person x state gives the outcome of docs/rules.md, in plumb and in "
          "the services alike, and a refusal changes nothing") {
    const Templates t;
    Scratch work;
    int cases = 0, refusals = 0;
    for (const Row& row : table()) {
        for (const State state : kStates) {
            for (const Who who : kEveryone) {
                const bool expected = row.who.count(who) && row.when.count(state);
                const Person p = person(who);
                const std::string what = row.action + " by " + name(who) + " when " + name(state) +
                                         ": expected " + (expected ? "done" : "refused");
                INFO(what);
                // Appended, not "s" + std::string: GCC 12 warns falsely on that (-Wrestrict).
                std::string n = std::to_string(cases);
                n += ".plumb";
                const fs::path a = work / ("s-" + n), b = work / ("c-" + n);
                fs::copy_file(t.db.at(state), a);
                fs::copy_file(t.db.at(state), b);
                const Result services = through_services(row, p, t, a);
                const Result plumb = through_plumb(row, p, t, b);
                const std::string said = std::string("services: ") + name(services.outcome) + " " +
                                         services.said + "; plumb: " + name(plumb.outcome) + " " +
                                         plumb.said;
                INFO(said);
                CHECK((services.outcome == Outcome::Done) == expected);
                CHECK(plumb.outcome == services.outcome);
                if (services.outcome == Outcome::Refused) CHECK(services.unchanged);
                if (plumb.outcome == Outcome::Refused) CHECK(plumb.unchanged);
                if (services.outcome == Outcome::Done) CHECK_FALSE(services.unchanged);
                refusals += services.outcome == Outcome::Refused;
                ++cases;
                fs::remove(a);
                fs::remove(b);
            }
        }
    }
    MESSAGE(cases << " cases, " << refusals << " refused, each through both paths");
}

TEST_CASE("names before the reveal: the organiser only, in plumb rank and in the services") {
    const Templates t;
    for (const State state : kStates) {
        for (const Who who : kEveryone) {
            const bool expected = who == Who::Organiser || state == State::Revealed;
            const std::string what =
                std::string("names of bricklaying for ") + name(who) + " when " + name(state);
            INFO(what);
            const Person p = person(who);
            CompetitionSession s = CompetitionSession::open(t.db.at(state));
            const EventResults r = results_for(s, p.login, "bricklaying");
            CHECK(!r.rows.front().name.empty() == expected);
            const Run run = run_plumb("rank " + quote(t.db.at(state).string()) +
                                      " --event bricklaying --format csv" + p.cli);
            REQUIRE(run.code == 0);
            CHECK((run.out.find(r.rows.front().name.empty() ? "@@" : r.rows.front().name) !=
                   std::string::npos) == expected);
        }
    }
}
