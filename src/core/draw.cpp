// Reproducible draw of lots.
#include "core/draw.h"

#include <random>
#include <stdexcept>

namespace plumb {

std::vector<DrawResult> draw_lots(const Event& event, const std::vector<Contestant>& contestants,
                                  std::uint64_t seed) {
    std::vector<const Contestant*> pool;
    for (const auto& c : contestants)
        if (c.event == event.code && c.status != ContestantStatus::Withdrawn) pool.push_back(&c);
    if (!event.workstations.empty() && event.workstations.size() < pool.size())
        throw std::runtime_error("event " + event.code + " has " +
                                 std::to_string(event.workstations.size()) + " workstations for " +
                                 std::to_string(pool.size()) + " contestants");
    std::mt19937_64 rng(seed);
    for (std::size_t i = pool.size(); i > 1; --i) {
        // Unbiased index in [0, i): rejection sampling on the raw 64-bit output.
        const std::uint64_t bound = i, limit = UINT64_MAX - UINT64_MAX % bound;
        std::uint64_t r;
        do r = rng();
        while (r >= limit);
        std::swap(pool[i - 1], pool[r % bound]);
    }
    const std::size_t width =
        std::to_string(pool.size()).size() < 2 ? 2 : std::to_string(pool.size()).size();
    std::vector<DrawResult> out;
    for (std::size_t k = 0; k < pool.size(); ++k) {
        std::string label;
        if (!event.workstations.empty()) {
            label = event.workstations[k];
        } else {
            label = std::to_string(k + 1);
            label.insert(0, width - label.size(), '0');
        }
        out.push_back({pool[k]->registration_no, static_cast<int>(k + 1), label});
    }
    return out;
}

}  // namespace plumb
