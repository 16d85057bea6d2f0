// The Conflicts page over the event book (measurement_conflicts) and the sign-off records.
#include "ui/conflicts_panel.h"

#include <algorithm>
#include <stdexcept>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/frame.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "core/workstation.h"
#include "services/permissions.h"
#include "ui/chief_login.h"
#include "ui/console.h"
#include "ui/panels.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

wxString judge_label(const Competition& c, const std::string& code) {
    const Judge* j = c.find_judge(code);
    return u8(code + (j ? " " + j->name : ""));
}

long selected(const wxListCtrl* list) {
    return list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
}

}  // namespace

ConflictsPanel::ConflictsPanel(wxWindow* parent, Console& console) : console_(console) {
    panel_ = wxXmlResource::Get()->LoadPanel(parent, "conflicts_panel");
    if (!panel_) throw std::runtime_error("the conflicts_panel form could not be loaded");
    events_ = XRCCTRL(*panel_, "conflicts_event", wxChoice);
    summary_ = XRCCTRL(*panel_, "conflicts_summary", wxStaticText);
    conflict_list_ = XRCCTRL(*panel_, "conflict_list", wxListCtrl);
    signoff_list_ = XRCCTRL(*panel_, "signoff_list", wxListCtrl);
    value_ = XRCCTRL(*panel_, "settle_value", wxComboBox);
    settle_reason_ = XRCCTRL(*panel_, "settle_reason", wxTextCtrl);
    reopen_reason_ = XRCCTRL(*panel_, "reopen_reason", wxTextCtrl);

    // Conflicts are settled on the master; a laptop lists its signed-off sheets.
    resolves_ = possible_here(console_.session(), Act::Resolve);
    XRCCTRL(*panel_, "conflicts_side", wxPanel)->Show(resolves_);

    const wxString conflict_columns[] = {_("Workstation"), _("Aspect"), _("Judges' values")};
    const int conflict_widths[] = {90, 200, 300};
    for (int i = 0; i < 3; ++i)
        conflict_list_->AppendColumn(conflict_columns[i], wxLIST_FORMAT_LEFT,
                                     panel_->FromDIP(conflict_widths[i]));
    signoff_list_->AppendColumn(_("Workstation"), wxLIST_FORMAT_LEFT, panel_->FromDIP(90));
    signoff_list_->AppendColumn(_("Judge"), wxLIST_FORMAT_LEFT, panel_->FromDIP(170));

    for (const Event& e : console_.competition().events) events_->Append(u8(e.scheme.name));
    events_->Bind(wxEVT_CHOICE, [this](wxCommandEvent& ev) {
        select_event(
            console_.competition().events.at(static_cast<std::size_t>(ev.GetSelection())).code);
    });
    conflict_list_->Bind(wxEVT_LIST_ITEM_SELECTED,
                         [this](wxListEvent&) { on_conflict_selected(); });
    panel_->Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { settle_selected(); }, XRCID("settle"));
    panel_->Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { reopen_selected(); }, XRCID("reopen_sheet"));
    // Sign-offs are made on the score entry page: the lists are read again when shown.
    panel_->Bind(wxEVT_SHOW, [this](wxShowEvent& e) {
        if (e.IsShown()) refresh();
        e.Skip();
    });
    console_.listen([this, alive = std::weak_ptr<bool>(alive_)](const std::string& event) {
        if (!alive.expired() && (event.empty() || event == event_)) refresh();
    });
    const auto& events = console_.competition().events;
    if (!events.empty()) select_event(events.front().code);
}

ConflictsPanel::~ConflictsPanel() = default;

wxWindow* ConflictsPanel::window() {
    return panel_;
}

wxString ConflictsPanel::title() const {
    return resolves_ ? _("Conflicts and sign-offs") : _("Sign-offs");
}

wxString ConflictsPanel::summary() const {
    return summary_->GetLabel();
}

void ConflictsPanel::select_event(const std::string& event) {
    const auto& events = console_.competition().events;
    for (std::size_t i = 0; i < events.size(); ++i)
        if (events[i].code == event) events_->SetSelection(static_cast<int>(i));
    event_ = event;
    // On a laptop a sheet is reopened only where the kit brought the chief judge.
    const bool reopens = possible_here(console_.session(), Act::Reopen, event_);
    for (const char* name : {"reopen_reason_label", "reopen_reason", "reopen_sheet"})
        panel_->FindWindow(XRCID(name))->Show(reopens);
    refresh();
}

void ConflictsPanel::refresh() {
    if (event_.empty() || !panel_) return;
    const Competition& c = console_.competition();
    const Event* event = c.find_event(event_);
    if (resolves_) {
        conflicts_ = measurement_conflicts(console_.book(event_));
        conflict_list_->DeleteAllItems();
        for (const MeasurementConflict& m : conflicts_) {
            const long row =
                conflict_list_->InsertItem(conflict_list_->GetItemCount(), u8(m.workstation));
            const Aspect* a = event ? event->scheme.find_aspect(m.aspect) : nullptr;
            conflict_list_->SetItem(row, 1, u8(m.aspect + (a ? "  " + a->name : "")));
            wxString values;
            for (const auto& [judge, value] : m.values)
                values += (values.empty() ? wxString() : wxString(wxT("; "))) + u8(judge) +
                          wxT(" = ") + u8(value);
            conflict_list_->SetItem(row, 2, values);
        }
        value_->Clear();
    }
    sheets_ = signed_off(console_.session().store(), event_);
    std::sort(sheets_.begin(), sheets_.end(), [](const SignOff& a, const SignOff& b) {
        return a.workstation != b.workstation ? workstation_less(a.workstation, b.workstation)
                                              : a.judge < b.judge;
    });
    signoff_list_->DeleteAllItems();
    for (const SignOff& s : sheets_) {
        const long row =
            signoff_list_->InsertItem(signoff_list_->GetItemCount(), u8(s.workstation));
        signoff_list_->SetItem(row, 1, judge_label(c, s.judge));
    }
    const int n = static_cast<int>(sheets_.size());
    const wxString signed_text =
        wxString::Format(wxPLURAL("%d sheet signed off", "%d sheets signed off", n), n);
    const int k = static_cast<int>(conflicts_.size());
    summary_->SetLabel(resolves_ ? wxString::Format(wxPLURAL("%d measurement in conflict",
                                                             "%d measurements in conflict", k),
                                                    k) +
                                       wxT(" \u00B7 ") + signed_text
                                 : signed_text);
    summary_->SetForegroundColour(resolves_ && k > 0 ? wxColour(180, 0, 0) : wxColour(0, 0, 0));
    panel_->Layout();
}

void ConflictsPanel::on_conflict_selected() {
    const long row = selected(conflict_list_);
    if (row < 0 || row >= static_cast<long>(conflicts_.size())) return;
    value_->Clear();
    std::vector<std::string> seen;
    for (const auto& [judge, v] : conflicts_[static_cast<std::size_t>(row)].values) {
        if (std::find(seen.begin(), seen.end(), v) != seen.end()) continue;
        seen.push_back(v);
        value_->Append(u8(v));
    }
    value_->SetValue({});
}

void ConflictsPanel::report(const wxString& message, bool error) {
    if (error) {
        wxMessageDialog dlg(panel_, message, "Plumbline", wxOK | wxICON_ERROR);
        dlg.ShowModal();
        return;
    }
    if (auto* f = wxDynamicCast(wxGetTopLevelParent(panel_), wxFrame)) f->SetStatusText(message);
}

bool ConflictsPanel::settle_selected() {
    const long row = selected(conflict_list_);
    if (row < 0 || row >= static_cast<long>(conflicts_.size())) {
        report(_("Choose a conflict in the list first."), true);
        return false;
    }
    const MeasurementConflict m = conflicts_[static_cast<std::size_t>(row)];
    const auto by = chief_login(panel_, console_, event_);
    if (!by) return false;
    try {
        resolve_conflict(console_.session(), *by, event_, m.workstation, m.aspect,
                         to_u8(value_->GetValue().Strip(wxString::both)),
                         to_u8(settle_reason_->GetValue().Strip(wxString::both)));
    } catch (const std::exception& e) {
        wxMessageDialog dlg(panel_, _("The conflict was not settled."), "Plumbline",
                            wxOK | wxICON_ERROR);
        dlg.SetExtendedMessage(u8(e.what()));
        dlg.ShowModal();
        return false;
    }
    settle_reason_->Clear();
    report(wxString::Format(_("Settled %s at workstation %s: %s."), u8(m.aspect), u8(m.workstation),
                            value_->GetValue()),
           false);
    console_.changed();  // the settled values are new marks
    return true;
}

bool ConflictsPanel::reopen_selected() {
    const long row = selected(signoff_list_);
    if (row < 0 || row >= static_cast<long>(sheets_.size())) {
        report(_("Choose a signed-off sheet in the list first."), true);
        return false;
    }
    const SignOff s = sheets_[static_cast<std::size_t>(row)];
    const auto by = chief_login(panel_, console_, event_);
    if (!by) return false;
    try {
        reopen(console_.session(), *by, event_, s.workstation, s.judge,
               to_u8(reopen_reason_->GetValue().Strip(wxString::both)));
    } catch (const std::exception& e) {
        wxMessageDialog dlg(panel_, _("The sheet was not reopened."), "Plumbline",
                            wxOK | wxICON_ERROR);
        dlg.SetExtendedMessage(u8(e.what()));
        dlg.ShowModal();
        return false;
    }
    reopen_reason_->Clear();
    report(wxString::Format(_("Reopened %s's sheet of workstation %s."), u8(s.judge),
                            u8(s.workstation)),
           false);
    refresh();
    return true;
}

std::unique_ptr<TaskPanel> make_conflicts_panel(wxWindow* parent, Console& console) {
    return std::make_unique<ConflictsPanel>(parent, console);
}

}  // namespace plumb::ui
