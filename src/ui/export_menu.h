// The console's Export menu: certificates, results sheets, the HR file and paper score sheets,
// written by the same services as `plumb export`, in the background.
#pragma once

class wxFrame;

namespace plumb::ui {

class Console;

// Adds the menu to the frame's menu bar (before View) and binds its items.
void add_export_menu(wxFrame* frame, Console& console);

}  // namespace plumb::ui
