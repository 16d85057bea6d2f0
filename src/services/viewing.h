// What a viewer may see: names only of revealed events (the blinding holds until the reveal).
#pragma once

#include <string>

#include "core/results.h"
#include "services/roles.h"

namespace plumb {

// True when `login` may see the event's names: once it is revealed; before, only the organiser
// (who registered them). Without roles configured everyone may, as before.
bool names_visible(const CompetitionSession& session, const std::string& event, const Login& login);

// Clears names, employers and registration numbers: rows keep their workstations.
void hide_names(EventResults& results);

}  // namespace plumb
