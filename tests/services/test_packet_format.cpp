// Score packets of format 2 on the master and the laptop: the chain is kept from the kit's
// import on, the seal a packet carries is the laptop's, and packets of format 1 (the files
// kept in tests/data/packets/v1, made by Plumbline before format 2) still merge.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "exchange/envelope.h"
#include "exchange/packet.h"
#include "io/file_bytes.h"
#include "forged_packets.h"
#include "laptops_fixture.h"
#include "services/seal.h"
#include "services/signing.h"

using namespace plumb;
using namespace plumb::test;

namespace {

std::string v1_file(const std::string& name) {
    return read_file_bytes(fs::path(TEST_DATA_DIR) / "packets" / "v1" / name);
}

int problems_saying(const std::vector<std::string>& problems, const std::string& words) {
    int n = 0;
    for (const std::string& p : problems) n += p.find(words) != std::string::npos;
    return n;
}

// A copy of the laptop's database, closed first, edited with sqlite3 as its holder could.
CompetitionSession edited_copy(const Scenario& s, Laptop& l, const std::string& name,
                               const std::string& sql) {
    l.session.reset();
    const fs::path copy = s.dir / name;
    fs::copy_file(l.path, copy);
    sqlite_edit(copy, sql);
    return CompetitionSession::open(copy);
}

}  // namespace

TEST_CASE("packets of format 1 still merge: the setup they carry stays out, the marks come in") {
    Scratch dir;
    fs::copy_file(fs::path(TEST_DATA_DIR) / "packets" / "v1" / "master.plumb", dir / "m.plumb");
    CompetitionSession master = CompetitionSession::open(dir / "m.plumb");
    const std::int64_t before = master.store().audit_count();
    const auto imported =
        import_packets(master, unchecked_login("organiser"),
                       files({{"first", v1_file("brick1-first.packet")},
                              {"last", v1_file("brick1.packet")}}));
    REQUIRE(imported.size() == 2);
    CHECK(imported[0].entries == 1);
    CHECK(imported[1].entries == 4);
    CHECK(imported[0].seal.empty());  // format 1 carried none
    // kit.import and the mark, then 4 marks and the sign-off; the packet records of the master.
    CHECK(imported[0].records == 2);
    CHECK(imported[1].records == 5);
    CHECK(master.store().audit_count() == before + 2 + 5 + 2);
    CHECK(master.store().mark_count() == 5);
    CHECK(master.store().verify_audit().empty());
    CHECK(verify_packets(master).empty());
    // Again: nothing to add.
    for (const PacketImport& r :
         import_packets(master, unchecked_login("organiser"),
                        files({{"last", v1_file("brick1.packet")}})))
        CHECK(r.records == 0);
}

TEST_CASE("the master keeps a laptop's chain from its kit's import: cutting its start is found") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying");
    s.enter(l, {"J01"}, 0, 6);
    import_packets(*s.master, kOrganiserLogin, files({{"p", l.packet()}}));
    const Store& store = s.master->store();
    REQUIRE(store.verify_audit().empty());
    REQUIRE(verify_packets(*s.master).empty());
    const auto kit = store.audit_records({"kit.import"});
    REQUIRE(kit.size() == 1);
    CHECK(kit.front().device == l.session->store().device_id());
    CHECK_FALSE(kit.front().prev_hash.empty());  // links to the setup left on the laptop

    // The kit.import record and the first mark deleted with sqlite3, as an insider could.
    s.master.reset();
    const fs::path path = s.dir / "master.plumb";
    const std::string sql = "DELETE FROM mark_log WHERE seq = 1; DELETE FROM audit WHERE seq IN "
                            "(SELECT seq FROM audit WHERE device <> (SELECT value FROM settings "
                            "WHERE key = 'device') ORDER BY seq LIMIT 2);";
    sqlite_edit(path, sql);
    const CompetitionSession edited = CompetitionSession::open(path);
    const auto chain = edited.store().verify_audit();
    bool found = false;
    for (const AuditProblem& p : chain)
        found = found || p.reason.find("no earlier record of device") != std::string::npos;
    CHECK(found);
    CHECK(problems_saying(verify_packets(edited), "2 of its records are no longer in the audit log") ==
          1);
}

TEST_CASE("a packet carries its laptop's seal, and the laptop's database is checked against it") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying");
    s.enter(l, {"J01"}, 0, 4);
    const std::string bytes = l.packet();
    const std::string seal = audit_seal(l.session->store());
    std::string carried;
    const auto held = packet_held_problems(*l.session, bytes, carried);
    REQUIRE(held.has_value());
    CHECK(held->empty());
    CHECK(carried == seal);
    // The master shows the seal the laptop showed when it made the packet.
    CHECK(import_packets(*s.master, kOrganiserLogin, files({{"p", bytes}})).front().seal == seal);
    // Not a packet: for the manifest and JSON check instead.
    CHECK_FALSE(packet_held_problems(*l.session, "{\"seal\": \"x\"}", carried).has_value());
    // Another laptop's packet, or the master, does not hold it.
    CHECK(packet_held_problems(*s.master, bytes, carried)->front().find("not by this database") !=
          std::string::npos);

    // The laptop's database put back to an older copy no longer holds it: its last mark gone.
    const CompetitionSession back =
        edited_copy(s, l, "older.plumb",
                    "DELETE FROM mark_log WHERE seq = (SELECT max(seq) FROM mark_log); "
                    "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit); "
                    "UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'audit';");
    REQUIRE(back.store().verify_audit().empty());  // cut cleanly: only seals and packets see it
    const auto problems = packet_held_problems(back, bytes, carried);
    REQUIRE(problems.has_value());
    CHECK(problems_saying(*problems, "1 of the packet's records are no longer in this database") ==
          1);
    CHECK(problems_saying(*problems, "put back to an older copy") == 1);
}

TEST_CASE("a packet whose seal lies does not make a cut laptop database pass against it") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying");
    const std::string before_marks = audit_seal(l.session->store());
    s.enter(l, {"J01"}, 0, 3);
    // The holder cuts the marks from a copy of the laptop, then makes a packet of the marks
    // that claims the copy's seal, signed with the laptop's key.
    exchange::Packet p = packet_content(l.packet());
    p.seal = before_marks;
    const std::string lying = resigned(l, p);
    const CompetitionSession copy =
        edited_copy(s, l, "cut.plumb",
                    "DELETE FROM mark_log; DELETE FROM audit WHERE action = 'mark'; "
                    "UPDATE sqlite_sequence SET seq = (SELECT max(seq) FROM audit) "
                    "WHERE name = 'audit';");
    REQUIRE(seal_problem(copy.store(), before_marks).empty());  // the seal alone would pass
    std::string carried;
    const auto problems = packet_held_problems(copy, lying, carried);
    REQUIRE(problems.has_value());
    CHECK(problems_saying(*problems, "3 of the packet's records are no longer in this database") ==
          1);
}

TEST_CASE("a record a packet brought but the master left out never answers for another laptop's") {
    Scenario s;
    s.add_laptop("L1", "bricklaying");
    s.add_laptop("L2", "bricklaying");
    Laptop& l1 = s.laptops[0];
    Laptop& l2 = s.laptops[1];
    s.enter(l1, {"J01"}, 0, 2);
    s.enter(l2, {"J02"}, 0, 2);
    import_packets(*s.master, kOrganiserLogin, files({{"l2", l2.packet()}}));
    std::string l2_mark;
    for (const AuditRecord& r : l2.session->store().audit_log())
        if (r.action == "mark") l2_mark = r.uuid;
    REQUIRE(!l2_mark.empty());
    // L1's whole chain as format 1 sent it, one of its setup records (which the master leaves
    // out) given the uuid of L2's mark, the chain rehashed, and signed with L1's key.
    exchange::Packet p;
    p.competition = s.master->store().device_id();
    p.device = l1.session->store().device_id();
    p.device_name = "L1";
    p.event = "bricklaying";
    p.made_at = "2019-10-18T12:00:00.000Z";
    for (const AuditRecord& r : l1.session->store().audit_log())
        p.records.push_back(
            {r.uuid, r.device, r.actor, r.at, r.action, r.subject, r.payload, r.prev_hash, r.hash});
    REQUIRE(p.records[1].action != "kit.import");
    p.records[1].uuid = l2_mark;
    for (std::size_t i = 1; i < p.records.size(); ++i) {
        exchange::PacketRecord& x = p.records[i];
        x.prev_hash = p.records[i - 1].hash;
        rehash(x);
    }
    p.marks = l1.session->store().marks();
    const std::string forged = resigned(l1, p, 1);
    CHECK(import_packets(*s.master, kOrganiserLogin, files({{"forged", forged}})).front().entries ==
          2);
    // Both laptops' records are vouched for by their own packets.
    CHECK(s.master->store().verify_audit().empty());
    CHECK(verify_packets(*s.master).empty());
}
