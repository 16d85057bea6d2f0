// An event's results state in words and colour, the same on every screen that shows it: the
// results, progress and score entry headers, the chief judge's pages, the announce board.
#pragma once

#include <string>

#include <wx/colour.h>
#include <wx/string.h>

#include "core/event_state.h"

class wxStaticText;

namespace plumb::ui {

class Console;

// 草稿 / 已锁定 / 已公布 (draft / locked / revealed).
wxString state_word(const EventState& state);
// "已锁定 · 第 2 版" / "locked · revision 2".
wxString state_line(const EventState& state);
// The event's state line as the database holds it now.
wxString state_line(const Console& console, const std::string& event);
// Dark red for a draft, dark green once final.
wxColour state_colour(const EventState& state);
// Puts the state line in LABEL, in its colour, wide enough for its own (bold) font: GTK measures
// a label set before it is shown in the regular weight and clipped the last word.
void show_state(wxStaticText* label, const EventState& state);
// LABEL's text set and its minimum size taken from its own font.
void set_label_fitted(wxStaticText* label, const wxString& text);

}  // namespace plumb::ui
