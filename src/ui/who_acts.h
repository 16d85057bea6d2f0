// Whose login the console passes to the gate for the chief judge's actions: it asks the right
// person for their PIN or password; whether they may act is the gate's decision, shown as its
// refusal.
#pragma once

#include <optional>
#include <string>

#include "services/roles.h"

class wxWindow;

namespace plumb::ui {

class Console;

// For an action of the event's chief judge (lock, reveal, deciding an appeal). With roles on:
// the chief judge named for the event, asked for their PIN unless logged in (nullopt when they
// cancel, or when no chief judge is named yet, which is said over `parent`). Without roles
// nobody is asked and the chief judge's code, or "chief judge", is recorded.
std::optional<Login> chief_judge_login(wxWindow* parent, Console& console,
                                       const std::string& event);

// For an action the organiser or the event's chief judge takes (an appeal lodged, a status,
// double entry): whichever of them is logged in; else the chief judge's PIN, or the organiser's
// password when the event has no chief judge. Without roles: the organiser, unasked.
std::optional<Login> organiser_or_chief_login(wxWindow* parent, Console& console,
                                              const std::string& event);

}  // namespace plumb::ui
