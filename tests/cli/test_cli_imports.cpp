// plumb init and the four importers: happy paths, and bad files that change nothing.
#include <doctest/doctest.h>

#include "run_plumb.h"

using namespace plumb::test;

namespace {

// A competition with the test roster imported.
std::string fresh_db(const Scratch& s) {
    const std::string db = (s / "contest.plumb").string();
    const Run init = run_plumb("init " + quote(db) + " --competition " + quote(demo_competition()));
    REQUIRE_MESSAGE(init.code == 0, init.err);
    const Run roster =
        run_plumb("roster import " + quote(db) + " " + quote(data("cli/roster.csv")));
    REQUIRE_MESSAGE(roster.code == 0, roster.err);
    return db;
}

// A refused import: exit code, every expected message, and the database byte for byte unchanged.
void refused(const std::string& db, const std::string& command,
             const std::vector<std::string>& messages) {
    const std::string before = slurp(db);
    const Run r = run_plumb(command + " " + quote(db) + " " + quote(data(messages.front())));
    CHECK(r.code != 0);
    for (std::size_t i = 1; i < messages.size(); ++i)
        CHECK_MESSAGE(r.err.find(messages[i]) != std::string::npos, r.err);
    CHECK(r.err.find("nothing was imported") != std::string::npos);
    CHECK(slurp(db) == before);
    CHECK_FALSE(std::filesystem::exists(db + "-wal"));
}

}  // namespace

TEST_CASE("init creates a database from the demo competition file") {
    Scratch s;
    const std::string db = (s / "c.plumb").string();
    const Run r = run_plumb("init " + quote(db) + " --competition " + quote(demo_competition()));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.find("4 events, 20 judges") != std::string::npos);
    const Run again =
        run_plumb("init " + quote(db) + " --competition " + quote(demo_competition()));
    CHECK(again.code != 0);
    CHECK(again.err.find("plumb: ") == 0);
}

TEST_CASE("init refuses a broken competition file and leaves no database behind") {
    Scratch s;
    std::ofstream(s / "bad.toml") << "[competition]\nname = \"x\"\nprecision = 9\n";
    const std::string db = (s / "c.plumb").string();
    const Run r =
        run_plumb("init " + quote(db) + " --competition " + quote((s / "bad.toml").string()));
    CHECK(r.code != 0);
    CHECK(r.err.find("bad.toml:3") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(db));
}

TEST_CASE("roster import reads Chinese headers and reports every bad row") {
    Scratch s;
    const std::string db = fresh_db(s);
    const Run again = run_plumb("roster import " + quote(db) + " " + quote(data("cli/roster.csv")));
    CHECK(again.code != 0);  // the same people again: duplicates
    CHECK(again.err.find("roster.csv:2: 报名号") != std::string::npos);
    refused(db, "roster import",
            {"cli/roster-bad.csv", "roster-bad.csv:2: 身份证号: check digit should be 0, not 1",
             "roster-bad.csv:3: 姓名", "roster-bad.csv:4: 工种", "roster-bad.csv:5: 报名号"});
}

TEST_CASE("marks import: happy path, then the same file again adds nothing") {
    Scratch s;
    const std::string db = fresh_db(s);
    Run r = run_plumb("marks import " + quote(db) + " " + quote(data("cli/marks.csv")));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.find("imported 7 marks") != std::string::npos);
    r = run_plumb("marks import " + quote(db) + " " + quote(data("cli/marks.csv")));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.find("imported 0 marks") != std::string::npos);
    CHECK(r.out.find("7 already recorded") != std::string::npos);
}

TEST_CASE("marks import refuses unknown workstations, judges, aspects and values out of range") {
    Scratch s;
    const std::string db = fresh_db(s);
    refused(
        db, "marks import",
        {"cli/marks-bad.csv", "marks-bad.csv:3: judge", "marks-bad.csv:4: workstation",
         "marks-bad.csv:5: value", "outside the judgement scale 0..3", "marks-bad.csv:6: aspect"});
}

TEST_CASE("timing and theory imports, and their refusals") {
    Scratch s;
    const std::string db = fresh_db(s);
    Run r = run_plumb("timing import " + quote(db) + " " + quote(data("cli/timing.csv")));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.find("imported 2 times") != std::string::npos);
    r = run_plumb("theory import " + quote(db) + " " + quote(data("cli/theory.csv")));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.find("imported 2 theory scores") != std::string::npos);
    refused(db, "timing import",
            {"cli/timing-bad.csv", "timing-bad.csv:2:", "timing-bad.csv:3: workstation"});
    refused(db, "theory import",
            {"cli/theory-bad.csv", "theory-bad.csv:2: score", "theory-bad.csv:3: registration_no"});
}
