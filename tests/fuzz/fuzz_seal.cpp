// libFuzzer target: a seal as typed or read from a file, checked against a small database.
// Never a crash; a seal the database gave always holds, any other text is refused with a reason.
#include <cstdlib>

#include "fuzz_context.h"
#include "services/seal.h"

using namespace plumb;

namespace {

const Store& database() {
    static Store store = [] {
        Store s = Store::in_memory();
        for (int i = 0; i < 3; ++i) {
            Change c = s.begin(Actor{{}, "fuzz", "a record"});
            c.set_setting("fuzz", std::to_string(i));
            c.commit();
        }
        return s;
    }();
    return store;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string typed(fuzz::bytes_of(data, size));
    const std::string why = seal_problem(database(), typed);
    const std::string given = audit_seal(database());
    if (typed == given && !why.empty()) std::abort();
    return 0;
}
