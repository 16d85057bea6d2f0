// Roles, sign-off, lock, reveal, appeals and the audit log through the real plumb binary.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "run_plumb.h"

using namespace plumb::test;
using nlohmann::json;

namespace {

// A small complete demo with the organiser's password, PINs for J01 and J02, J02 chief judge
// of bricklaying.
struct Judged {
    Scratch s;
    std::string db = (s / "roles.plumb").string();
    const std::string org = " --as organiser --password organiser-pw";
    Judged() {
        REQUIRE(run_plumb("demo " + quote(db) + " --contestants 8 --seed 11").code == 0);
        REQUIRE(
            run_plumb("role set " + quote(db) + " --organiser --new-password organiser-pw").code ==
            0);
        for (const char* line : {" --judge J01 --new-pin 111111", " --judge J02 --new-pin 222222",
                                 " --chief J02 --event bricklaying"}) {
            const Run r = run_plumb("role set " + quote(db) + line + org);
            REQUIRE_MESSAGE(r.code == 0, r.err);
        }
    }
    Run mark(const std::string& rest) {
        return run_plumb("mark " + quote(db) + " --event bricklaying --workstation 01 " + rest);
    }
};

// plumb ARGS with PLUMB_PIN set in its environment.
Run run_with_pin(const std::string& pin, const std::string& args) {
    Scratch capture;
    const std::string cmd = "PLUMB_PIN=" + pin + " " + std::string(PLUMB_BINARY) + " " + args +
                            " >" + (capture / "out").string() + " 2>" + (capture / "err").string();
    Run r;
    const int status = std::system(cmd.c_str());
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(capture / "out");
    r.err = slurp(capture / "err");
    return r;
}

}  // namespace

TEST_CASE("with roles on, a mark needs the judge's PIN, from the option or the environment") {
    Judged j;
    Run r = j.mark("--judge J01 --aspect C3 --value 0 --reason recheck");
    CHECK(r.code == 1);
    CHECK(r.err.find("give the PIN of J01") != std::string::npos);
    r = j.mark("--judge J01 --aspect C3 --value 0 --reason recheck --pin 999999");
    CHECK(r.err == "plumb: wrong PIN for J01\n");
    r = j.mark("--judge J01 --aspect C3 --value 0 --reason recheck --pin 111111");
    CHECK_MESSAGE(r.code == 0, r.err);
    r = run_plumb("mark " + quote(j.db) +
                  " --event bricklaying --workstation 02 --judge J01 --aspect C3 --value 0 "
                  "--reason recheck");
    CHECK(r.code == 1);  // PLUMB_PIN is not set for this one
    const Run env = run_with_pin("111111", "mark " + quote(j.db) +
                                             " --event bricklaying --workstation 01 --judge J01 "
                                             "--aspect C3 --value 1 --reason again");
    CHECK_MESSAGE(env.code == 0, env.err);
    CHECK(env.out.find("recorded C3 = 1") != std::string::npos);
    r = j.mark("--judge J03 --aspect C3 --value 2 --reason mine --as J01 --pin 111111");
    CHECK(r.err == "plumb: J01 may not enter or change J03's marks\n");
    r = run_plumb("audit log " + quote(j.db) + " --workstation 01 --event bricklaying");
    CHECK(r.out.find("wrong PIN or password for J01") == std::string::npos);  // not per sheet
    r = run_plumb("audit log " + quote(j.db));
    CHECK(r.out.find("wrong PIN or password for J01") != std::string::npos);
}

TEST_CASE("a viewer sees workstations only until the chief judge locks and reveals") {
    Judged j;
    Run r = run_plumb("rank " + quote(j.db) + " --event bricklaying --format json");
    REQUIRE(r.code == 0);
    json rows = json::parse(r.out)["rows"];
    REQUIRE(rows.size() == 2);
    for (const auto& row : rows) CHECK(row["name"] == "");
    r = run_plumb("rank " + quote(j.db) + " --event bricklaying --format json" + j.org);
    CHECK(json::parse(r.out)["rows"][0]["name"] != "");
    r = run_plumb("reveal " + quote(j.db) + " --event bricklaying --as J01 --pin 111111");
    CHECK(r.err == "plumb: only the chief judge of bricklaying (J02) may reveal names\n");
    r = run_plumb("lock " + quote(j.db) + " --event bricklaying --reason done --as J02 --pin 222222");
    CHECK_MESSAGE(r.code == 0, r.err);
    r = run_plumb("reveal " + quote(j.db) + " --event bricklaying --as J02 --pin 222222");
    CHECK_MESSAGE(r.code == 0, r.err);
    r = run_plumb("rank " + quote(j.db) + " --event bricklaying --format json");
    rows = json::parse(r.out)["rows"];
    REQUIRE(rows.size() == 2);
    for (const auto& row : rows) CHECK(row["name"] != "");
}

TEST_CASE("sign-off, reopen, lock, appeal and decision, each in the audit log with its reason") {
    Judged j;
    Run r = run_plumb("signoff " + quote(j.db) +
                      " --event bricklaying --workstation 01 --judge J01 --pin 111111");
    CHECK_MESSAGE(r.code == 0, r.err);
    r = j.mark("--judge J01 --aspect C3 --value 0 --reason later --pin 111111");
    CHECK(r.err.find("J01 has signed off workstation 01") != std::string::npos);
    r = run_plumb("reopen " + quote(j.db) +
                  " --event bricklaying --workstation 01 --judge J01 --reason recheck --as J02 "
                  "--pin 222222");
    CHECK_MESSAGE(r.code == 0, r.err);
    r = run_plumb("lock " + quote(j.db) + " --event bricklaying --reason done --as J02 --pin 222222");
    REQUIRE_MESSAGE(r.code == 0, r.err);
    r = j.mark("--judge J01 --aspect C3 --value 0 --reason later --pin 111111");
    CHECK(r.err ==
          "plumb: bricklaying is locked: its results change only through an appeal decided by "
          "the chief judge\n");

    r = run_plumb("appeal lodge " + quote(j.db) +
                  " --event bricklaying --workstation 01 --aspect A1 --value 1490 --lodged-by "
                  "'team leader' --reason 'tape misread'" +
                  j.org);
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const std::string id = r.out.substr(std::string("appeal ").size(), 8);
    r = run_plumb("appeal decide " + quote(j.db) + " --id " + id +
                  " --uphold --reason 'measured again' --as J02 --pin 222222");
    CHECK_MESSAGE(r.code == 0, r.err);
    CHECK(r.out == "appeal " + id +
                       " upheld; bricklaying is now results revision 2\nno place, prize or title "
                       "changed\n");
    r = run_plumb("appeal list " + quote(j.db));
    CHECK(r.out.find(id + "  bricklaying  01  A1") != std::string::npos);
    CHECK(r.out.find("upheld") != std::string::npos);

    r = run_plumb("audit log " + quote(j.db) + " --event bricklaying --workstation 01");
    REQUIRE(r.code == 0);
    for (const char* expected :
         {"J01 signed the sheet off", "J01's sheet reopened", "recheck", "lodged by team leader",
          "J01 A1 = 1490", "appeal ", "upheld (results revision 2)", "measured again"})
        CHECK_MESSAGE(r.out.find(expected) != std::string::npos, expected);
    r = run_plumb("audit verify " + quote(j.db));
    CHECK_MESSAGE(r.code == 0, r.err);
}

TEST_CASE("double entry through plumb mark: two operators, a disagreement listed") {
    Scratch s;
    const std::string db = (s / "paper.plumb").string();
    REQUIRE(run_plumb("init " + quote(db) + " --competition " + quote(demo_competition())).code ==
            0);
    REQUIRE(run_plumb("roster import " + quote(db) + " " + quote(data("cli/roster.csv"))).code ==
            0);
    REQUIRE(run_plumb("double-entry set " + quote(db) + " --event bricklaying --on").code == 0);
    const std::string mark = "mark " + quote(db) + " --event bricklaying --judge J01 --aspect A1 ";
    Run r = run_plumb(mark + "--workstation 01 --value 1493 --operator A");
    CHECK(r.out == "first entry recorded: waiting for a second operator\n");
    r = run_plumb(mark + "--workstation 01 --value 1493 --operator B");
    CHECK(r.out == "second entry agrees: recorded\n");
    r = run_plumb(mark + "--workstation 02 --value 1493 --operator A");
    r = run_plumb(mark + "--workstation 02 --value 1490 --operator B");
    CHECK(r.out == "second entry DISAGREES: listed for the chief judge\n");
    r = run_plumb("double-entry list " + quote(db) + " --event bricklaying");
    CHECK(r.out.find("disagreed") != std::string::npos);
    CHECK(r.out.find("1493 / 1490") != std::string::npos);
    r = run_plumb("rank " + quote(db) + " --event bricklaying --format json");
    const json rows = json::parse(r.out)["rows"];
    REQUIRE(rows.size() == 3);
    for (const auto& row : rows) {
        const std::string missing = row["missing"].dump();
        if (row["workstation"] == "01") CHECK(missing.find("A1: missing") == std::string::npos);
        if (row["workstation"] == "02") CHECK(missing.find("A1: missing") != std::string::npos);
    }
}

TEST_CASE("with roles on, the roster and the draw are the organiser's; a status the chief's too") {
    Scratch s;
    const std::string db = (s / "setup.plumb").string();
    const std::string org = " --as organiser --password organiser-pw";
    REQUIRE(run_plumb("init " + quote(db) + " --competition " + quote(demo_competition())).code ==
            0);
    REQUIRE(run_plumb("role set " + quote(db) + " --organiser --new-password organiser-pw").code ==
            0);
    const std::string roster = "roster import " + quote(db) + " " + quote(data("cli/roster.csv"));
    Run r = run_plumb(roster);
    CHECK(r.code == 1);
    CHECK(r.err.find("give the password of organiser") != std::string::npos);
    r = run_plumb(roster + " --as organiser --password wrong-password");
    CHECK(r.err == "plumb: wrong password for organiser\n");
    r = run_plumb(roster + org);
    CHECK_MESSAGE(r.code == 0, r.err);
    for (const char* line : {" --judge J01 --new-pin 111111", " --judge J02 --new-pin 222222",
                             " --chief J02 --event bricklaying"})
        REQUIRE(run_plumb("role set " + quote(db) + line + org).code == 0);
    const std::string draw = "draw " + quote(db) + " --event bricklaying --seed 7";
    r = run_plumb(draw + " --as J02 --pin 222222");
    CHECK(r.err == "plumb: only the organiser may draw lots\n");
    r = run_plumb(draw + org);
    CHECK_MESSAGE(r.code == 0, r.err);
    // ZY001 competes in bricklaying, whose chief judge is J02.
    const std::string status =
        "status " + quote(db) + " --registration ZY001 --status absent --reason 'not at 08:00'";
    r = run_plumb(status + " --as J01 --pin 111111");
    CHECK(r.err.find("only the organiser or the chief judge of bricklaying (J02) may change a "
                     "contestant's status") != std::string::npos);
    r = run_plumb(status + " --as J02 --pin 222222");
    CHECK_MESSAGE(r.code == 0, r.err);
    r = run_plumb("audit log " + quote(db));
    CHECK(r.out.find("J02") != std::string::npos);
    CHECK(r.out.find("not at 08:00") != std::string::npos);
}

TEST_CASE("before the reveal, exports show no names unless the organiser asks for them") {
    Judged j;
    // The demo's first bricklaying contestant, as the organiser sees them.
    Run r = run_plumb("rank " + quote(j.db) + " --event bricklaying --format json" + j.org);
    REQUIRE(r.code == 0);
    const std::string name = json::parse(r.out)["rows"][0]["name"];
    REQUIRE_FALSE(name.empty());
    for (const char* format : {"csv", "json"}) {
        r = run_plumb("export results " + quote(j.db) + " --all --format " + format + " -o -");
        REQUIRE_MESSAGE(r.code == 0, r.err);
        CHECK(r.out.find(name) == std::string::npos);
        r = run_plumb("export results " + quote(j.db) + " --all --format " + format + " -o -" +
                      j.org);
        CHECK(r.out.find(name) != std::string::npos);
    }
    const std::string hr = (j.s / "hr.csv").string();
    r = run_plumb("export hr " + quote(j.db) + " --draft -o " + quote(hr));
    CHECK(r.code == 1);
    CHECK(r.err.find("not revealed yet: only the organiser may see them") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(hr));
    r = run_plumb("export hr " + quote(j.db) + " --draft -o " + quote(hr) + j.org);
    CHECK_MESSAGE(r.code == 0, r.err);
    r = run_plumb("check " + quote(j.db) + " --event bricklaying");
    CHECK(r.out.find("ZY0") == std::string::npos);  // no registration numbers either
}

TEST_CASE(
    "plumb audit log names contestants by workstation only, but to the organiser, until "
    "the reveal") {
    Judged j;
    const std::string log = "audit log " + quote(j.db) + " --event bricklaying --workstation 01";
    Run r = run_plumb(log);
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.find("J01 A1 = ") != std::string::npos);
    CHECK(r.out.find("ZY0") == std::string::npos);
    // A registration, made in the roster's order, would tell whose workstation it is.
    CHECK(r.out.find("contestant.add") == std::string::npos);
    r = run_plumb(log + " --as J02 --pin 222222");
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.find("ZY0") == std::string::npos);
    r = run_plumb(log + j.org);
    CHECK(r.out.find("contestant.add ZY0") != std::string::npos);
    r = run_plumb("reveal " + quote(j.db) + " --event bricklaying --as J02 --pin 222222");
    REQUIRE_MESSAGE(r.code == 0, r.err);
    r = run_plumb(log);
    CHECK(r.out.find("contestant.add ZY0") != std::string::npos);
}

TEST_CASE("reveal says that it locks the results too") {
    Judged j;
    const Run r = run_plumb("reveal " + quote(j.db) + " --event bricklaying --as J02 --pin 222222");
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(r.out ==
          "names of bricklaying revealed; its results are now locked (an appeal changes them)\n");
}
