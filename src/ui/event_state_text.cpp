// Words for open / locked / revealed, and the revision.
#include "ui/event_state_text.h"

#include <wx/intl.h>
#include <wx/stattext.h>

#include "ui/console.h"

namespace plumb::ui {

wxString state_word(const EventState& state) {
    if (state.revealed) return _("revealed");
    if (state.locked) return _("locked");
    return _("draft (open)");
}

wxString state_line(const EventState& state) {
    return state_word(state) + wxT(" \u00B7 ") + wxString::Format(_("revision %d"), state.revision);
}

wxString state_line(const Console& console, const std::string& event) {
    return state_line(console.session().store().event_state(event));
}

wxColour state_colour(const EventState& state) {
    return state.locked ? wxColour(0, 100, 0) : wxColour(160, 30, 30);
}

void set_label_fitted(wxStaticText* label, const wxString& text) {
    label->SetLabel(text);
    label->SetMinSize(label->GetTextExtent(text) + label->FromDIP(wxSize(4, 2)));
}

void show_state(wxStaticText* label, const EventState& state) {
    set_label_fitted(label, state_line(state));
    label->SetForegroundColour(state_colour(state));
}

}  // namespace plumb::ui
