// libFuzzer target: a roster CSV imported into the demo competition (empty, then with the demo
// roster already registered).
#include "fuzz_context.h"
#include "io/csv.h"
#include "io/roster_csv.h"

using namespace plumb;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::demo_contestants();  // loaded once, outside the time of any one input
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const CsvTable table = parse_csv(fuzz::bytes_of(data, size), "roster.csv");
        try {
            parse_roster(table, fuzz::demo_competition(), {});
        } catch (const ImportError&) {
        }
        parse_roster(table, fuzz::demo_competition(), fuzz::demo_contestants());
    } catch (const ImportError&) {
    }
    return 0;
}
