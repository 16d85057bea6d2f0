// The kit and packets kept in tests/data/packets (fuzz seeds, made by make.sh there) are what
// plumb writes today: they open, their signatures hold, and their contents read.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "exchange/envelope.h"
#include "exchange/kit.h"
#include "exchange/packet.h"

using namespace plumb::exchange;
namespace fs = std::filesystem;

namespace {

std::string bytes_of(const std::string& name) {
    std::ifstream in(fs::path(TEST_DATA_DIR) / "packets" / name, std::ios::binary);
    REQUIRE(in);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// The file opens and is signed by the key it carries; its content is the .archive kept beside
// (none for the packets of format 1 kept in v1/).
Envelope opened(const std::string& name, FileKind kind) {
    const std::string bytes = bytes_of(name);
    const Envelope e = open_envelope(bytes, kind);
    CHECK(signed_by(bytes, e.public_key));
    if (name.rfind("v1/", 0) != 0) CHECK(e.archive == bytes_of(name + ".archive"));
    return e;
}

std::string opened_archive(const std::string& name, FileKind kind) {
    return opened(name, kind).archive;
}

Packet opened_packet(const std::string& name) {
    const Envelope e = opened(name, FileKind::Packet);
    return read_packet_archive(e.archive, e.version);
}

}  // namespace

TEST_CASE("the kept kit opens and reads: three contestants of brick, two judges") {
    const Kit kit = read_kit_archive(opened_archive("brick1.kit", FileKind::Kit));
    CHECK(kit.event == "brick");
    CHECK(kit.device_name == "brick 1");
    CHECK(kit.contestants.size() == 3);
    CHECK(kit.judges.size() == 2);
}

// How many of a packet's records are marks.
std::size_t marks_in(const Packet& p) {
    std::size_t n = 0;
    for (const PacketRecord& r : p.records) n += r.action == "mark";
    return n;
}

TEST_CASE("the kept packets open and read: the first with one mark, the last with a sign-off") {
    CHECK(open_envelope(bytes_of("brick1.packet"), FileKind::Packet).version == 2);
    const Packet first = opened_packet("brick1-first.packet");
    CHECK(marks_in(first) == 1);
    CHECK(first.marks.empty());  // format 2: each entry is its record's payload
    CHECK(first.records.front().action == "kit.import");  // the kit's setup stays on the laptop
    CHECK(first.records.size() == 2);
    // Its seal counts the laptop's whole trail, the setup it leaves out included.
    REQUIRE(!first.seal.empty());
    CHECK(std::stoul(first.seal) > first.records.size());
    const Packet last = opened_packet("brick1.packet");
    CHECK(last.device == first.device);
    CHECK(marks_in(last) == 5);
    CHECK(last.records.back().action == "signoff");
    CHECK(last.records.size() > first.records.size());
}

TEST_CASE("the packets of format 1 kept in v1/ still open and read, setup and entries included") {
    CHECK(open_envelope(bytes_of("v1/brick1.packet"), FileKind::Packet).version == 1);
    const Packet first = opened_packet("v1/brick1-first.packet");
    CHECK(first.marks.size() == 1);
    CHECK(first.records.front().action == "store.create");
    CHECK(first.seal.empty());
    const Packet last = opened_packet("v1/brick1.packet");
    CHECK(last.marks.size() == 5);
    CHECK(last.records.back().action == "signoff");
}
