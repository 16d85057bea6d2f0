// Where the Export menu's save dialogs open: the folder the last export was saved to, kept in
// the user's settings (plumbline.conf, with the language and the recent competitions), so that
// results, certificates and the HR file go to the same USB stick without finding it each time.
#pragma once

#include <wx/string.h>

namespace plumb::ui {

// The folder of the last export written, while it still exists (a USB stick may be gone);
// otherwise where removable media appear (removable_media_folder()).
wxString export_folder();

// Remembers the folder of `file`, an export just written.
void remember_export_folder(const wxString& file);

}  // namespace plumb::ui
