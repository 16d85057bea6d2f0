// How the console behaves for a competition, read from its settings rows (written elsewhere, as
// a gate action): for now, how long a logged-in judge may leave it idle.
#pragma once

#include "store/store.h"

namespace plumb {

// The settings row read by idle_logout_minutes().
inline constexpr const char* kIdleLogoutSetting = "console.idle_logout_minutes";

// Minutes without a key press or click after which the console logs out whoever is logged in:
// the row's whole number from 1 to 1440, else 5 (no row, or one that is not such a number).
int idle_logout_minutes(const Store& store);

}  // namespace plumb
