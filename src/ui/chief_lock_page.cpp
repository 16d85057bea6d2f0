// Chief judge, lock page: the events' states in a list, the selected one's blockers, Lock and
// Reveal through result_actions.
#include <wx/button.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "services/result_state.h"
#include "services/roles.h"
#include "services/interest.h"
#include "ui/chief_pages.h"
#include "ui/console.h"
#include "ui/event_state_text.h"
#include "ui/result_actions.h"
#include "ui/setup_row_list.h"
#include "ui/setup_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

LockPage::LockPage(wxWindow* parent, Console& console) : console_(console) {
    panel_ = wxXmlResource::Get()->LoadPanel(parent, "chief_lock");
    if (!panel_) throw std::runtime_error("the chief_lock form could not be loaded");
    blockers_ = XRCCTRL(*panel_, "blockers", wxTextCtrl);
    blockers_label_ = XRCCTRL(*panel_, "blockers_label", wxStaticText);
    lock_ = XRCCTRL(*panel_, "lock_event", wxButton);
    reveal_ = XRCCTRL(*panel_, "reveal_event", wxButton);
    keep_wrapped(XRCCTRL(*panel_, "lock_intro", wxStaticText));
    states_ = new RowList(panel_);
    states_->SetName("event_states");
    wxXmlResource::Get()->AttachUnknownControl("event_states", states_, panel_);
    states_->set_columns({{_("Event"), 80},
                          {_("Results"), 90},
                          {_("Revision"), 50, true},
                          {_("Chief judge"), 90},
                          {_("Double entry"), 60},
                          {_("Incomplete"), 60, true}});
    states_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) {
        const auto& events = console_.competition().events;
        if (e.GetIndex() >= 0 && e.GetIndex() < static_cast<long>(events.size()))
            event_ = events[static_cast<std::size_t>(e.GetIndex())].code;
        show_blockers();
    });
    lock_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { lock(); });
    reveal_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { reveal(); });
    if (!console_.competition().events.empty()) event_ = console_.competition().events.front().code;
}

wxWindow* LockPage::window() const {
    return panel_;
}

wxString LockPage::title() const {
    return _("Lock and reveal");
}

void LockPage::refresh() {
    const Competition& c = console_.competition();
    const Store& store = console_.session().store();
    std::vector<std::vector<wxString>> rows;
    long selected = -1;
    for (const Event& e : c.events) {
        const EventState state = store.event_state(e.code);
        const auto chief = chief_judge(store, e.code);
        const Judge* judge = chief ? c.find_judge(*chief) : nullptr;
        const std::size_t open = console_.book(e.code).incomplete_workstations().size();
        if (e.code == event_) selected = static_cast<long>(rows.size());
        rows.push_back({event_name(e), state_word(state), wxString::Format("%d", state.revision),
                        chief ? u8(*chief + (judge ? "  " + judge->name : "")) : _("not named"),
                        state.double_entry ? _("on") : _("off"),
                        wxString::Format("%d", static_cast<int>(open))});
    }
    states_->set_rows(std::move(rows));
    states_->select_only(selected);
    show_blockers();
}

void LockPage::select_event(const std::string& event) {
    event_ = event;
    refresh();
}

// What a chief judge looks at before locking a complete event, though it does not keep it open:
// judges' scores far apart, and marks by judges of the contestant's employer.
wxString LockPage::to_review(EventBook& book) const {
    wxString lines;
    const auto& sheets = book.sheets();
    for (std::size_t i = 0; i < sheets.size(); ++i)
        for (const SpreadFlag& f : sheets[i].flags)
            lines += wxT("\n") +
                     wxString::Format(_("Workstation %s"), u8(book.contestants()[i].workstation)) +
                     wxT("  ") +
                     wxString::Format(_("%s: scores %s to %s"), u8(f.aspect), u8(f.low.str()),
                                      u8(f.high.str()));
    for (const InterestFlag& f : interest_flags(console_.session(), event_)) {
        wxString aspects;
        for (const std::string& a : f.aspects)
            aspects += (aspects.empty() ? wxT("") : wxT(",")) + u8(a);
        lines += wxT("\n") + wxString::Format(_("Workstation %s"), u8(f.workstation)) + wxT("  ") +
                 wxString::Format(_("%s works for the contestant's employer (%s)"), u8(f.judge),
                                  aspects);
    }
    if (lines.empty()) return {};
    return _("To look at before locking (they do not stop the lock):") + lines;
}

// What keeps the event open, in the services' words (the lock's refusal says the same).
void LockPage::show_blockers() {
    if (event_.empty()) return;
    const wxString trade = event_name(console_.competition(), event_);
    const EventState state = console_.session().store().event_state(event_);
    EventBook& book = console_.book(event_);
    const std::size_t open = book.incomplete_workstations().size();
    wxString text;
    if (state.locked) {
        blockers_label_->SetLabel(wxString::Format(_("%s: %s"), trade, state_line(state)));
    } else if (open == 0) {
        blockers_label_->SetLabel(
            wxString::Format(_("%s: every contestant is complete; it may be locked."), trade));
        text = to_review(book);
    } else {
        blockers_label_->SetLabel(
            wxString::Format(_("%s cannot be locked yet: %d contestants are incomplete."), trade,
                             static_cast<int>(open)));
        wxString details = u8(blocker_details(book));
        details.Replace("; ", "\n");
        text = details;
    }
    // Red only for what keeps the event open: complete and ready to lock reads as good news.
    blockers_label_->SetForegroundColour(!state.locked && open == 0 ? wxColour(0, 100, 0)
                                                                    : state_colour(state));
    blockers_->ChangeValue(text);
    lock_->Enable(!state.locked);
    reveal_->Enable(!state.revealed);
    panel_->Layout();
}

bool LockPage::lock() {
    if (event_.empty() || !lock_event_results(panel_, console_, event_)) return false;
    refresh();
    return true;
}

bool LockPage::reveal() {
    if (event_.empty() || !reveal_event_names(panel_, console_, event_)) return false;
    refresh();
    return true;
}

}  // namespace plumb::ui
