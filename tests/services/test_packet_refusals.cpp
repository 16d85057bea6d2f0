// Every packet and kit the master or a laptop must refuse is refused with its reason, and the
// database is left exactly as it was.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sodium.h>

#include "exchange/envelope.h"
#include "exchange/packet.h"
#include "forged_packets.h"
#include "io/file_bytes.h"
#include "laptops_fixture.h"
#include "services/kit_secret.h"
#include "services/signing.h"

using namespace plumb;
using namespace plumb::test;

namespace {

// One laptop for bricklaying with a few marks, and its packet.
struct OneLaptop : Scenario {
    Laptop* laptop = nullptr;
    std::string packet;
    OneLaptop() {
        laptop = &add_laptop("L1", "bricklaying");
        enter(*laptop, {"J01"}, 0, 10);
        packet = laptop->packet();
    }
};

// What import_packets refuses `bytes` for; the master's state must not change.
std::string refusal(CompetitionSession& master, const std::string& bytes) {
    const auto before = state_of(master.store());
    std::string reason = "imported";
    try {
        import_packets(master, kOrganiserLogin, files({{"packet", bytes}}));
    } catch (const PacketRefused& e) {
        REQUIRE(e.reasons().size() == 1);
        reason = e.reasons().front();
    }
    CHECK(state_of(master.store()) == before);
    return reason;
}

std::string new_secret_key() {
    REQUIRE(sodium_init() >= 0);
    unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    char hex[2 * crypto_sign_SECRETKEYBYTES + 1];
    return sodium_bin2hex(hex, sizeof hex, sk, sizeof sk);
}

}  // namespace

TEST_CASE("a packet from a device the master never registered is refused") {
    OneLaptop s;
    const exchange::Envelope env = exchange::open_envelope(s.packet, exchange::FileKind::Packet);
    exchange::Packet content = exchange::read_packet_archive(env.archive, env.version);
    const std::string stranger = new_uuid();
    content.device = stranger;
    for (exchange::PacketRecord& r : content.records) r.device = stranger;
    const std::string forged =
        exchange::seal(exchange::FileKind::Packet, env.competition, stranger, new_secret_key(),
                       exchange::packet_archive(content, exchange::kPacketVersion));
    CHECK(refusal(*s.master, forged) ==
          "packet: refused: it comes from device " + stranger +
              ", which is not registered here (a laptop is registered when its kit is made)");
}

TEST_CASE("a packet signed by another key than the laptop's registered one is refused") {
    OneLaptop s;
    const exchange::Envelope env = exchange::open_envelope(s.packet, exchange::FileKind::Packet);
    const std::string forged = exchange::seal(exchange::FileKind::Packet, env.competition,
                                              env.device, new_secret_key(), env.archive);
    CHECK(refusal(*s.master, forged) ==
          "packet: refused: it is signed with a key that is not the one registered for L1");
}

TEST_CASE("a packet whose records begin after the kit's import, or with a damaged seal, is refused") {
    OneLaptop s;
    const exchange::Packet good = packet_content(s.packet);
    REQUIRE(good.records.size() > 2);
    CHECK(good.records.front().action == "kit.import");
    exchange::Packet cut = good;
    cut.records.erase(cut.records.begin());
    CHECK(refusal(*s.master, resigned(*s.laptop, cut)) ==
          "packet: refused: its records do not begin with the laptop's kit being imported");
    exchange::Packet sealed = good;
    sealed.seal = "3-ABCD-EFGH-JKLM-NPQR";  // counts fewer records than it carries
    CHECK(refusal(*s.master, resigned(*s.laptop, sealed)).find("counts fewer records than it carries") !=
          std::string::npos);
    sealed.seal = "not a seal";
    CHECK(refusal(*s.master, resigned(*s.laptop, sealed)).find("is not a seal") != std::string::npos);
    // Re-signed unchanged, it is taken.
    CHECK(import_packets(*s.master, kOrganiserLogin, files({{"packet", resigned(*s.laptop, good)}}))
              .front()
              .seal == good.seal);
}

TEST_CASE("a truncated packet is refused") {
    OneLaptop s;
    CHECK(refusal(*s.master, s.packet.substr(0, s.packet.size() / 2))
              .find("packet: refused: it is truncated") == 0);
    CHECK(refusal(*s.master, s.packet.substr(0, s.packet.size() - 1))
              .find("packet: refused: it is truncated") == 0);
    CHECK(refusal(*s.master, s.packet.substr(0, 20)).find("truncated") != std::string::npos);
}

TEST_CASE("a flipped byte in the content, the hash or the signature is refused") {
    OneLaptop s;
    std::string content = s.packet;
    content[content.size() / 2] ^= 0x01;
    CHECK(refusal(*s.master, content) ==
          "packet: refused: its hash does not match its content (the file was damaged or changed)");
    std::string signature = s.packet;
    signature[signature.size() - 3] ^= 0x40;
    CHECK(refusal(*s.master, signature) ==
          "packet: refused: its signature is not valid for L1 (the file was changed after it was "
          "signed)");
    std::string header = s.packet;
    header[50] ^= 0x02;  // inside the device id
    CHECK(refusal(*s.master, header).find("its hash does not match") != std::string::npos);
}

TEST_CASE("a packet for another competition is refused") {
    OneLaptop s;
    CompetitionSession other =
        CompetitionSession::init(s.dir / "other.plumb", demo_toml(), kOrganiserActor);
    {
        Change c = other.store().begin(kOrganiserActor);
        for (Contestant k : s.reference->contestants()) c.add_contestant(k);
        c.commit();
    }
    const KitExport kit =
        export_kit(other, kOrganiserLogin, "bricklaying", "L1", s.dir / "stray.kit");
    import_kit(s.dir / "stray.plumb", kit.bytes, kit.passphrase, kOrganiserActor);
    const auto stray = CompetitionSession::open(s.dir / "stray.plumb");
    CHECK(refusal(*s.master, export_packet(stray, kit.passphrase)) ==
          "packet: refused: it belongs to another competition (its master is " +
              other.store().device_id() + "; this database is " + s.master->store().device_id() +
              ")");
}

TEST_CASE("a replayed packet, or an older one after a newer, adds nothing and writes nothing") {
    OneLaptop s;
    const std::string older = s.packet;
    s.enter(*s.laptop, {"J01"}, 10, 5);
    const std::string newer = s.laptop->packet();
    import_packets(*s.master, kOrganiserLogin, files({{"newer", newer}}));
    const auto before = state_of(s.master->store());
    auto r = import_packets(*s.master, kOrganiserLogin, files({{"newer", newer}}));
    CHECK(r.front().records == 0);
    CHECK(r.front().note == "already imported; nothing to add");
    r = import_packets(*s.master, kOrganiserLogin, files({{"older", older}}));
    CHECK(r.front().records == 0);
    CHECK(r.front().note.find("an older packet of L1") == 0);
    CHECK(state_of(s.master->store()) == before);
}

TEST_CASE("a kit or something else given as a packet is refused") {
    OneLaptop s;
    const KitExport kit = export_kit(*s.master, kOrganiserLogin, "rebar", "L9", s.dir / "L9.kit");
    CHECK(refusal(*s.master, kit.bytes) ==
          "packet: refused: it is a judge kit, not a score packet");
    CHECK(refusal(*s.master, "PK\x03\x04 a zip file") ==
          "packet: refused: it is not a score packet (it does not start as one)");
}

TEST_CASE("a laptop database edited behind Plumbline's back: a row does not travel, a record is refused") {
    OneLaptop s;
    const MarkEntry first = s.laptop->session->store().marks().front();
    REQUIRE(Decimal::parse(first.value).has_value());  // a measurement: the first aspect's
    const std::string edited = other_measurement(first.value);
    const auto edit = [&](const std::string& sql) {
        s.laptop->session.reset();
        sqlite_edit(s.laptop->path, sql);
        s.laptop->session =
            std::make_unique<CompetitionSession>(CompetitionSession::open(s.laptop->path));
    };
    // The log row changed: the packet carries the signed record, so the master takes the value
    // the judge entered, not the edited row (which the laptop's audit verify reports).
    edit("UPDATE mark_log SET value = '" + edited + "' WHERE seq = 1;");
    CHECK_FALSE(s.laptop->session->store().verify_audit().empty());
    const std::string row_edited = s.laptop->packet();
    // The record changed too: its hash no longer matches, and the packet is refused whole.
    edit("UPDATE audit SET payload = replace(payload, 'value=" + first.value + "', 'value=" +
         edited + "') WHERE seq = (SELECT audit_seq FROM mark_log WHERE seq = 1);");
    const std::string record_edited = refusal(*s.master, s.laptop->packet());
    CAPTURE(record_edited);
    CHECK(record_edited.find("its hash does not match its content") != std::string::npos);
    import_packets(*s.master, kOrganiserLogin, files({{"row edited", row_edited}}));
    bool found = false;
    for (const MarkEntry& m : s.master->store().marks())
        if (m.uuid == first.uuid) found = m.value == first.value;
    CHECK(found);
}

TEST_CASE("one bad packet among good ones: nothing at all is imported") {
    OneLaptop s;
    Laptop& l2 = s.add_laptop("L2", "bricklaying");
    s.enter(l2, {"J02"}, 0, 5);
    std::string bad = l2.packet();
    bad[bad.size() / 2] ^= 0x01;
    const auto before = state_of(s.master->store());
    CHECK_THROWS_AS(
        import_packets(*s.master, kOrganiserLogin, files({{"good", s.packet}, {"bad", bad}})),
        PacketRefused);
    CHECK(state_of(s.master->store()) == before);
}

TEST_CASE(
    "files given by name are read one at a time, in turn; one that cannot be read is refused") {
    OneLaptop s;
    Laptop& l2 = s.add_laptop("L2", "bricklaying");
    s.enter(l2, {"J02"}, 0, 5);
    const std::string second = l2.packet();
    std::vector<std::string> reads;  // in the order the import asked for them
    const auto given = [&](const std::string& name, const std::string& bytes) {
        return PacketFile{name, {}, [&reads, name, bytes] {
                              reads.push_back(name);
                              return bytes;
                          }};
    };
    const PacketFile unreadable{"gone.packet", {}, []() -> std::string {
                                    throw std::runtime_error("gone.packet: no such file");
                                }};
    const auto before = state_of(s.master->store());
    try {
        import_packets(*s.master, kOrganiserLogin,
                       {given("l1", s.packet), unreadable, given("l2", second)});
        FAIL("imported");
    } catch (const PacketRefused& e) {
        REQUIRE(e.reasons().size() == 1);
        CHECK(e.reasons()[0] == "gone.packet: refused: gone.packet: no such file");
    }
    CHECK(state_of(s.master->store()) == before);
    CHECK(reads == std::vector<std::string>{"l1", "l2"});  // each once, the rest still checked
    const auto added =
        import_packets(*s.master, kOrganiserLogin, {given("l1", s.packet), given("l2", second)});
    REQUIRE(added.size() == 2);
    CHECK(added[1].entries == 5);
}

TEST_CASE("a damaged kit creates no laptop database; a good one creates it once") {
    OneLaptop s;
    const KitExport kit = export_kit(*s.master, kOrganiserLogin, "rebar", "L3", s.dir / "L3.kit");
    std::string damaged = kit.bytes;
    damaged[damaged.size() / 3] ^= 0x08;
    CHECK_THROWS_WITH_AS(import_kit(s.dir / "l3.plumb", damaged, kit.passphrase, kOrganiserActor),
                         doctest::Contains("the judge kit is refused: its hash does not match"),
                         ActionError);
    CHECK_FALSE(fs::exists(s.dir / "l3.plumb"));
    std::string resigned = kit.bytes;
    resigned[resigned.size() - 1] ^= 0x08;
    CHECK_THROWS_WITH_AS(import_kit(s.dir / "l3.plumb", resigned, kit.passphrase, kOrganiserActor),
                         doctest::Contains("its signature is not valid"), ActionError);
    CHECK_FALSE(fs::exists(s.dir / "l3.plumb"));
    import_kit(s.dir / "l3.plumb", kit.bytes, kit.passphrase, kOrganiserActor);
    CHECK(fs::exists(s.dir / "l3.plumb"));
    CHECK_THROWS_WITH_AS(import_kit(s.dir / "l3.plumb", kit.bytes, kit.passphrase, kOrganiserActor),
                         doctest::Contains("already exists"), ActionError);
}

// The file goes into place only after the commit: a place it cannot go (a folder) must be found
// before, or the laptop was registered without its kit. An export over the database itself
// replaced every mark with a PDF.
TEST_CASE("no export is written over a folder, a device or a competition database; none commits") {
    OneLaptop s;
    const auto before = state_of(s.master->store());
    fs::create_directories(s.dir / "kits");
    CHECK_THROWS_WITH_AS(export_kit(*s.master, kOrganiserLogin, "rebar", "R1", s.dir / "kits"),
                         doctest::Contains("it is a folder"), std::runtime_error);
    const fs::path db = s.master->store().path();
    const std::string bytes = read_file_bytes(db);
    CHECK_THROWS_WITH_AS(export_kit(*s.master, kOrganiserLogin, "rebar", "R1", db),
                         doctest::Contains("it is a competition database"), std::runtime_error);
    CHECK_THROWS_WITH_AS(
        export_kit(*s.master, kOrganiserLogin, "rebar", "R1", db.string() + "-wal"),
        doctest::Contains("it belongs to a competition database"), std::runtime_error);
    // Nor over a device or a pipe: as root, a kit "saved" as /dev/null replaced the device
    // with a file. (Tried through a link to it and a pipe of our own: nothing system-wide.)
    fs::create_symlink("/dev/null", s.dir / "null-link.kit");
    CHECK_THROWS_WITH_AS(
        export_kit(*s.master, kOrganiserLogin, "rebar", "R1", s.dir / "null-link.kit"),
        doctest::Contains("it is a device or a pipe, not a file"), std::runtime_error);
    REQUIRE(mkfifo((s.dir / "pipe.kit").c_str(), 0600) == 0);
    CHECK_THROWS_WITH_AS(export_kit(*s.master, kOrganiserLogin, "rebar", "R1", s.dir / "pipe.kit"),
                         doctest::Contains("it is a device or a pipe, not a file"),
                         std::runtime_error);
    CHECK(fs::is_symlink(s.dir / "null-link.kit"));
    CHECK(fs::is_fifo(s.dir / "pipe.kit"));
    CHECK(state_of(s.master->store()) == before);
    CHECK(read_file_bytes(db) == bytes);
    CHECK(fs::is_directory(s.dir / "kits"));
}

TEST_CASE("a kit that cannot be written registers nothing; the name is free for the next try") {
    OneLaptop s;
    const auto before = state_of(s.master->store());
    const fs::path nowhere = s.dir / "no such folder" / "r1.kit";
    CHECK_THROWS_WITH_AS(export_kit(*s.master, kOrganiserLogin, "rebar", "R1", nowhere),
                         doctest::Contains((nowhere.string() + ": cannot be written").c_str()),
                         std::runtime_error);
    CHECK(state_of(s.master->store()) == before);  // no device, setting, key or record
    const KitExport kit = export_kit(*s.master, kOrganiserLogin, "rebar", "R1", s.dir / "r1.kit");
    CHECK(read_file_bytes(s.dir / "r1.kit") == kit.bytes);
    CHECK(kit_event(s.master->store(), kit.device_id) == "rebar");
    for (const auto& f : fs::directory_iterator(s.dir.dir))
        CHECK_MESSAGE(f.path().string().find(".tmp-") == std::string::npos, f.path().string());
}

TEST_CASE("kits: refused on a laptop, for a name already used, before the draw") {
    OneLaptop s;
    const auto before = state_of(s.master->store());
    CHECK_THROWS_WITH_AS(
        export_kit(*s.master, kOrganiserLogin, "bricklaying", "L1", s.dir / "L1.kit"),
        doctest::Contains("a device named 'L1' is already registered"), ActionError);
    CHECK_THROWS_WITH_AS(
        export_kit(*s.laptop->session, kOrganiserLogin, "bricklaying", "L5", s.dir / "L5.kit"),
        doctest::Contains("this is a judge's laptop"), ActionError);
    CHECK(state_of(s.master->store()) == before);
    CompetitionSession fresh =
        CompetitionSession::init(s.dir / "fresh.plumb", demo_toml(), kOrganiserActor);
    {
        Change c = fresh.store().begin(kOrganiserActor);
        for (Contestant k : s.reference->contestants()) {
            k.workstation.clear();
            k.draw_no.reset();
            c.add_contestant(k);
        }
        c.commit();
    }
    CHECK_THROWS_WITH_AS(export_kit(fresh, kOrganiserLogin, "tiling", "T1", s.dir / "T1.kit"),
                         doctest::Contains("no workstation yet: draw lots first"), ActionError);
    CHECK(fresh.store().devices().size() == 1);
}
