// plumb kit export|import and packet export|import through the real binary: a laptop scores,
// the master merges, refusals change nothing, audit verify checks the packets' signatures.
#include <doctest/doctest.h>

#include "run_plumb.h"

using namespace plumb::test;

namespace {

// A master with the CLI roster drawn for bricklaying, a kit for laptop L1 and its database.
struct Field {
    Scratch s;
    std::string master = (s / "master.plumb").string();
    std::string kit = (s / "l1.kit").string();
    std::string laptop = (s / "l1.plumb").string();
    std::string passphrase;  // printed by kit export, given apart from the kit
    Field() {
        REQUIRE(run_plumb("init " + quote(master) + " --competition " + quote(demo_competition()))
                    .code == 0);
        REQUIRE(run_plumb("roster import " + quote(master) + " " + quote(data("cli/roster.csv")))
                    .code == 0);
        REQUIRE(run_plumb("draw " + quote(master) + " --event bricklaying --seed 5").code == 0);
        const Run k = run_plumb("kit export " + quote(master) +
                                " --event bricklaying --device L1 -o " + quote(kit));
        REQUIRE_MESSAGE(k.code == 0, k.err);
        const auto at = k.out.find("passphrase: ");
        REQUIRE(at != std::string::npos);
        passphrase = k.out.substr(at + 12, 19);
        // Without it, or with another, the kit makes no laptop.
        Run i = run_plumb("kit import " + quote(laptop) + " " + quote(kit));
        CHECK(i.err.find("give the kit's passphrase") != std::string::npos);
        i = run_plumb("kit import " + quote(laptop) + " " + quote(kit) +
                      " --passphrase AAAA-BBBB-CCCC-DDDD");
        CHECK(i.err.find("the passphrase does not open it") != std::string::npos);
        i = run_plumb("kit import " + quote(laptop) + " " + quote(kit) + " --passphrase " +
                      passphrase);
        REQUIRE_MESSAGE(i.code == 0, i.err);
    }
    Run mark(const std::string& db, const std::string& ws, const std::string& value) {
        return run_plumb("mark " + quote(db) + " --event bricklaying --workstation " + ws +
                         " --judge J01 --aspect A1 --value " + value);
    }
};

}  // namespace

TEST_CASE("a kit that cannot be written registers nothing: the name works once it can be") {
    Field f;
    const std::string export_l2 =
        "kit export " + quote(f.master) + " --event bricklaying --device L2 -o ";
    Run r = run_plumb(export_l2 + quote((f.s / "no such folder" / "l2.kit").string()));
    CHECK(r.code == 1);
    CHECK(r.err.find("l2.kit: cannot be written") != std::string::npos);
    CHECK(r.out.find("passphrase") == std::string::npos);
    r = run_plumb(export_l2 + quote((f.s / "l2.kit").string()));
    CHECK_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.find("passphrase: ") != std::string::npos);
    CHECK(std::filesystem::exists(f.s / "l2.kit"));
}

TEST_CASE("a laptop made from a kit takes marks; its packet lands on the master once") {
    Field f;
    Run r = f.mark(f.laptop, "01", "1491");
    REQUIRE_MESSAGE(r.code == 0, r.err);
    r = run_plumb("check " + quote(f.laptop) + " --event bricklaying");
    CHECK(r.code == 0);
    r = run_plumb("rank " + quote(f.laptop) + " --event bricklaying --format json");
    CHECK(r.code == 0);
    CHECK(r.out.find("ZY0") == std::string::npos);  // blinded: no registration numbers
    CHECK(r.out.find("\"b-") != std::string::npos);

    const std::string packet = (f.s / "l1.packet").string();
    r = run_plumb("packet export " + quote(f.laptop) + " -o " + quote(packet) +
                  " --passphrase " + f.passphrase);
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.find("1 marks") != std::string::npos);
    r = run_plumb("packet import " + quote(f.master) + " " + quote(packet));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.find("new records (1 entries) from L1") != std::string::npos);
    r = run_plumb("packet import " + quote(f.master) + " " + quote(packet));
    CHECK(r.code == 0);
    CHECK(r.out == f.s.dir.string() + "/l1.packet: already imported; nothing to add\n");

    r = run_plumb("rank " + quote(f.master) + " --as organiser --event bricklaying --format json");
    CHECK(r.out.find("A1: missing") != std::string::npos);  // some workstations still open
    r = run_plumb("audit verify " + quote(f.master));
    CHECK_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.find("1 packet signatures") != std::string::npos);
}

TEST_CASE("a damaged packet is refused with its reason and the master file is unchanged") {
    Field f;
    REQUIRE(f.mark(f.laptop, "01", "1491").code == 0);
    const std::string packet = (f.s / "l1.packet").string();
    REQUIRE(run_plumb("packet export " + quote(f.laptop) + " -o " + quote(packet) +
                  " --passphrase " + f.passphrase).code == 0);
    std::string bytes = slurp(packet);
    bytes[bytes.size() / 2] ^= 0x01;
    const std::string bad = (f.s / "bad.packet").string();
    std::ofstream(bad, std::ios::binary) << bytes;
    std::ofstream(f.s / "short.packet", std::ios::binary) << slurp(packet).substr(0, 500);

    REQUIRE(run_plumb("audit verify " + quote(f.master)).code == 0);  // checkpoints the WAL
    const std::string before = slurp(f.master);
    Run r = run_plumb("packet import " + quote(f.master) + " " + quote(packet) + " " + quote(bad) +
                      " " + quote((f.s / "short.packet").string()));
    CHECK(r.code == 1);
    CHECK(r.err.find(bad + ": refused: its hash does not match its content") != std::string::npos);
    CHECK(r.err.find("short.packet: refused: it is truncated") != std::string::npos);
    CHECK(r.err.find("plumb: nothing was imported") != std::string::npos);
    CHECK(slurp(f.master) == before);
    r = run_plumb("packet import " + quote(f.laptop) + " " + quote(packet));
    CHECK(r.err ==
          "plumb: this is a judge's laptop: import laptops' score packets on the master\n");
}

TEST_CASE(
    "packet export is refused on a master; draw on a laptop; kit import on an existing file") {
    Field f;
    Run r = run_plumb("packet export " + quote(f.master) + " -o " + quote((f.s / "p").string()) +
                      " --passphrase " + f.passphrase);
    CHECK(r.code == 1);
    CHECK(r.err.find("not made from a judge kit") != std::string::npos);
    r = run_plumb("draw " + quote(f.laptop) + " --event bricklaying --seed 1");
    CHECK(r.err == "plumb: this is a judge's laptop: draw lots on the master\n");
    r = run_plumb("kit import " + quote(f.laptop) + " " + quote(f.kit) + " --passphrase " +
                  f.passphrase);
    CHECK(r.code == 1);
    CHECK(r.err.find("already exists") != std::string::npos);
    r = run_plumb("kit import " + quote((f.s / "x.plumb").string()) + " " + quote(f.master) +
                  " --passphrase " + f.passphrase);
    CHECK(r.err ==
          "plumb: the judge kit is refused: it is not a judge kit (it does not start as one)\n");
}
