// Loads the demo competition and roster once per fuzzing process.
#include "fuzz_context.h"

#include <cstdio>
#include <cstdlib>
#include <exception>

#include "io/competition_file.h"
#include "io/csv.h"
#include "io/file_bytes.h"
#include "io/roster_csv.h"

namespace plumb::fuzz {

namespace {

// A broken fixture is not a finding: say so and stop, rather than fuzz against nothing.
[[noreturn]] void fixture_failed(const std::exception& e) {
    std::fprintf(stderr, "fuzz fixture cannot be loaded: %s\n", e.what());
    std::abort();
}

}  // namespace

const Competition& demo_competition() {
    static const Competition c = [] {
        try {
            return load_competition_file(std::string(PLUMB_DATA_DIR) + "/demo/zhengyun-cup.toml");
        } catch (const std::exception& e) {
            fixture_failed(e);
        }
    }();
    return c;
}

const std::vector<Contestant>& demo_contestants() {
    static const std::vector<Contestant> people = [] {
        try {
            const std::string file = std::string(FUZZ_DATA_DIR) + "/cli/roster.csv";
            return parse_roster(parse_csv(read_file_bytes(file), "roster.csv"), demo_competition(),
                                {});
        } catch (const std::exception& e) {
            fixture_failed(e);
        }
    }();
    return people;
}

}  // namespace plumb::fuzz
