// Saving a window as it appears on screen, for the GUI tests and the README.
#pragma once

#include <wx/string.h>

class wxWindow;

namespace plumb {

// Copies the window's on-screen pixels (frame decorations excluded) into a PNG file.
bool save_screenshot(wxWindow* window, const wxString& png_path);

}  // namespace plumb
