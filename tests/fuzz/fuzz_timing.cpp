// libFuzzer target: a timing CSV (clock times or minutes) against the demo competition.
#include "fuzz_context.h"
#include "io/csv.h"
#include "io/timing_csv.h"

using namespace plumb;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::demo_contestants();  // loaded once, outside the time of any one input
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        parse_timing(parse_csv(fuzz::bytes_of(data, size), "timing.csv"), fuzz::demo_competition(),
                     fuzz::demo_contestants());
    } catch (const ImportError&) {
    }
    return 0;
}
