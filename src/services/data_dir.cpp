// Locates the shipped data directory.
#include "services/data_dir.h"

#include <cstdlib>

namespace plumb {

std::filesystem::path data_dir() {
    if (const char* env = std::getenv("PLUMB_DATA"); env && *env) return env;
    return PLUMB_DATA_DIR;
}

}  // namespace plumb
