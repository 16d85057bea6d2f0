// What the fuzz targets check outside data against: the demo competition and a roster on it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/competition.h"

namespace plumb::fuzz {

// The Zhengyun Cup as shipped (data/demo/zhengyun-cup.toml with its four schemes).
const Competition& demo_competition();

// The contestants of tests/data/cli/roster.csv registered on it, with their workstations, so
// that marks, timing and theory rows can name someone real.
const std::vector<Contestant>& demo_contestants();

inline std::string_view bytes_of(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

}  // namespace plumb::fuzz
