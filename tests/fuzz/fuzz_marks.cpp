// libFuzzer target: a marks CSV checked against the demo competition, its judges and roster.
#include "fuzz_context.h"
#include "io/csv.h"
#include "io/marks_csv.h"

using namespace plumb;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::demo_contestants();  // loaded once, outside the time of any one input
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const Competition& c = fuzz::demo_competition();
        parse_marks(parse_csv(fuzz::bytes_of(data, size), "marks.csv"), c, c.judges,
                    fuzz::demo_contestants());
    } catch (const ImportError&) {
    }
    return 0;
}
