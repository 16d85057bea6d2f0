// Records brought from a laptop: appended as they are, each chain continued, every entry
// checked against its record; and edits of received rows, devices or packets found.
#include <doctest/doctest.h>

#include "store/blinding.h"
#include "store_fixture.h"

using namespace plumb;
using namespace plumb::test;

namespace {

const std::string kKey(64, 'a');                             // the master's blinding key, hex
const std::string kLaptopKey = std::string(62, '0') + "ab";  // a public key, hex

// A master file with the test roster and a laptop (its own file) that marked B001 and B002
// under their blinded tokens.
struct MasterAndLaptop {
    MasterAndLaptop() : master_path(dir.file("master.plumb")) {
        Store master = Store::create(master_path);
        add_roster(master);
        Store laptop = Store::create(dir.file("laptop.plumb"));
        device = laptop.device_id();
        Change c = master.begin(organiser("a laptop for bricklaying"));
        c.set_secret(kBlindingKeySetting, kKey);
        c.register_device(Device{device, "L1", kLaptopKey, {}});
        c.commit();
        Change l = laptop.begin(Actor{"", "J01", ""});
        l.add_judge(Judge{"J01", "Judge 1", "Unit", {"bricklaying"}});
        for (const char* reg : {"B001", "B002"}) {
            Contestant k;
            k.registration_no = blind_token(kKey, device, reg);
            k.event = "bricklaying";
            l.add_contestant(k);
        }
        l.add_mark(mark("J01", blind_token(kKey, device, "B001"), "A1", "1491"));
        l.add_mark(mark("J01", blind_token(kKey, device, "B002"), "A1", "1490"));
        l.commit();
        records = laptop.audit_log();
        marks = laptop.marks();
    }

    // Receives every laptop record in order, the marks with their contestants here.
    void receive_all(Change& c) const {
        for (const AuditRecord& r : records) {
            if (r.action != "mark") {
                c.receive(r);
                continue;
            }
            for (const MarkEntry& m : marks)
                if (r.payload.find("uuid=" + m.uuid) == 0)
                    c.receive(
                        r, m,
                        m.registration_no == blind_token(kKey, device, "B001") ? "B001" : "B002");
        }
    }

    TempDir dir;
    std::string master_path;
    std::string device;
    std::vector<AuditRecord> records;
    std::vector<MarkEntry> marks;
};

}  // namespace

TEST_CASE("received records keep their chain and their marks name the master's contestants") {
    MasterAndLaptop f;
    Store master = Store::open(f.master_path);
    Change c = master.begin(organiser("packet from L1"));
    f.receive_all(c);
    c.commit();
    const auto marks = master.marks();
    REQUIRE(marks.size() == 2);
    CHECK(marks[0].registration_no == "B001");
    CHECK(marks[0].uuid == f.marks[0].uuid);
    CHECK(marks[1].registration_no == "B002");
    CHECK(master.audit_head(f.device) == f.records.back().hash);
    CHECK_AUDIT_CLEAN(master);
}

TEST_CASE("a record that is already here, out of its chain or altered is refused") {
    MasterAndLaptop f;
    Store master = Store::open(f.master_path);
    {
        Change c = master.begin(organiser());
        CHECK_THROWS_WITH_AS(c.receive(f.records[1]),
                             doctest::Contains("does not continue the chain"), StoreError);
        AuditRecord altered = f.records[0];
        altered.actor = "someone else";
        CHECK_THROWS_WITH_AS(c.receive(altered), doctest::Contains("hash does not match"),
                             StoreError);
        c.receive(f.records[0]);
        CHECK_THROWS_WITH_AS(c.receive(f.records[0]), doctest::Contains("already here"),
                             StoreError);
        c.commit();
    }
    Change c = master.begin(organiser());
    const auto mark_record = std::find_if(f.records.begin(), f.records.end(),
                                          [](const AuditRecord& r) { return r.action == "mark"; });
    for (auto it = f.records.begin() + 1; it != mark_record; ++it) c.receive(*it);
    CHECK_THROWS_WITH_AS(c.receive(*mark_record),
                         doctest::Contains("comes with its mark_log entry"), StoreError);
    MarkEntry changed = f.marks[0];
    changed.value = "1499";
    CHECK_THROWS_WITH_AS(c.receive(*mark_record, changed, "B001"),
                         doctest::Contains("its entry differs from the record"), StoreError);
    CHECK_THROWS_WITH_AS(c.receive(*mark_record, f.marks[0], "B999"),
                         doctest::Contains("no contestant with registration number B999"),
                         StoreError);
}

TEST_CASE("records of an unregistered device or of this one are refused") {
    MasterAndLaptop f;
    Store master = Store::open(f.master_path);
    Change c = master.begin(organiser());
    AuditRecord stranger = f.records[0];
    stranger.device = new_uuid();
    CHECK_THROWS_WITH_AS(c.receive(stranger), doctest::Contains("is not registered here"),
                         StoreError);
    AuditRecord own = master.audit_log().front();
    CHECK_THROWS_WITH_AS(c.receive(own), doctest::Contains("this database's own record"),
                         StoreError);
    CHECK_THROWS_WITH_AS(c.register_device(Device{f.device, "L2", kLaptopKey, {}}),
                         doctest::Contains("is already registered"), StoreError);
    CHECK_THROWS_WITH_AS(c.register_device(Device{new_uuid(), "L1", kLaptopKey, {}}),
                         doctest::Contains("is already registered"), StoreError);
    CHECK_THROWS_WITH_AS(c.register_device(Device{new_uuid(), "L3", "not a key", {}}),
                         doctest::Contains("not 64 lowercase hex digits"), StoreError);
}

TEST_CASE("a received row moved to another contestant is found") {
    MasterAndLaptop f;
    {
        Store master = Store::open(f.master_path);
        Change c = master.begin(organiser());
        f.receive_all(c);
        c.commit();
    }
    REQUIRE(sqlite_cli(f.master_path, "UPDATE mark_log SET registration_no = 'B003' WHERE seq = 1;")
                .empty());
    const auto problems = Store::open(f.master_path).verify_audit();
    CHECK(reports(problems, "mark_log", 1, "registration_no differs from its audit record"));
}

TEST_CASE("a swapped device key or an edited packet row is found") {
    MasterAndLaptop f;
    {
        Store master = Store::open(f.master_path);
        Change c = master.begin(organiser());
        f.receive_all(c);
        c.keep_packet(ReceivedPacket{0, "feed", f.device, "sig", {}, 5, "the packet's bytes"});
        c.commit();
        CHECK_AUDIT_CLEAN(master);
        REQUIRE(master.packets().size() == 1);
        CHECK(master.packets()[0].bytes == "the packet's bytes");
        CHECK(master.has_packet("feed"));
    }
    REQUIRE(sqlite_cli(f.master_path,
                       "UPDATE devices SET public_key = zeroblob(32) WHERE name = 'L1';"
                       "UPDATE packets SET bytes = CAST('other bytes' AS BLOB);")
                .empty());
    const auto problems = Store::open(f.master_path).verify_audit();
    CHECK(reports(problems, "devices", 2, "public_key differs from its latest audit record"));
    CHECK(reports(problems, "packets", 1, "bytes.blake2b differs from its latest audit record"));
}

TEST_CASE(
    "a laptop's own roster and settings received on the master are not mistaken for its "
    "own") {
    MasterAndLaptop f;
    Store master = Store::open(f.master_path);
    Change c = master.begin(organiser());
    f.receive_all(c);
    c.commit();
    // The laptop's contestant.add, judge and store.create records describe the laptop's
    // tables, not the master's: nothing reported.
    CHECK_AUDIT_CLEAN(master);
    CHECK(master.setting("device") == master.device_id());
}

TEST_CASE("a version 1 file gains the packets table on open") {
    TempDir dir;
    const std::string path = dir.file("old.plumb");
    { Store::create(path); }
    REQUIRE(sqlite_cli(path, "DROP TABLE packets; DROP TABLE event_state; PRAGMA user_version = 1;")
                .empty());
    Store s = Store::open(path);
    CHECK(s.schema_version() == 3);
    CHECK(s.packets().empty());
    CHECK_AUDIT_CLEAN(s);
    const auto log = s.audit_log();
    CHECK(log.back().action == "store.migrate");
    CHECK(log.back().payload == "from=1\nto=3\n");
}
