// Help > About: the program's name, version and the commit it was built from.
#pragma once

#include <wx/aboutdlg.h>

class wxWindow;

namespace plumb::ui {

// What the box says, in the console's language (tests show it in a generic, non-modal dialog).
wxAboutDialogInfo about_info();

void show_about_box(wxWindow* parent);

}  // namespace plumb::ui
