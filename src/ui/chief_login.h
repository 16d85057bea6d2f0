// Asking for the chief judge of an event before an action only they may do (settle a conflict,
// reopen a sheet), as the results panel asks before a reveal. The gate still decides.
#pragma once

#include <optional>
#include <string>

#include "services/roles.h"

class wxWindow;

namespace plumb::ui {

class Console;

// With roles on: the event's chief judge's login, their PIN asked unless they are logged in;
// when no chief judge is named yet, a message over `parent` says so and nullopt. Without roles
// nobody is asked: the chief judge named (else "chief judge") is recorded. nullopt when
// cancelled.
std::optional<Login> chief_login(wxWindow* parent, Console& console, const std::string& event);

}  // namespace plumb::ui
