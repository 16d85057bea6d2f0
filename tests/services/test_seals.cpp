// Seals: a database holds every seal it gave, and no longer holds one once it was put back to an
// older copy or had records cut from its end; kept packets must stay whole on the master.
#include <doctest/doctest.h>

#include "laptops_fixture.h"
#include "services/result_state.h"
#include "services/seal.h"

using namespace plumb;
using namespace plumb::test;

TEST_CASE("a seal is held as the database grows, and is lost when records are cut from its end") {
    Scratch dir;
    const fs::path db = dir / "sealed.plumb";
    std::string seal;
    {
        CompetitionSession s = create_demo(db, DemoOptions{8, 11, false});
        seal = audit_seal(s.store());
        CHECK(seal_problem(s.store(), seal).empty());
        CHECK(seal.find(std::to_string(s.store().audit_count()) + "-") == 0);
        lock_results(s, as("J02"), "bricklaying", "all in");
        CHECK(seal_problem(s.store(), seal).empty());  // still held after the lock
        const auto lock = s.store().audit_records({"lock"});
        REQUIRE(lock.size() == 1);
        CHECK(lock[0].payload == "seal=" + seal + "\nreason=all in\n");
        for (const char* value : {"0", "1", "2", "3", "0.5"})  // five corrections
            mark_as(s, "rebar", "01", "J06", "C3", value, "recheck");
        seal = audit_seal(s.store());  // given out, say printed on a results sheet
    }
    const fs::path copy = dir / "copy.plumb";
    fs::copy_file(db, copy);
    // The last five records cut, chain and rows alike, and SQLite's own count of them put back:
    // what remains is a whole, older-looking trail ...
    sqlite_edit(
        copy,
        "DELETE FROM mark_log WHERE audit_seq > (SELECT max(seq) - 5 FROM audit); "
        "DELETE FROM audit WHERE seq > (SELECT max(seq) - 5 FROM audit); "
        "UPDATE sqlite_sequence SET seq = (SELECT max(seq) FROM audit) WHERE name = 'audit';");
    const Store cut = Store::open(copy.string());
    CHECK(cut.verify_audit().empty());
    // ... but the seal given out after the five marks is no longer held.
    CHECK(seal_problem(cut, seal).find("holds only") != std::string::npos);
    const Store whole = Store::open(db.string());
    CHECK(seal_problem(whole, seal).empty());
}

TEST_CASE("an older copy put back does not hold a later seal; a changed record breaks it") {
    Scratch dir;
    const fs::path db = dir / "c.plumb";
    { create_demo(db, DemoOptions{8, 11, false}); }
    fs::copy_file(db, dir / "older.plumb");
    std::string later;
    {
        CompetitionSession s = CompetitionSession::open(db);
        mark_as(s, "rebar", "01", "J06", "C3", "1", "recheck");
        later = audit_seal(s.store());
    }
    CHECK(seal_problem(Store::open((dir / "older.plumb").string()), later).find("older copy") !=
          std::string::npos);
    sqlite_edit(db, "UPDATE audit SET hash = 'x' || substr(hash, 2) WHERE seq = 3;");
    CHECK(seal_problem(Store::open(db.string()), later).find("changed or replaced") !=
          std::string::npos);
    CHECK(seal_problem(Store::open(db.string()), "nonsense").find("is not a seal") !=
          std::string::npos);
}

TEST_CASE("on the master, a record cut after a kept packet brought it is found") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying");
    s.enter(l, {"J01"}, 0, 3);
    import_packets(*s.master, kOrganiserLogin, files({{"l1", l.packet()}}));
    CHECK(verify_packets(*s.master).empty());
    const fs::path copy = s.copy_master("cut.plumb");
    const std::string device = l.session->store().device_id();
    sqlite_edit(
        copy,
        "DELETE FROM mark_log WHERE audit_seq = (SELECT max(seq) FROM audit WHERE device = '" +
            device +
            "'); DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit WHERE "
            "device = '" +
            device + "');");
    const CompetitionSession cut = CompetitionSession::open(copy);
    const auto problems = verify_packets(cut);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("1 of its records are no longer in the audit log") != std::string::npos);
}
