// A judge's laptop's main window (a database made from a kit): it says which laptop it is, for
// which event and judges, offers "Export score packet", and leaves out what a laptop cannot do.
#pragma once

class wxFrame;

namespace plumb::ui {

class Console;

// On a laptop's database: the banner under the title, the window's title, the Competition
// menu's Export score packet (Ctrl+E) and no announce board. Nothing on a master.
void show_laptop_identity(wxFrame* frame, Console& console);

}  // namespace plumb::ui
