// Score packets of format 2 on the master and the laptop: the chain is kept from the kit's
// import on, the seal a packet carries is the laptop's, and packets of format 1 (the files
// kept in tests/data/packets/v1, made by Plumbline before format 2) still merge.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "exchange/envelope.h"
#include "exchange/packet.h"
#include "io/file_bytes.h"
#include "laptops_fixture.h"
#include "services/seal.h"

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
    REQUIRE(std::system(("sqlite3 '" + path.string() + "' \"" + sql + "\"").c_str()) == 0);
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
    const fs::path file = s.dir / "L1.packet";
    write_file_atomically(file, bytes);
    CHECK(seal_in(file) == seal);
    CHECK(seal_problem(l.session->store(), seal).empty());
    // The master shows the seal the laptop showed when it made the packet.
    CHECK(import_packets(*s.master, kOrganiserLogin, files({{"p", bytes}})).front().seal == seal);
    // The laptop's database put back to an older copy no longer holds it.
    l.session.reset();
    const fs::path older = s.dir / "older.plumb";
    const std::string cut = "DELETE FROM mark_log WHERE seq = (SELECT max(seq) FROM mark_log); "
                            "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit);";
    fs::copy_file(l.path, older);
    REQUIRE(std::system(("sqlite3 '" + older.string() + "' \"" + cut + "\"").c_str()) == 0);
    const CompetitionSession back = CompetitionSession::open(older);
    CHECK(seal_problem(back.store(), *seal_in(file)).find("put back to an older copy") !=
          std::string::npos);
}
