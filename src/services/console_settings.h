// How the console behaves for a competition, kept in its settings rows and changed as a gate
// action: for now, how long a logged-in judge may leave it idle.
#pragma once

#include "services/gate.h"
#include "services/settings_keys.h"
#include "store/store.h"

namespace plumb {

// Minutes without a key press or click after which the console logs out whoever is logged in:
// the row's whole number from 1 to 1440, else 5 (no row, or one that is not such a number).
int idle_logout_minutes(const Store& store);

// Sets them (Act::SetConsoleSetting: the organiser): a whole number from 1 to 1440.
void set_idle_logout_minutes(CompetitionSession& session, const Login& by, int minutes);

}  // namespace plumb
