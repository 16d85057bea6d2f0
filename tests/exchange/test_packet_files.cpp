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

// The file opens and is signed by the key it carries; its content is the .archive kept beside.
std::string opened_archive(const std::string& name, FileKind kind) {
    const std::string bytes = bytes_of(name);
    const Envelope e = open_envelope(bytes, kind);
    CHECK(signed_by(bytes, e.public_key));
    CHECK(e.archive == bytes_of(name + ".archive"));
    return e.archive;
}

}  // namespace

TEST_CASE("the kept kit opens and reads: three contestants of brick, two judges") {
    const Kit kit = read_kit_archive(opened_archive("brick1.kit", FileKind::Kit));
    CHECK(kit.event == "brick");
    CHECK(kit.device_name == "brick 1");
    CHECK(kit.contestants.size() == 3);
    CHECK(kit.judges.size() == 2);
}

TEST_CASE("the kept packets open and read: the first with one mark, the last with a sign-off") {
    const Packet first =
        read_packet_archive(opened_archive("brick1-first.packet", FileKind::Packet));
    CHECK(first.marks.size() == 1);
    const Packet last = read_packet_archive(opened_archive("brick1.packet", FileKind::Packet));
    CHECK(last.device == first.device);
    CHECK(last.marks.size() == 5);
    CHECK(last.theory.empty());  // a laptop brings marks and sign-offs only
    CHECK(last.records.back().action == "signoff");
    CHECK(last.records.size() > first.records.size());
}
