// Lock and reveal from the console: the questions, the login, the gate's answer.
#include "ui/result_actions.h"

#include <wx/msgdlg.h>
#include <wx/textdlg.h>

#include "services/result_state.h"
#include "ui/console.h"
#include "ui/setup_text.h"
#include "ui/who_acts.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

// Says which contestants are still incomplete, and where to look; false when there are none.
bool say_incomplete(wxWindow* parent, Console& console, const std::string& event,
                    const wxString& headline) {
    const std::vector<std::string> open = console.book(event).incomplete_workstations();
    if (open.empty()) return false;
    wxString list;
    for (std::size_t i = 0; i < open.size() && i < 8; ++i)
        list += (i ? wxT(", ") : wxT("")) + u8(open[i]);
    if (open.size() > 8) list += wxT(", …");
    wxMessageDialog dlg(parent, headline, "Plumbline", wxOK | wxICON_INFORMATION);
    dlg.SetExtendedMessage(wxString::Format(
        _("Contestants still incomplete: %d (workstations %s). An event is locked and its "
          "names revealed once every contestant is complete or not competing; see the progress "
          "panel for what is missing."),
        static_cast<int>(open.size()), list));
    dlg.ShowModal();
    return true;
}

void say_refused(wxWindow* parent, const wxString& headline, const std::exception& e) {
    wxMessageDialog dlg(parent, headline, "Plumbline", wxOK | wxICON_ERROR);
    dlg.SetExtendedMessage(u8(e.what()));
    dlg.ShowModal();
}

}  // namespace

bool lock_event_results(wxWindow* parent, Console& console, const std::string& event) {
    const wxString trade = event_name(console.competition(), event);
    if (say_incomplete(parent, console, event,
                       wxString::Format(_("The results of %s cannot be locked yet."), trade)))
        return false;
    // Who acts first: an event with no chief judge is said before anything is typed.
    const auto by = chief_judge_login(parent, console, event);
    if (!by) return false;
    wxTextEntryDialog ask(parent,
                          wxString::Format(_("Why are the results of %s final? The reason is "
                                             "recorded with the lock."),
                                           trade),
                          _("Lock results"));
    if (ask.ShowModal() != wxID_OK) return false;
    const std::string reason = to_u8(ask.GetValue().Strip(wxString::both));
    try {
        lock_results(console.session(), *by, event, reason);
    } catch (const std::exception& e) {
        say_refused(parent, wxString::Format(_("The results of %s were not locked."), trade), e);
        return false;
    }
    console.changed();  // the state shows on every tab
    wxMessageDialog done(parent, wxString::Format(_("The results of %s are locked."), trade),
                         "Plumbline", wxOK | wxICON_INFORMATION);
    done.SetExtendedMessage(
        _("From now on only an upheld appeal changes them; every export says which revision it "
          "shows."));
    done.ShowModal();
    return true;
}

bool reveal_event_names(wxWindow* parent, Console& console, const std::string& event) {
    const wxString trade = event_name(console.competition(), event);
    if (say_incomplete(parent, console, event,
                       wxString::Format(_("The names of %s cannot be revealed yet."), trade)))
        return false;
    const auto by = chief_judge_login(parent, console, event);  // before the question it answers
    if (!by) return false;
    wxMessageDialog confirm(parent, wxString::Format(_("Reveal the names of %s?"), trade),
                            "Plumbline", wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    const bool locked = console.session().store().event_state(event).locked;
    confirm.SetExtendedMessage(
        (locked ? wxString()
                : _("Revealing locks the results first: after that only an upheld appeal "
                    "changes them.") +
                      wxT("\n")) +
        _("Everyone at this console will see the contestants' names and "
          "employers. The reveal is recorded in the audit log and cannot be "
          "undone."));
    confirm.SetYesNoLabels(_("&Reveal names"), _("&Cancel"));
    if (confirm.ShowModal() != wxID_YES) return false;
    bool locked_first = false;
    try {
        locked_first = reveal_event(console.session(), *by, event, "names revealed in the console");
    } catch (const std::exception& e) {
        say_refused(parent, _("The names could not be revealed."), e);
        return false;
    }
    console.changed();
    wxMessageDialog done(parent, wxString::Format(_("The names of %s are revealed."), trade),
                         "Plumbline", wxOK | wxICON_INFORMATION);
    done.SetExtendedMessage(locked_first
                                ? _("Its results were locked first: from now on only an upheld "
                                    "appeal changes them.")
                                : _("Its results were already locked."));
    done.ShowModal();
    return true;
}

}  // namespace plumb::ui
