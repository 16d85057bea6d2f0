// libFuzzer target: the archive of a score packet from any bytes, read as the master reads it
// once the envelope and signature are checked. A packet read is written again, and must read
// back the same.
#include <cstdlib>

#include "exchange/content_error.h"
#include "exchange/packet.h"
#include "fuzz_context.h"

using namespace plumb;
using namespace plumb::exchange;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Packet packet;
    try {
        packet = read_packet_archive(std::string(fuzz::bytes_of(data, size)));
    } catch (const ContentError&) {
        return 0;
    }
    const std::string again = packet_archive(packet);
    if (packet_archive(read_packet_archive(again)) != again) std::abort();
    return 0;
}
