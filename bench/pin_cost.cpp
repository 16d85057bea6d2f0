// What the argon2id cost of PINs means for someone holding a stolen laptop's database: the time
// of one hash here, and of trying every six-digit PIN on one core. Prints figures; docs/packets.md
// records them.
#include <sodium.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "services/roles.h"

int main() {
    if (sodium_init() < 0) return 1;
    constexpr int kRuns = 5;
    const auto start = std::chrono::steady_clock::now();
    std::string hash;
    for (int i = 0; i < kRuns; ++i) hash = plumb::hash_secret("481516");
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count() /
        kRuns;
    // Checking a guess costs what hashing does (the same argon2id run).
    const double all_days = ms * 1e6 / 1000 / 86400;
    std::printf("pin_cost: argon2id ops %llu, memory %zu MiB: %.0f ms per hash or guess\n",
                plumb::kSecretOpsLimit, plumb::kSecretMemLimit >> 20, ms);
    std::printf("pin_cost: every six-digit PIN on one core: %.1f days (half of them on average: "
                "%.1f days)\n",
                all_days, all_days / 2);
    return 0;
}
