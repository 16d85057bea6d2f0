// What the box under the score sheet says about the aspect under the cursor.
#include "ui/entry_help.h"

#include <wx/intl.h>

#include "ui/wx_text.h"

namespace plumb::ui {

wxString aspect_help_text(const Aspect& a, int scale, const wxString& state) {
    wxString text = u8(a.id + "  " + a.name);
    if (!a.name_en.empty()) text += wxT("  /  ") + u8(a.name_en);
    if (!state.empty()) text += wxT("\n") + wxString::Format(_("State: %s"), state);
    if (!a.description.empty()) text += wxT("\n") + u8(a.description);
    for (std::size_t i = 0; i < a.descriptors.size(); ++i) {
        // Descriptors often begin with their level already ("2 墙面基本洁净"); number the rest.
        const std::string& d = a.descriptors[i];
        const bool numbered = !d.empty() && d[0] == static_cast<char>('0' + i);
        text += wxT("\n") +
                (numbered ? wxString() : wxString::Format("%d  ", static_cast<int>(i))) + u8(d);
    }
    if (a.type == AspectType::Choice) {
        for (std::size_t i = 0; i < a.options.size(); ++i)
            text += wxString::Format("\n%d  ", static_cast<int>(i + 1)) + u8(a.options[i].label);
        text += wxT("\n") +
                _("Type an option's number or the start of its label; Alt+Down shows the list.");
    }
    if (a.type == AspectType::PassFail)
        text += wxT("\n") +
                _("Type 1, y or p for pass and 0, n or f for fail; Alt+Down shows the list.");
    if (a.type == AspectType::Points)
        text += wxT("\n") + wxString::Format(
                                _("Type the %d check point values separated by spaces."), a.points);
    if (a.is_judgement() && a.descriptors.empty())
        text += wxT("\n") + wxString::Format(_("Score 0 to %d."), scale);
    return text;
}

}  // namespace plumb::ui
