// libFuzzer target: a competition TOML from any bytes; the schemes it may name are the four
// shipped ones, under the paths the demo uses, and the definition tests' mini scheme.
#include <map>

#include "fuzz_context.h"
#include "io/competition_file.h"
#include "io/file_bytes.h"

using namespace plumb;

namespace {

const std::map<std::string, std::string>& shipped_schemes() {
    static const std::map<std::string, std::string> schemes = [] {
        std::map<std::string, std::string> out;
        for (const char* trade : {"bricklaying", "rebar", "tiling", "carpentry"})
            out[std::string("../schemes/") + trade + ".toml"] =
                read_file_bytes(std::string(PLUMB_DATA_DIR) + "/schemes/" + trade + ".toml");
        return out;
    }();
    return schemes;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    shipped_schemes();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    CompetitionSources sources;
    sources.competition_label = "competition.toml";
    sources.competition_text = std::string(fuzz::bytes_of(data, size));
    sources.schemes = shipped_schemes();
    try {
        parse_competition(sources);
    } catch (const DefinitionError&) {
    }
    return 0;
}
