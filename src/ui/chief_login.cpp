// The chief judge's PIN, the way the reveal asks for it.
#include "ui/chief_login.h"

#include <wx/msgdlg.h>

#include "ui/console.h"
#include "ui/wx_text.h"

namespace plumb::ui {

std::optional<Login> chief_login(wxWindow* parent, Console& console, const std::string& event) {
    const auto chief = chief_judge(console.session().store(), event);
    if (!console.roles_on())
        return chief ? console.login_of(*chief) : unchecked_login("chief judge");
    if (!chief) {
        const Event* e = console.competition().find_event(event);
        wxMessageDialog dlg(
            parent,
            wxString::Format(_("No chief judge is named for %s yet; the organiser names one "
                               "first."),
                             e ? u8(e->scheme.name) : u8(event)),
            "Plumbline", wxOK | wxICON_INFORMATION);
        dlg.ShowModal();
        return std::nullopt;
    }
    return console.ensure_login(*chief);
}

}  // namespace plumb::ui
