// The start page's "Check a received file": whoever receives a signed export (the HR clerk and
// the HR file) checks it against the key fingerprint the organiser announced, with no
// competition open (forms/file_check_dialog.xrc); verify_manifest() decides.
#pragma once

#include <wx/string.h>

class wxWindow;

namespace plumb::ui {

// Shows the dialog until it is closed; each Check shows its outcome in the dialog.
void check_received_file(wxWindow* parent);

// What the dialog says of FILE checked against the fingerprint TYPED; true when verified.
bool received_file_outcome(const wxString& file, const wxString& typed, wxString& says);

}  // namespace plumb::ui
