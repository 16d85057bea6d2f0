// Imports an organiser runs during the contest from the Competition menu: times, theory scores
// and marks transcribed from paper, each file all or nothing, problems listed before anything.
#pragma once

class wxFrame;

namespace plumb::ui {

class Console;

// Adds the import items to the frame's first menu and binds them.
void add_import_menu(wxFrame* frame, Console& console);

}  // namespace plumb::ui
