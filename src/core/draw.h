// Drawing lots: a reproducible random order of an event's contestants from a seed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/competition.h"

namespace plumb {

struct DrawResult {
    std::string registration_no;
    int draw_no = 0;
    std::string workstation;
};

// Shuffles the event's active contestants (registration order in) with a 64-bit Mersenne
// Twister seeded by `seed` and a Fisher-Yates pass written out here, so the same seed gives the
// same draw on every machine. Draw numbers run 1..N; workstations are the event's labels in
// order when it has them, else the draw number zero-padded ("01", "02", ...).
std::vector<DrawResult> draw_lots(const Event& event, const std::vector<Contestant>& contestants,
                                  std::uint64_t seed);

}  // namespace plumb
