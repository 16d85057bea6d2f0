// libFuzzer target: a theory score CSV against the demo roster.
#include "fuzz_context.h"
#include "io/csv.h"
#include "io/theory_csv.h"

using namespace plumb;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::demo_contestants();  // loaded once, outside the time of any one input
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        parse_theory(parse_csv(fuzz::bytes_of(data, size), "theory.csv"), fuzz::demo_contestants());
    } catch (const ImportError&) {
    }
    return 0;
}
