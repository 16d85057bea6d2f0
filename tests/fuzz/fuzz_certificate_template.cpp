// libFuzzer target: a certificate template TOML (organisers restyle certificates with it).
#include "fuzz_context.h"
#include "io/certificate_template.h"
#include "io/definition_error.h"

using namespace plumb;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        parse_certificate_template(std::string(fuzz::bytes_of(data, size)), "template.toml",
                                   std::string(PLUMB_DATA_DIR) + "/certificates");
    } catch (const DefinitionError&) {
    }
    return 0;
}
