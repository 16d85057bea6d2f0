// The About box, with the version and commit from the generated version.h.
#include "ui/about_box.h"

#include <wx/aboutdlg.h>
#include <wx/intl.h>

#include "version.h"

namespace plumb::ui {

void show_about_box(wxWindow* parent) {
    wxAboutDialogInfo info;
    info.SetName(_("Plumbline"));
    info.SetVersion(PLUMB_VERSION,
                    wxString::Format(_("Version %s (commit %s)"), PLUMB_VERSION, PLUMB_COMMIT));
    info.SetDescription(_("Judging console for construction-trade skills competitions"));
    wxAboutBox(info, parent);
}

}  // namespace plumb::ui
