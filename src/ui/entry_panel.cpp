// The score-entry panel: event, judge, workstation filter and the score sheet grid.
#include "ui/entry_panel.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/xrc/xmlres.h>

#include "core/workstation.h"
#include "ui/console.h"
#include "ui/entry_help.h"
#include "ui/event_state_text.h"
#include "ui/setup_text.h"
#include "ui/panels.h"
#include "ui/score_sheet_grid.h"
#include "ui/signoff_dialog.h"
#include "ui/wx_text.h"

namespace plumb::ui {

EntryPanel::EntryPanel(wxWindow* parent, Console& console) : console_(console) {
    panel_ = wxXmlResource::Get()->LoadPanel(parent, "entry_panel");
    if (!panel_) throw std::runtime_error("the entry_panel form could not be loaded");
    events_ = XRCCTRL(*panel_, "entry_event", wxChoice);
    judges_ = XRCCTRL(*panel_, "entry_judge", wxChoice);
    filter_ = XRCCTRL(*panel_, "workstation_filter", wxTextCtrl);
    list_ = XRCCTRL(*panel_, "workstation_list", wxListBox);
    grid_ = XRCCTRL(*panel_, "sheet_grid", wxGrid);
    title_ = XRCCTRL(*panel_, "sheet_title", wxStaticText);
    summary_ = XRCCTRL(*panel_, "entry_summary", wxStaticText);
    message_ = XRCCTRL(*panel_, "entry_message", wxStaticText);
    help_ = XRCCTRL(*panel_, "aspect_help", wxTextCtrl);
    state_ = XRCCTRL(*panel_, "entry_state", wxStaticText);
    operator_label_ = XRCCTRL(*panel_, "entry_operator_label", wxStaticText);
    operator_ = XRCCTRL(*panel_, "entry_operator", wxChoice);

    ScoreSheetGrid::Hooks hooks;
    hooks.report = [this](const wxString& m, bool error) { report(m, error); };
    reason_source_ = [this](const wxString& prompt) -> std::optional<wxString> {
        wxTextEntryDialog dlg(panel_, prompt, _("Correction"));
        if (dlg.ShowModal() != wxID_OK) return std::nullopt;
        return dlg.GetValue();
    };
    hooks.ask_reason = [this](const wxString& prompt) { return reason_source_(prompt); };
    hooks.on_row = [this](const Aspect* a) { show_help(a); };
    hooks.on_change = [this] { update_summary(); };
    // Out of the sheet by keyboard: to the workstation box, or back to the judge list.
    hooks.leave = [this](bool forward) {
        if (forward)
            focus_workstation_box();
        else
            judges_->SetFocus();
    };
    sheet_ = std::make_unique<ScoreSheetGrid>(grid_, console_, hooks);

    for (const Event& e : console_.competition().events) events_->Append(event_name(e));
    events_->Bind(wxEVT_CHOICE, [this](wxCommandEvent& ev) {
        // The judge stays when they judge this event too.
        choose(console_.competition().events[static_cast<std::size_t>(ev.GetSelection())].code,
               judge_);
    });
    judges_->Bind(wxEVT_CHOICE, [this](wxCommandEvent& ev) {
        choose(event_, judge_codes_[static_cast<std::size_t>(ev.GetSelection())]);
        if (!judge_.empty()) focus_workstation_box();  // what a judge types next: a number
    });
    operator_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { show_state(); });
    filter_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { fill_workstations(); });
    // Enter in the filter opens the first workstation listed and puts the cursor in its sheet.
    filter_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        if (!listed_.empty() && sheet_->may_leave() && open_workstation(listed_.front()))
            grid_->GetGridWindow()->SetFocus();
    });
    list_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent& ev) {
        const std::string chosen = listed_.at(static_cast<std::size_t>(ev.GetSelection()));
        if (sheet_->may_leave())
            open_workstation(chosen);
        else
            select_listed(sheet_->workstation());  // a refused value is still in the sheet
    });
    panel_->Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            if (sheet_->may_leave()) next_workstation();
        },
        XRCID("next_workstation"));
    // The judge signs off the sheet shown (signoff_dialog.h); the gate says who may.
    panel_->Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            const std::string ws = sheet_->workstation();
            if (judge_.empty() || ws.empty()) return report(choose_your_name(), true);
            if (!sheet_->may_leave() || !sign_off_sheet(panel_, console_, event_, ws, judge_))
                return;
            sheet_->show(event_, judge_, ws);  // read-only now
            report(wxString::Format(_("Workstation %s is signed off: your entries for it wait "
                                      "for the chief judge to reopen the sheet."),
                                    u8(ws)),
                   false);
        },
        XRCID("sign_off_sheet"));
    // PgDn / PgUp anywhere on the panel, the filter included: next / previous workstation, cursor
    // on its first open cell.
    panel_->Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& ev) {
        if (ev.GetKeyCode() == WXK_PAGEDOWN || ev.GetKeyCode() == WXK_PAGEUP) {
            if (sheet_->may_leave()) next_workstation(ev.GetKeyCode() == WXK_PAGEDOWN ? 1 : -1);
            grid_->GetGridWindow()->SetFocus();
            return;
        }
        // Ctrl+F anywhere on the panel: the workstation box, to type another number.
        if (ev.GetKeyCode() == 'F' && ev.GetModifiers() == wxMOD_CONTROL) {
            if (sheet_->may_leave()) focus_workstation_box();
            return;
        }
        ev.Skip();
    });
    console_.listen([this](const std::string& event) {
        if (event.empty()) choose(event_, judge_);  // reloaded: imports, statuses, draw
    });
    // Another login (the organiser at Set-up, another judge), Log out or idle minutes: a judge
    // who is no longer logged in leaves the sheet read-only; a judge of the event who logged in
    // gets theirs.
    console_.listen_logins([this](const Console::LoginChange& change) {
        if (choosing_) return;
        const auto& now = console_.logged_in();
        if (now && now->who != judge_ &&
            std::find(judge_codes_.begin(), judge_codes_.end(), now->who) != judge_codes_.end()) {
            choose(event_, now->who);  // a judge of this event logged in: their sheet
            return;
        }
        if (judge_.empty() || typist_login()) return;
        const std::string gone = judge_;
        const bool lost = sheet_->save_before_logout();
        judge_.clear();
        choose(event_, {});
        wxString said;
        if (change.idle)
            said = wxString::Format(_("%s was logged out after %d minutes without a key press. "
                                      "Choose your name and type your PIN to go on."),
                                    judge_label(gone), console_.idle_minutes());
        if (lost)
            said += (said.empty() ? wxString() : wxString(" ")) +
                    _("A correction or a refused value still in the sheet was not saved: type it "
                      "again.");
        if (!said.empty()) report(said, true);
    });
    if (!console_.competition().events.empty())
        choose(console_.competition().events.front().code, {});
}

EntryPanel::~EntryPanel() = default;

void EntryPanel::focus_workstation_box() {
    filter_->SetFocus();
    filter_->SelectAll();
}

bool EntryPanel::may_close() {
    if (sheet_->may_leave()) return true;
    wxMessageDialog ask(panel_,
                        _("A value typed in the score sheet is not saved: the reason is beside "
                          "it.\n\nClose anyway and lose it?"),
                        "Plumbline", wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    ask.SetYesNoLabels(_("Close and lose it"), _("Stay and fix it"));
    return ask.ShowModal() == wxID_YES;
}

wxWindow* EntryPanel::window() {
    return panel_;
}
wxString EntryPanel::title() const {
    return _("Score entry");
}
wxString EntryPanel::message() const {
    return message_->GetLabel();
}

void EntryPanel::set_reason_source(std::function<std::optional<wxString>(const wxString&)> source) {
    reason_source_ = std::move(source);
}

void EntryPanel::choose(const std::string& event, const std::string& judge) {
    const auto& events = console_.competition().events;
    const auto it =
        std::find_if(events.begin(), events.end(), [&](const Event& e) { return e.code == event; });
    if (it == events.end()) return;
    events_->SetSelection(static_cast<int>(it - events.begin()));
    const bool same_event = event == event_;
    event_ = event;
    fill_judges();
    choosing_ = true;  // a PIN given here replaces the login of the judge shown before
    judge_ = pick_judge(judge);
    choosing_ = false;
    const auto sel = std::find(judge_codes_.begin(), judge_codes_.end(), judge_);
    judges_->SetSelection(sel != judge_codes_.end() ? static_cast<int>(sel - judge_codes_.begin())
                                                    : wxNOT_FOUND);
    sheet_->set_login(judge_.empty() ? std::nullopt : typist_login());
    show_state();
    const std::string keep = same_event ? sheet_->workstation() : std::string();
    fill_workstations();
    if (!open_workstation(keep) && !(listed_.empty() || open_workstation(listed_.front())))
        sheet_->show(event_, judge_, {});
    if (judge_.empty()) report(choose_your_name(), true);
    update_summary();
    panel_->Layout();
}

// Without roles: the judge asked for, else nobody (marks never default to a judge). With roles:
// the judge asked for once they give their PIN here, which logs out whoever was logged in; else
// the judge shown before while still logged in, else nobody.
std::string EntryPanel::pick_judge(const std::string& wanted) const {
    const auto listed = [this](const std::string& code) {
        return !code.empty() &&
               std::find(judge_codes_.begin(), judge_codes_.end(), code) != judge_codes_.end();
    };
    if (!console_.roles_on()) return listed(wanted) ? wanted : std::string();
    if (listed(wanted) && organiser_typing()) return wanted;  // a clerk with a paper sheet
    if (listed(wanted) && console_.ensure_login(wanted)) return wanted;
    return listed(judge_) && typist_login() ? judge_ : std::string();
}

bool EntryPanel::organiser_typing() const {
    const auto& now = console_.logged_in();
    return now && now->who == kOrganiser;
}

std::optional<Login> EntryPanel::typist_login() const {
    if (auto judge = console_.login_of(judge_)) return judge;
    if (organiser_typing()) return console_.logged_in();
    return std::nullopt;
}

// The event's state beside the sheet's title, and the operator choice where it takes double
// entry (each of the two clerks types the same paper sheet blind).
void EntryPanel::show_state() {
    if (event_.empty()) return;
    const EventState state = console_.session().store().event_state(event_);
    ui::show_state(state_, state);
    operator_label_->Show(state.double_entry);
    operator_->Show(state.double_entry);
    sheet_->set_operator(state.double_entry && operator_->GetSelection() != wxNOT_FOUND
                             ? to_u8(operator_->GetStringSelection())
                             : std::string());
    panel_->Layout();
}

wxString EntryPanel::choose_your_name() const {
    return console_.roles_on()
               ? _("Choose your name in the judge list and type your PIN to enter marks.")
               : _("Choose your name in the judge list to enter marks.");
}

wxString EntryPanel::judge_label(const std::string& code) const {
    const Judge* j = console_.competition().find_judge(code);
    return u8(code + (j ? "  " + j->name : ""));
}

void EntryPanel::log_out() {
    console_.log_out();  // the login listener clears the sheet
}

void EntryPanel::fill_judges() {
    judges_->Clear();
    judge_codes_.clear();
    for (const Judge& j : console_.competition().judges) {
        if (!j.judges(event_)) continue;
        judge_codes_.push_back(j.code);
        judges_->Append(judge_label(j.code));
    }
}

namespace {

// A list entry: the workstation and how many of its aspects this judge has done, as the header.
wxString list_item(const std::string& workstation, const SheetView& v) {
    if (v.contestant_status != ContestantStatus::Active)
        return u8(workstation) + wxT("   ") + status_label(to_string(v.contestant_status));
    return u8(workstation) +
           wxString::Format("   %d/%d", done_count(v), static_cast<int>(v.rows.size()));
}

}  // namespace

std::vector<std::string> EntryPanel::workstations() const {
    std::vector<std::string> all;
    for (const Contestant& c : console_.book(event_).contestants())
        if (!c.workstation.empty()) all.push_back(c.workstation);
    sort_workstations(all);  // the one natural order, core/workstation.h
    return all;
}

void EntryPanel::fill_workstations() {
    // Judges see workstation numbers only (blinding): never names.
    const std::string typed = to_u8(filter_->GetValue().Trim().Trim(false));
    EventBook& book = console_.book(event_);
    listed_.clear();
    wxArrayString items;
    for (const std::string& w : workstations()) {
        if (!typed.empty() && w.find(typed) == std::string::npos) continue;
        listed_.push_back(w);
        items.Add(list_item(w, sheet_view(book, book.find_workstation(w), judge_)));
    }
    list_->Set(items);
    select_listed(sheet_->workstation());
}

void EntryPanel::select_listed(const std::string& workstation) {
    const auto at = std::find(listed_.begin(), listed_.end(), workstation);
    if (at != listed_.end())
        list_->SetSelection(static_cast<int>(at - listed_.begin()));
    else
        list_->SetSelection(wxNOT_FOUND);
}

bool EntryPanel::open_workstation(const std::string& workstation) {
    if (workstation.empty() || console_.book(event_).find_workstation(workstation) < 0)
        return false;
    sheet_->show(event_, judge_, workstation);
    title_->SetLabel(wxString::Format(_("Workstation %s"), u8(workstation)));
    // Measured with its own big font: GTK sized it on a hidden page as if with the normal one,
    // and "01 号工位" was clipped to "01 号".
    title_->SetMinSize(title_->GetTextExtent(title_->GetLabel()) + title_->FromDIP(wxSize(4, 4)));
    select_listed(workstation);
    if (sheet_->view().contestant_status != ContestantStatus::Active)
        report(_("This contestant is not competing: no marks are taken."), true);
    else if (judge_.empty())
        report(choose_your_name(), true);
    else
        report({}, false);
    update_summary();
    panel_->Layout();
    return true;
}

// Through every workstation of the event, whatever the filter lists: a filter that hides the next
// one is cleared, so the list shows where the sheet is.
void EntryPanel::next_workstation(int step) {
    const std::vector<std::string> all = workstations();
    if (all.empty()) return;
    const auto at = std::find(all.begin(), all.end(), sheet_->workstation());
    const long n = static_cast<long>(all.size());
    long i = at == all.end() ? (step > 0 ? -1 : 0) : at - all.begin();
    i = ((i + step) % n + n) % n;
    const std::string& next = all[static_cast<std::size_t>(i)];
    if (std::find(listed_.begin(), listed_.end(), next) == listed_.end()) {
        filter_->ChangeValue({});
        fill_workstations();
    }
    open_workstation(next);
}

void EntryPanel::update_summary() {
    const SheetView& v = sheet_->view();
    if (v.rows.empty()) {
        summary_->SetLabel({});
        return;
    }
    summary_->SetLabel(wxString::Format(_("Running total %s   |   %d of %d aspects complete"),
                                        u8(v.running_total.str(console_.competition().precision)),
                                        done_count(v), static_cast<int>(v.rows.size())));
    const auto at = std::find(listed_.begin(), listed_.end(), sheet_->workstation());
    if (at != listed_.end())
        list_->SetString(static_cast<unsigned>(at - listed_.begin()), list_item(*at, v));
    panel_->Layout();
}

void EntryPanel::show_help(const Aspect* a) {
    if (!a) return;
    // The row's state in full: at 1024x600 its column shows only the start of a conflict.
    wxString state;
    const auto& rows = sheet_->view().rows;
    for (std::size_t r = 0; r < rows.size(); ++r)
        if (rows[r].aspect == a)
            state = grid_->GetCellValue(static_cast<int>(r), ScoreSheetGrid::kState);
    help_->SetValue(aspect_help_text(
        *a, console_.competition().find_event(event_)->scheme.judgement_scale, state));
}

void EntryPanel::report(const wxString& message, bool error) {
    message_->SetForegroundColour(error ? wxColour(180, 0, 0) : wxColour(0, 110, 0));
    message_->SetLabel(message);
    panel_->Layout();
}

std::unique_ptr<TaskPanel> make_entry_panel(wxWindow* parent, Console& console) {
    return std::make_unique<EntryPanel>(parent, console);
}

}  // namespace plumb::ui
