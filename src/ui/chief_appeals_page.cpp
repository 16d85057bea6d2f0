// Chief judge, appeals page: appeals(store, event) listed; lodge_appeal and decide_appeal
// through their forms, the login the organiser's or the chief judge's.
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "services/history.h"
#include "ui/appeal_dialogs.h"
#include "ui/history_dialog.h"
#include "ui/chief_pages.h"
#include "ui/console.h"
#include "ui/event_state_text.h"
#include "ui/setup_row_list.h"
#include "ui/setup_text.h"
#include "ui/place_changes_text.h"
#include "ui/who_acts.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

wxString decision_label(const std::string& decision) {
    if (decision == "upheld") return _("upheld");
    if (decision == "rejected") return _("rejected");
    return _("waiting for the chief judge");
}

}  // namespace

AppealsPage::AppealsPage(wxWindow* parent, Console& console) : console_(console) {
    panel_ = wxXmlResource::Get()->LoadPanel(parent, "chief_appeals");
    if (!panel_) throw std::runtime_error("the chief_appeals form could not be loaded");
    events_ = XRCCTRL(*panel_, "appeal_event", wxChoice);
    detail_ = XRCCTRL(*panel_, "appeal_detail", wxTextCtrl);
    revision_ = XRCCTRL(*panel_, "appeal_revision", wxStaticText);
    list_ = new RowList(panel_);
    list_->SetName("appeal_list");
    wxXmlResource::Get()->AttachUnknownControl("appeal_list", list_, panel_);
    list_->set_columns({{_("Appeal"), 70},
                        {_("Event"), 60},
                        {_("Workstation"), 40, true},
                        {_("Aspect"), 60},
                        {_("Judge"), 40},
                        {_("When lodged"), 80},
                        {_("Asked for"), 50},
                        {_("Lodged by"), 80},
                        {_("Decision"), 70},
                        {_("Revision"), 40, true}});
    events_->Append(_("All events"));
    for (const Event& e : console_.competition().events) events_->Append(event_name(e));
    events_->SetSelection(0);
    events_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { refresh(); });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { show_detail(); });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { decide(); });
    panel_->Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { lodge(); }, XRCID("lodge_appeal"));
    panel_->Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { decide(); }, XRCID("decide_appeal"));
}

wxWindow* AppealsPage::window() const {
    return panel_;
}

wxString AppealsPage::title() const {
    return _("Appeals");
}

std::string AppealsPage::event_code() const {
    const int i = events_->GetSelection() - 1;
    const auto& events = console_.competition().events;
    return i >= 0 && i < static_cast<int>(events.size()) ? events[static_cast<std::size_t>(i)].code
                                                         : std::string();
}

void AppealsPage::select_event(const std::string& event) {
    events_->SetSelection(0);
    const auto& events = console_.competition().events;
    for (std::size_t i = 0; i < events.size(); ++i)
        if (events[i].code == event) events_->SetSelection(static_cast<int>(i) + 1);
    refresh();
}

void AppealsPage::refresh() {
    const long keep = list_->current();
    const std::string event = event_code();
    shown_ = appeals(console_.session().store(), event);
    std::vector<std::vector<wxString>> rows;
    for (const Appeal& a : shown_)
        rows.push_back({u8(a.id), event_name(console_.competition(), a.event), u8(a.workstation),
                        u8(a.aspect), u8(a.judge), u8(said_values(a.old_value)),
                        u8(said_value(a.new_value)), u8(a.lodged_by), decision_label(a.decision),
                        a.revision ? wxString::Format("%d", a.revision) : wxString()});
    list_->set_rows(std::move(rows));
    list_->select_only(keep < list_->row_count() ? keep : list_->row_count() - 1);
    // Which results revision the event's exports show now.
    if (event.empty()) {
        revision_->SetLabel(wxString::Format(_("%d appeals"), static_cast<int>(shown_.size())));
        revision_->SetForegroundColour(wxColour(60, 60, 60));
    } else {
        const EventState state = console_.session().store().event_state(event);
        revision_->SetLabel(event_name(console_.competition(), event) + wxT(": ") +
                            state_line(state));
        revision_->SetForegroundColour(state_colour(state));
    }
    show_detail();
    panel_->Layout();
}

void AppealsPage::select_appeal(const std::string& id) {
    for (std::size_t i = 0; i < shown_.size(); ++i)
        if (shown_[i].id == id) list_->select_only(static_cast<long>(i));
    show_detail();
}

void AppealsPage::show_detail() {
    const long i = list_->current();
    auto* decide_button = XRCCTRL(*panel_, "decide_appeal", wxButton);
    if (i < 0 || i >= static_cast<long>(shown_.size())) {
        detail_->ChangeValue({});
        decide_button->Enable(false);
        return;
    }
    const Appeal& a = shown_[static_cast<std::size_t>(i)];
    decide_button->Enable(a.decision == "pending");  // a decided appeal shows its decision
    wxString text =
        appeal_summary(console_, a) + wxT("\n") +
        wxString::Format(_("Lodged by %s on %s, recorded by %s. Grounds: %s"), u8(a.lodged_by),
                         local_time(a.lodged_at), u8(said_actor(a.recorded_by)), u8(a.reason));
    if (a.decision != "pending")
        text += wxT("\n") + wxString::Format(_("%s by %s on %s: %s"), decision_label(a.decision),
                                             u8(said_actor(a.decided_by)), local_time(a.decided_at),
                                             u8(a.decision_reason));
    if (a.revision) text += wxT("\n") + wxString::Format(_("Results revision %d"), a.revision);
    detail_->ChangeValue(text);
}

bool AppealsPage::lodge() {
    bool lodged = false;
    std::string id;
    AppealLodgeDialog dialog(
        panel_, console_, event_code(),
        [this, &lodged, &id, &dialog](const AppealRequest& request, const std::string& grounds) {
            const auto by = organiser_or_chief_login(panel_, console_, request.event);
            if (!by) return false;
            try {
                id = lodge_appeal(console_.session(), *by, request, grounds);
            } catch (const std::exception& e) {
                show_refusal(dialog.dialog(), _("The appeal was not recorded."), e);
                return false;
            }
            lodged = true;
            return true;
        });
    dialog.show_modal();
    if (!lodged) return false;
    refresh();
    select_appeal(id);
    return true;
}

void AppealsPage::show_changes(const AppealDecision& outcome) {
    const wxString title = wxString::Format(_("Results revision %d"), outcome.revision);
    if (outcome.changes.empty()) {
        wxMessageDialog(panel_, _("No place, prize or title changed."), title,
                        wxOK | wxICON_INFORMATION)
            .ShowModal();
        return;
    }
    wxMessageDialog dlg(panel_,
                        _("Places, prizes or titles changed. Withdraw these contestants' printed "
                          "certificates and print them again; send the HR file again."),
                        title, wxOK | wxICON_WARNING);
    dlg.SetExtendedMessage(place_changes_text(outcome.changes));
    dlg.ShowModal();
}

bool AppealsPage::decide() {
    const long i = list_->current();
    if (i < 0 || i >= static_cast<long>(shown_.size())) {
        show_refusal(panel_, _("Select an appeal first."), wxString());
        return false;
    }
    const Appeal appeal = shown_[static_cast<std::size_t>(i)];  // a copy: deciding reloads
    bool decided = false;
    AppealDecision outcome;
    AppealDecideDialog dialog(
        panel_, console_, appeal, [&](bool upheld, const std::string& reason) {
            const auto by = chief_judge_login(panel_, console_, appeal.event);
            if (!by) return false;
            try {
                outcome = decide_appeal(console_.session(), *by, appeal.id, upheld, reason);
            } catch (const std::exception& e) {
                show_refusal(dialog.dialog(), _("The appeal was not decided."), e);
                return false;
            }
            decided = true;
            return true;
        });
    dialog.show_modal();
    if (!decided) return false;
    console_.changed();  // an upheld appeal changes marks and the revision
    refresh();
    select_appeal(appeal.id);
    if (outcome.revision > 0) show_changes(outcome);
    return true;
}

}  // namespace plumb::ui
