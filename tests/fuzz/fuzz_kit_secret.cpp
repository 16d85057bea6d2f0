// libFuzzer target: the laptop's signing key as a kit carries it, sealed under a passphrase,
// from any bytes (the first line is taken as the passphrase typed, the rest as the sealed key).
// Opening must never crash, and what one passphrase seals no other opens.
#include <cstdlib>

#include "fuzz_context.h"
#include "services/kit_secret.h"

using namespace plumb;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(fuzz::bytes_of(data, size));
    const auto nl = input.find('\n');
    const std::string passphrase = input.substr(0, nl);
    const std::string sealed = nl == std::string::npos ? std::string() : input.substr(nl + 1);
    (void)open_secret(sealed, passphrase);
    // A round trip of a short secret under the typed passphrase (costly: only now and then).
    if (size % 64 == 1) {
        const std::string blob = seal_secret(passphrase.substr(0, 16), passphrase);
        if (open_secret(blob, passphrase) != passphrase.substr(0, 16)) std::abort();
        if (normalised_passphrase(passphrase) != normalised_passphrase(passphrase + "x") &&
            open_secret(blob, passphrase + "x"))
            std::abort();
    }
    return 0;
}
