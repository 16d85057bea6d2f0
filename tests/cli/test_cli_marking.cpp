// plumb mark, status, draw, rank, check, export results, audit verify, demo.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "run_plumb.h"

using namespace plumb::test;
using nlohmann::json;

namespace {

std::string contest(const Scratch& s) {
    const std::string db = (s / "contest.plumb").string();
    REQUIRE(run_plumb("init " + quote(db) + " --competition " + quote(demo_competition())).code ==
            0);
    REQUIRE(run_plumb("roster import " + quote(db) + " " + quote(data("cli/roster.csv"))).code ==
            0);
    return db;
}

Run mark(const std::string& db, const std::string& rest) {
    return run_plumb("mark " + quote(db) + " --event bricklaying --workstation 01 " + rest);
}

}  // namespace

TEST_CASE("mark: entered, refused out of range, corrected only with a reason") {
    Scratch s;
    const std::string db = contest(s);
    Run r = mark(db, "--judge J01 --aspect A1 --value 1491");
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.find("recorded A1 = 1491") != std::string::npos);

    r = mark(db, "--judge J01 --aspect C3 --value 3.5");
    CHECK(r.code == 1);
    CHECK(r.err == "plumb: C3: 3.5 is outside the judgement scale 0..3\n");

    r = mark(db, "--judge J01 --aspect A1 --value 1493");
    CHECK(r.code == 1);
    CHECK(r.err.find("a correction needs a reason") != std::string::npos);

    r = mark(db, "--judge J01 --aspect A1 --value 1493 --reason " + quote("misread the tape"));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    r = mark(db, "--judge J01 --aspect A1 --value 1493");
    CHECK(r.out.find("unchanged") != std::string::npos);

    r = mark(db, "--judge J06 --aspect A1 --value 1490");
    CHECK(r.err == "plumb: judge J06 is not assigned to bricklaying\n");
    r = run_plumb("mark " + quote(db) +
                  " --event bricklaying --workstation 99 --judge J01 --aspect A1 --value 1");
    CHECK(r.err == "plumb: no contestant at workstation 99 in bricklaying\n");
}

TEST_CASE("status needs a reason and shows in the ranking") {
    Scratch s;
    const std::string db = contest(s);
    Run r = run_plumb("status " + quote(db) + " --registration ZY003 --status absent --reason " +
                      quote("did not arrive"));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    r = run_plumb("rank " + quote(db) + " --as organiser --event bricklaying --format json");
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const json j = json::parse(r.out);
    bool seen = false;
    for (const auto& row : j["rows"])
        if (row["registration_no"] == "ZY003") {
            seen = true;
            CHECK(row["status"] == "absent");
            CHECK(row["rank"].is_null());
        }
    CHECK(seen);
    r = run_plumb("mark " + quote(db) +
                  " --event bricklaying --workstation 03 --judge J01 --aspect A1 --value 1490");
    CHECK(r.err == "plumb: workstation 03 is absent: no marks are taken\n");
    r = run_plumb("status " + quote(db) + " --registration ZY999 --status absent --reason x");
    CHECK(r.err == "plumb: no contestant with registration number ZY999\n");
}

TEST_CASE("draw is reproducible from the seed and refused once marks exist") {
    Scratch s;
    const std::string a = contest(s);
    Scratch t;
    const std::string b = contest(t);
    const Run first = run_plumb("draw " + quote(a) + " --event rebar --seed 42");
    const Run second = run_plumb("draw " + quote(b) + " --event rebar --seed 42");
    REQUIRE_MESSAGE(first.code == 0, first.err);
    CHECK(first.out.find("seed 42") != std::string::npos);
    CHECK(first.out == second.out);
    REQUIRE(mark(a, "--judge J01 --aspect A1 --value 1490").code == 0);
    const Run again = run_plumb("draw " + quote(a) + " --event bricklaying --seed 1");
    CHECK(again.err ==
          "plumb: marks have been entered for bricklaying: the draw cannot be repeated\n");
}

TEST_CASE("the demo competition ranks, checks, exports and verifies") {
    Scratch s;
    const std::string db = (s / "demo.plumb").string();
    Run r = run_plumb("demo " + quote(db));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.find("200 contestants") != std::string::npos);

    int absent = 0, disqualified = 0, ranked = 0, flagged = 0, tied = 0;
    for (const char* event : {"bricklaying", "rebar", "tiling", "carpentry"}) {
        r = run_plumb("rank " + quote(db) + " --as organiser --event " + event + " --format json");
        REQUIRE_MESSAGE(r.code == 0, r.err);
        const json j = json::parse(r.out);
        CHECK(j["event"] == event);
        CHECK(j["precision"] == 2);
        int previous_rank = 0;
        std::map<std::string, int> totals;
        for (const auto& row : j["rows"]) {
            for (const char* key :
                 {"rank", "registration_no", "name", "employer", "workstation", "theory",
                  "practical", "total", "time_minutes", "status", "award", "titles", "tie"})
                CHECK_MESSAGE(row.contains(key), key);
            if (row["status"] == "absent") ++absent;
            if (row["status"] == "disqualified") ++disqualified;
            if (row.contains("flags")) ++flagged;
            if (!row["rank"].is_null()) {
                ++ranked;
                CHECK(row["rank"].get<int>() >= previous_rank);
                previous_rank = row["rank"].get<int>();
                CHECK(row["status"] == "complete");
                ++totals[row["total"].dump()];
            }
        }
        for (const auto& [total, n] : totals) tied += n > 1 ? n : 0;
    }
    CHECK(absent == 1);
    CHECK(disqualified >= 1);
    CHECK(flagged >= 1);
    CHECK(tied >= 2);
    CHECK(ranked >= 190);

    r = run_plumb("check " + quote(db) + " --format json");
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const json c = json::parse(r.out);
    CHECK(c["integrity"] == json::array({"ok"}));
    CHECK(c["audit_problems"].empty());

    r = run_plumb("export results " + quote(db) + " --as organiser --all --format csv -o " +
                  quote((s / "results.csv").string()));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const std::string csv = slurp(s / "results.csv");
    CHECK(csv.rfind("\xEF\xBB\xBF"
                    "event,rank,registration_no,name",
                    0) == 0);
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 201);

    r = run_plumb("audit verify " + quote(db));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.find("audit chain ok") == 0);
}

TEST_CASE("audit verify finds a mark edited behind the program's back") {
    Scratch s;
    const std::string db = contest(s);
    REQUIRE(mark(db, "--judge J01 --aspect A1 --value 1491").code == 0);
    const std::string sql = "UPDATE mark_log SET value='1490'";
    REQUIRE(std::system(("sqlite3 " + quote(db) + " " + quote(sql)).c_str()) == 0);
    const Run r = run_plumb("audit verify " + quote(db));
    CHECK(r.code != 0);
    CHECK(r.err.find("mark_log") != std::string::npos);
}

TEST_CASE("every command answers --help") {
    for (const char* cmd :
         {"init", "demo", "roster import", "draw", "marks import", "mark", "timing import",
          "theory import", "status", "rank", "check", "export results", "audit verify"}) {
        const Run r = run_plumb(std::string(cmd) + " --help");
        CHECK_MESSAGE(r.code == 0, cmd);
        CHECK_MESSAGE(r.out.find("Usage") != std::string::npos, cmd);
    }
}

TEST_CASE("mark: a workstation typed in full width is the one the roster gave") {
    Scratch s;
    const std::string db = contest(s);
    Run r =
        run_plumb("mark " + quote(db) +
                  " --event bricklaying --workstation ０１ --judge J01 --aspect A1 --value 1491");
    REQUIRE_MESSAGE(r.code == 0, r.err);
    r = mark(db, "--judge J01 --aspect A1 --value 1491");
    CHECK(r.out.find("unchanged") != std::string::npos);  // the same contestant's mark
}

TEST_CASE("judge set: j01 is judge J01, changed only with a reason, never a sixth judge") {
    Scratch s;
    const std::string db = contest(s);
    const std::string set =
        "judge set " + quote(db) + " --code j01 --name 冒名 --event bricklaying";
    Run r = run_plumb(set);
    CHECK(r.code == 1);
    CHECK(r.err == "plumb: a change to judge J01 needs a reason\n");
    r = mark(db, "--judge j01 --aspect C1 --value 2");
    CHECK(r.code == 1);
    CHECK(r.err == "plumb: unknown judge 'j01'\n");
    r = run_plumb(set + " --reason " + quote("renamed"));
    CHECK(r.out == "saved J01\n");
    r = run_plumb("judge set " + quote(db) + " --code " + quote("J\u200B9") +
                  " --name 马天宇 --event tiling");
    CHECK(r.err.find("judge code: 'J<U+200B>9' contains an invisible") != std::string::npos);
}
