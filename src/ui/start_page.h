// The page shown when no competition is open: recent competitions, create one, open the demo.
#pragma once

#include <memory>

#include <wx/string.h>

#include "ui/main_frame.h"
#include "ui/task_panel.h"

class wxWindow;

namespace plumb::ui {

std::unique_ptr<TaskPanel> make_start_page(wxWindow* parent, const FrameHost& host);

// The demo competition in the user's data folder, created on first use; its path.
wxString open_demo_path();
// Asks for a competition TOML file and where to save the database, creates it; "" if cancelled
// or refused (the reason was shown).
wxString create_competition_dialog(wxWindow* parent);
// Remembers a competition in the recent list.
void remember_recent(const wxString& db);

}  // namespace plumb::ui
