// Words for open / locked / revealed, and the revision.
#include "ui/event_state_text.h"

#include <wx/intl.h>

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

}  // namespace plumb::ui
