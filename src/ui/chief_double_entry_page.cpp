// Chief judge, double entry page: set_double_entry for the chosen event, open_pairs listed as
// plumb double-entry list shows them (the waiting entry's value stays hidden: typing is blind).
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "services/double_entry.h"
#include "ui/chief_pages.h"
#include "ui/console.h"
#include "ui/setup_row_list.h"
#include "ui/setup_text.h"
#include "ui/who_acts.h"
#include "ui/wx_text.h"

namespace plumb::ui {

DoubleEntryPage::DoubleEntryPage(wxWindow* parent, Console& console) : console_(console) {
    panel_ = wxXmlResource::Get()->LoadPanel(parent, "chief_double_entry");
    if (!panel_) throw std::runtime_error("the chief_double_entry form could not be loaded");
    events_ = XRCCTRL(*panel_, "double_entry_event", wxChoice);
    mode_ = XRCCTRL(*panel_, "double_entry_on", wxCheckBox);
    count_ = XRCCTRL(*panel_, "pair_count", wxStaticText);
    keep_wrapped(XRCCTRL(*panel_, "double_entry_note", wxStaticText));
    pairs_ = new RowList(panel_);
    pairs_->SetName("pair_list");
    wxXmlResource::Get()->AttachUnknownControl("pair_list", pairs_, panel_);
    pairs_->set_columns({{_("Workstation"), 40, true},
                         {_("Judge"), 50},
                         {_("Aspect"), 60},
                         {_("State"), 80},
                         {_("First typed by"), 70},
                         {_("Second typed by"), 70},
                         {_("Values"), 80}});
    for (const Event& e : console_.competition().events) events_->Append(event_name(e));
    events_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const int i = events_->GetSelection();
        if (i != wxNOT_FOUND)
            select_event(console_.competition().events.at(static_cast<std::size_t>(i)).code);
    });
    mode_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { set_mode(mode_->IsChecked()); });
    if (!console_.competition().events.empty()) {
        event_ = console_.competition().events.front().code;
        events_->SetSelection(0);
    }
}

wxWindow* DoubleEntryPage::window() const {
    return panel_;
}

wxString DoubleEntryPage::title() const {
    return _("Double entry");
}

void DoubleEntryPage::select_event(const std::string& event) {
    const auto& events = console_.competition().events;
    for (std::size_t i = 0; i < events.size(); ++i)
        if (events[i].code == event) events_->SetSelection(static_cast<int>(i));
    event_ = event;
    refresh();
}

void DoubleEntryPage::refresh() {
    if (event_.empty()) return;
    mode_->SetValue(console_.session().store().event_state(event_).double_entry);
    std::vector<std::vector<wxString>> rows;
    int waiting = 0, disagreed = 0;
    for (const BlindPair& p : open_pairs(console_.session().store(), event_)) {
        const bool waits = p.state == "waiting";
        (waits ? waiting : disagreed) += 1;
        rows.push_back({u8(p.workstation), u8(p.judge), u8(p.aspect),
                        waits ? _("waiting for the second typing") : _("the two disagree"),
                        u8(p.first_by), u8(p.second_by),
                        waits ? wxString() : u8(p.first_value + " / " + p.second_value)});
    }
    pairs_->set_rows(std::move(rows));
    count_->SetLabel(wxString::Format(_("%d waiting for their second typing, %d disagreements"),
                                      waiting, disagreed));
    count_->SetForegroundColour(disagreed > 0 ? wxColour(160, 30, 30) : wxColour(60, 60, 60));
    panel_->Layout();
}

bool DoubleEntryPage::set_mode(bool on) {
    bool done = false;
    if (const auto by = organiser_or_chief_login(panel_, console_, event_)) {
        try {
            set_double_entry(console_.session(), *by, event_, on);
            done = true;
        } catch (const std::exception& e) {
            show_refusal(panel_, _("Double entry was not switched."), e);
        }
    }
    if (done) console_.changed();  // the entry sheet shows the operator choice
    refresh();                     // the box says what the database holds
    return done;
}

}  // namespace plumb::ui
