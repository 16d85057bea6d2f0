// libFuzzer target: the signed envelope of kit and packet files from any bytes, as each kind;
// then the same bytes with their hash made right, so the fields read after it are fuzzed too.
#include <sodium.h>

#include "exchange/envelope.h"
#include "fuzz_context.h"

using namespace plumb;
using namespace plumb::exchange;

namespace {

void open_as_both_kinds(const std::string& bytes) {
    for (FileKind kind : {FileKind::Kit, FileKind::Packet}) {
        try {
            const Envelope e = open_envelope(bytes, kind);
            signed_by(bytes, e.public_key);
        } catch (const EnvelopeError&) {
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes(fuzz::bytes_of(data, size));
    open_as_both_kinds(bytes);
    if (bytes.size() >= kHeaderBytes + kTrailerBytes) {
        const std::size_t hash_at = bytes.size() - kTrailerBytes;
        crypto_generichash(reinterpret_cast<unsigned char*>(bytes.data() + hash_at), 32,
                           reinterpret_cast<const unsigned char*>(bytes.data()), hash_at, nullptr,
                           0);
        open_as_both_kinds(bytes);
    }
    return 0;
}
