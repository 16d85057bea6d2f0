// Where Plumbline finds its shipped data (schemes, demo competition, translations).
#pragma once

#include <filesystem>

namespace plumb {

// $PLUMB_DATA when set, else the source tree's data/ recorded at build time.
std::filesystem::path data_dir();

}  // namespace plumb
