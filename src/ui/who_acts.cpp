// Asking the chief judge (or the organiser) to log in for an action.
#include "ui/who_acts.h"

#include <wx/msgdlg.h>

#include "ui/console.h"
#include "ui/setup_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

std::optional<Login> chief_judge_login(wxWindow* parent, Console& console,
                                       const std::string& event) {
    const auto chief = chief_judge(console.session().store(), event);
    if (!console.roles_on()) return unchecked_login(chief.value_or("chief judge"));
    if (!chief) {
        wxMessageDialog dlg(
            parent,
            wxString::Format(_("No chief judge is named for %s yet; the organiser names one on "
                               "the Set-up tab's Roles page."),
                             event_name(console.competition(), event)),
            "Plumbline", wxOK | wxICON_INFORMATION);
        dlg.ShowModal();
        return std::nullopt;
    }
    return console.ensure_login(*chief);
}

std::optional<Login> organiser_or_chief_login(wxWindow*, Console& console,
                                              const std::string& event) {
    if (!console.roles_on()) return unchecked_login(kOrganiser);
    const auto chief = chief_judge(console.session().store(), event);
    if (const auto& now = console.logged_in();
        now && (now->who == kOrganiser || (chief && now->who == *chief)))
        return now;
    return console.ensure_login(chief.value_or(kOrganiser));
}

}  // namespace plumb::ui
