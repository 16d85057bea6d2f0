// libFuzzer target: the archive of a judge kit from any bytes, read as a laptop reads it once
// the envelope and signature are checked. A kit read is written again, and must read back the
// same.
#include <cstdlib>

#include "exchange/content_error.h"
#include "exchange/kit.h"
#include "fuzz_context.h"

using namespace plumb;
using namespace plumb::exchange;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Kit kit;
    try {
        kit = read_kit_archive(std::string(fuzz::bytes_of(data, size)));
    } catch (const ContentError&) {
        return 0;
    }
    const std::string again = kit_archive(kit);
    if (kit_archive(read_kit_archive(again)) != again) std::abort();
    return 0;
}
