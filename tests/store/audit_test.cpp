// The audit chain: clean after many writes, and every edit behind the program's back found.
#include <doctest/doctest.h>

#include "store_fixture.h"

using namespace plumb;
using namespace plumb::test;

namespace {

// A competition file with a roster and 10 marks (mark_log rows 1..10, values "0".."9").
struct MarkedFile {
    MarkedFile() : path(dir.file("cup.plumb")) {
        Store s = Store::create(path);
        add_roster(s);
        Change c = s.begin(Actor{"", "J01", ""});
        for (int i = 0; i < 10; ++i)
            c.add_mark(mark("J01", "B001", numbered("A", i), std::to_string(i)));
        c.commit();
    }
    // The audit record that vouches for mark_log row `seq`.
    std::int64_t audit_seq_of_mark(int seq) const {
        return std::stoll(
            sqlite_cli(path, numbered("SELECT audit_seq FROM mark_log WHERE seq = ", seq)));
    }
    std::string sql(const std::string& text) const { return sqlite_cli(path, text); }
    std::vector<AuditProblem> verify() const { return Store::open(path).verify_audit(); }

    TempDir dir;
    std::string path;
};

}  // namespace

TEST_CASE("the audit chain verifies clean after many writes") {
    TempDir dir;
    Store s = Store::create(dir.file("busy.plumb"));
    add_roster(s, 20);
    for (int round = 0; round < 20; ++round) {
        Change c = s.begin(Actor{"", numbered("J0", round % 3 + 1), "round"});
        for (int k = 1; k <= 20; ++k)
            c.add_mark(mark(numbered("J0", round % 3 + 1), numbered("B00", k), numbered("A", round),
                            std::to_string(k % 4)));
        c.add_status(StatusEntry{"", "", "B003", ContestantStatus::Withdrawn, "", "ill"});
        c.add_theory(TheoryEntry{"", "", "B004", Decimal::from_int(round), "", ""});
        c.set_setting("round", std::to_string(round));
        c.commit();
    }
    CHECK(s.mark_count() == 400);
    const auto log = s.audit_log();
    CHECK(log.size() == 1 + 2 + 3 + 20 + 20 * 23);  // creation, the build that made it, ...
    // One device, so one chain: each record links to the one before it.
    for (std::size_t i = 1; i < log.size(); ++i) CHECK(log[i].prev_hash == log[i - 1].hash);
    CHECK_AUDIT_CLEAN(s);
    CHECK_AUDIT_CLEAN(Store::open(s.path()));
}

TEST_CASE("a mark value edited with the sqlite3 command line is found and named by row") {
    MarkedFile f;
    CHECK(f.verify().empty());
    REQUIRE(f.sql("UPDATE mark_log SET value = '9' WHERE seq = 5;").empty());
    const auto problems = f.verify();
    INFO(describe(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].table == "mark_log");
    CHECK(problems[0].seq == 5);
    CHECK(problems[0].reason.find("mark_log row 5 (uuid ") == 0);
    CHECK(reports(problems, "mark_log", 5,
                  "value differs from its audit record " + std::to_string(f.audit_seq_of_mark(5))));
}

TEST_CASE("an edit is found while the program still has the file open") {
    MarkedFile f;
    Store s = Store::open(f.path);
    REQUIRE(
        f.sql("UPDATE mark_log SET reason = 'nobody saw', judge = 'J02' WHERE seq = 3;").empty());
    const auto problems = s.verify_audit();
    INFO(describe(problems));
    CHECK(reports(problems, "mark_log", 3, "judge and reason differ"));
}

TEST_CASE("an audit payload edited behind the program's back breaks its hash") {
    MarkedFile f;
    const std::int64_t seq = f.audit_seq_of_mark(5);
    REQUIRE(f.sql("UPDATE audit SET payload = replace(payload, 'value=4', 'value=8') WHERE seq = " +
                  std::to_string(seq) + ";")
                .empty());
    const auto problems = f.verify();
    INFO(describe(problems));
    CHECK(reports(problems, "audit", seq,
                  numbered("audit record ", seq) + ": hash does not match its content"));
    CHECK(reports(problems, "mark_log", 5, "value differs"));
    CHECK(problems.size() == 2);
}

TEST_CASE("a rewritten hash breaks the link from the next record") {
    MarkedFile f;
    const std::int64_t seq = f.audit_seq_of_mark(5);
    REQUIRE(f.sql(numbered("UPDATE audit SET hash = prev_hash WHERE seq = ", seq) + ";").empty());
    const auto problems = f.verify();
    INFO(describe(problems));
    CHECK(reports(problems, "audit", seq, "hash does not match its content"));
    CHECK(reports(problems, "audit", seq + 1,
                  numbered("prev_hash does not match the hash of record ", seq)));
}

TEST_CASE("a deleted mark row is found through its audit record") {
    MarkedFile f;
    const std::int64_t seq = f.audit_seq_of_mark(5);
    REQUIRE(f.sql("DELETE FROM mark_log WHERE seq = 5;").empty());
    const auto problems = f.verify();
    INFO(describe(problems));
    REQUIRE(problems.size() == 1);
    CHECK(reports(problems, "audit", seq, "its mark_log row is missing"));
    CHECK(problems[0].reason.find("(mark ") != std::string::npos);
}

TEST_CASE("a deleted audit record is found by its row, its neighbour and the sequence") {
    MarkedFile f;
    const std::int64_t seq = f.audit_seq_of_mark(5);
    REQUIRE(f.sql(numbered("DELETE FROM audit WHERE seq = ", seq) + ";").empty());
    const auto problems = f.verify();
    INFO(describe(problems));
    CHECK(reports(problems, "mark_log", 5, numbered("its audit record ", seq) + " is missing"));
    CHECK(reports(problems, "audit", seq + 1, "prev_hash does not match"));
    CHECK(reports(problems, "audit", seq, numbered("audit record ", seq) + " is missing"));
}

TEST_CASE("removing the newest audit record is noticed") {
    MarkedFile f;
    {
        Store s = Store::open(f.path);
        Change c = s.begin(organiser());
        c.audit("draw", "bricklaying", "seed=42");
        c.commit();
    }
    const std::int64_t last = std::stoll(f.sql("SELECT max(seq) FROM audit;"));
    REQUIRE(f.sql(numbered("DELETE FROM audit WHERE seq = ", last) + ";").empty());
    const auto problems = f.verify();
    INFO(describe(problems));
    REQUIRE(problems.size() == 1);
    CHECK(reports(problems, "audit", last, "is missing"));
}

TEST_CASE("forged log rows are found") {
    MarkedFile f;
    SUBCASE("a row whose audit record does not exist") {
        REQUIRE(f.sql("INSERT INTO mark_log (uuid, device, judge, registration_no, event, aspect, "
                      "value, entered_at, reason, audit_seq) VALUES ('forged', 'd', 'J01', "
                      "'B002', 'bricklaying', 'A1', '3', 'now', '', 9999);")
                    .empty());
        const auto problems = f.verify();
        INFO(describe(problems));
        CHECK(reports(problems, "mark_log", 11, "its audit record 9999 is missing"));
    }
    SUBCASE("a row that borrows another kind of record") {
        REQUIRE(f.sql("INSERT INTO theory_log (uuid, device, registration_no, score, entered_at, "
                      "reason, audit_seq) VALUES ('forged', 'd', 'B002', '100', 'now', '', 4);")
                    .empty());
        const auto problems = f.verify();
        INFO(describe(problems));
        CHECK(reports(problems, "theory_log", 1, "is a 'judge' record, not a 'theory' record"));
    }
}

TEST_CASE("log rows renumbered behind the program's back are found: the latest row is the value") {
    MarkedFile f;
    // A correction of row 3's cell, then the two rows' numbers swapped: the older value would
    // be current again, with every row still matching its audit record.
    {
        Store s = Store::open(f.path);
        Change c = s.begin(Actor{"", "J01", "remeasured"});
        c.add_mark(mark("J01", "B001", "A2", "7"));
        c.commit();
    }
    CHECK(f.verify().empty());
    REQUIRE(f.sql("UPDATE mark_log SET seq = 100 WHERE seq = 3; UPDATE mark_log SET seq = 3 WHERE "
                  "seq = 11; UPDATE mark_log SET seq = 11 WHERE seq = 100;")
                .empty());
    const auto problems = f.verify();
    INFO(describe(problems));
    REQUIRE(problems.size() == 2);
    CHECK(reports(problems, "mark_log", 4,
                  "mark_log row 4: its audit record " + std::to_string(f.audit_seq_of_mark(4)) +
                      " is not later than " + std::to_string(f.audit_seq_of_mark(3)) +
                      ", that of row 3 before it (the rows were renumbered)"));
    CHECK(reports(problems, "mark_log", 11, "(the rows were renumbered)"));
}

TEST_CASE("edited, removed and unrecorded roster rows are found") {
    MarkedFile f;
    SUBCASE("a contestant's name edited") {
        REQUIRE(f.sql("UPDATE contestants SET name = 'Someone else' WHERE seq = 2;").empty());
        const auto problems = f.verify();
        INFO(describe(problems));
        REQUIRE(problems.size() == 1);
        CHECK(reports(problems, "contestants", 2, "contestants row 2 (B002): name differs"));
    }
    SUBCASE("a contestant removed") {
        REQUIRE(f.sql("DELETE FROM contestants WHERE registration_no = 'B005';").empty());
        const auto problems = f.verify();
        INFO(describe(problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].reason.find("(B005): its contestants row is missing") !=
              std::string::npos);
    }
    SUBCASE("a contestant slipped in") {
        REQUIRE(f.sql("INSERT INTO contestants (registration_no, name, gender, employer, event, "
                      "phone, workstation) VALUES ('B900', 'X', '', '', 'bricklaying', '', '');")
                    .empty());
        const auto problems = f.verify();
        INFO(describe(problems));
        CHECK(reports(problems, "contestants", 6, "no audit record describes it"));
    }
    SUBCASE("a judge's events changed") {
        REQUIRE(f.sql("INSERT INTO judge_events VALUES ('J03', 'tiling');").empty());
        const auto problems = f.verify();
        INFO(describe(problems));
        CHECK(reports(problems, "judges", 3, "event differs"));
    }
    SUBCASE("the device id changed") {
        REQUIRE(f.sql("UPDATE settings SET value = 'other' WHERE key = 'device';").empty());
        const auto problems = Store::open(f.path).verify_audit();
        INFO(describe(problems));
        CHECK(reports(problems, "settings", 1, "value differs"));
    }
}
