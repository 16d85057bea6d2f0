// The page shown when no competition is open: recent competitions, create one, open the demo.
#pragma once

#include <memory>

#include <wx/string.h>

#include "ui/main_frame.h"
#include "ui/task_panel.h"

class wxWindow;

namespace plumb::ui {

std::unique_ptr<TaskPanel> make_start_page(wxWindow* parent, const FrameHost& host);

// Where the console keeps its files: the settings in ~/.config/plumbline.conf and the demo in
// ~/.local/share/plumbline/ (XDG). wx's classic layout put both at ~/.plumbline, a file and a
// folder of the same name, so whichever came first broke the other. Call before either is used.
void use_user_paths();
// The folder of the demo competition: $XDG_DATA_HOME/plumbline (~/.local/share/plumbline); the
// user's application data folder on Windows.
wxString demo_folder();
// The demo competition in the user's data folder, created on first use; its path.
wxString open_demo_path();
// Asks for a competition TOML file and where to save the database, creates it; "" if cancelled
// or refused (the reason was shown).
wxString create_competition_dialog(wxWindow* parent);
// Remembers a competition in the recent list.
void remember_recent(const wxString& db);

}  // namespace plumb::ui
