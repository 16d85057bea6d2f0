// The chief judge's two actions on an event's results, asked for in the same words wherever
// the console offers them (the results panel, the chief judge's lock page).
#pragma once

#include <string>

class wxWindow;

namespace plumb::ui {

class Console;

// Asks why, then the chief judge's PIN, and locks the event's results through the gate; says
// what still keeps it open, or the gate's refusal. True when it was locked.
bool lock_event_results(wxWindow* parent, Console& console, const std::string& event);

// Asks for a confirmation (saying it locks first when not locked yet), then the chief judge's
// PIN, and reveals the names through the gate; says whether it locked first. True when the
// names were revealed.
bool reveal_event_names(wxWindow* parent, Console& console, const std::string& event);

}  // namespace plumb::ui
