// libFuzzer target: a marking scheme TOML from any bytes.
#include "fuzz_context.h"
#include "io/scheme_file.h"

using namespace plumb;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        parse_scheme(std::string(fuzz::bytes_of(data, size)), "scheme.toml");
    } catch (const DefinitionError&) {
    }
    return 0;
}
