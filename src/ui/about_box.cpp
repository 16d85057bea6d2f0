// The About box, with the version and commit from the generated version.h.
#include "ui/about_box.h"

#include <wx/intl.h>

#include "version.h"

namespace plumb::ui {

wxAboutDialogInfo about_info() {
    wxAboutDialogInfo info;
    info.SetName(_("Plumbline"));
    // GTK's native box shows only the short version: the commit goes into both.
    info.SetVersion(wxString::Format(_("%s (commit %s)"), PLUMB_VERSION, PLUMB_COMMIT),
                    wxString::Format(_("Version %s (commit %s)"), PLUMB_VERSION, PLUMB_COMMIT));
    info.SetDescription(_("Judging console for construction-trade skills competitions"));
    return info;
}

void show_about_box(wxWindow* parent) {
    wxAboutBox(about_info(), parent);
}

}  // namespace plumb::ui
