// The permission table, tried whole: every action by every kind of person (organiser, chief
// judge of this event, chief judge of another, judge of this event, judge of another, nobody)
// in every state of the event (open, a sheet signed off, locked, revealed), once through the
// plumb binary and once through the service calls the console makes. Both must give the
// outcome docs/rules.md promises, and every refusal must leave the database byte for byte as
// it was. The expected table (rules_rows.cpp) is written out by hand from docs/rules.md, not
// derived from the code it checks.
#include <doctest/doctest.h>

#include <filesystem>

#include "../cli/run_plumb.h"
#include "io/import_errors.h"
#include "rules_rows.h"
#include "services/viewing.h"

using namespace plumb;
using namespace plumb::test;
namespace fs = std::filesystem;

namespace {

std::string bytes_of(const fs::path& p) {
    return slurp(p);
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
