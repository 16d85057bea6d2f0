// libFuzzer target: the archive of a score packet from any bytes, read as the master reads it
// once the envelope and signature are checked, in both formats (2, binary, written now; 1,
// text, still read). A packet read is written again in its format, and must read back the
// same; a format 2 archive that reads is written again to the very same bytes.
#include <cstdlib>

#include "exchange/content_error.h"
#include "exchange/packet.h"
#include "fuzz_context.h"

using namespace plumb;
using namespace plumb::exchange;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(fuzz::bytes_of(data, size));
    for (std::uint32_t format : {1u, 2u}) {
        Packet packet;
        try {
            packet = read_packet_archive(bytes, format);
        } catch (const ContentError&) {
            continue;
        }
        const std::string again = packet_archive(packet, format);
        if (packet_archive(read_packet_archive(again, format), format) != again) std::abort();
        if (format == 2 && again != bytes) std::abort();
    }
    return 0;
}
