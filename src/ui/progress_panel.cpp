// The progress panel: its form, the grid over the event book, history and refresh on change.
#include "ui/progress_panel.h"

#include <algorithm>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/settings.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "services/history.h"
#include "services/interest.h"
#include "ui/console.h"
#include "ui/event_state_text.h"
#include "ui/setup_text.h"
#include "ui/panels.h"
#include "ui/progress_grid.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {
const wxString kDot = wxT(" \u00B7 ");  // kept out of msgids: they stay ASCII
}  // namespace

ProgressPanel::ProgressPanel(wxWindow* parent, Console& console) : console_(console) {
    panel_ = wxXmlResource::Get()->LoadPanel(parent, "progress_panel");
    if (!panel_) throw std::runtime_error("the progress_panel form could not be loaded");
    events_ = XRCCTRL(*panel_, "event_choice", wxChoice);
    judges_box_ = XRCCTRL(*panel_, "show_judges", wxCheckBox);
    grid_ = XRCCTRL(*panel_, "matrix", wxGrid);
    contestants_ = XRCCTRL(*panel_, "contestant_counts", wxStaticText);
    state_ = XRCCTRL(*panel_, "progress_state", wxStaticText);
    info_ = XRCCTRL(*panel_, "cell_info", wxStaticText);
    const std::pair<CellState, const char*> legend[] = {
        {CellState::Missing, "missing"},           {CellState::Entered, "entered"},
        {CellState::Conflict, "conflict"},         {CellState::Spread, "spread"},
        {CellState::TooFewJudges, "too_few"},      {CellState::Invalid, "invalid"},
        {CellState::NotCompeting, "not_competing"}};
    for (const auto& [state, key] : legend) {
        XRCCTRL(*panel_, wxString("swatch_") + key, wxPanel)
            ->SetBackgroundColour(state_colour(state));
        legend_.emplace_back(state, XRCCTRL(*panel_, wxString("count_") + key, wxStaticText));
    }

    for (const Event& e : console_.competition().events) events_->Append(event_name(e));
    grid_->EnableEditing(false);
    grid_->EnableDragRowSize(false);
    grid_->SetDefaultColSize(grid_->FromDIP(58), true);
    grid_->SetRowLabelSize(grid_->FromDIP(120));
    grid_->SetColLabelSize(grid_->FromDIP(26));
    grid_->SetRowLabelAlignment(wxALIGN_LEFT, wxALIGN_CENTRE);

    events_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const int i = events_->GetSelection();
        if (i != wxNOT_FOUND)
            select_event(console_.competition().events.at(static_cast<std::size_t>(i)).code);
    });
    judges_box_->Bind(wxEVT_CHECKBOX,
                      [this](wxCommandEvent&) { show_judges(judges_box_->IsChecked()); });
    grid_->Bind(wxEVT_GRID_CELL_LEFT_DCLICK,
                [this](wxGridEvent& e) { open_history(e.GetRow(), e.GetCol()); });
    grid_->Bind(wxEVT_GRID_SELECT_CELL, [this](wxGridEvent& e) {
        show_cell_info(e.GetRow(), e.GetCol());
        e.Skip();
    });
    grid_->GetGridWindow()->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        if (e.GetKeyCode() == WXK_RETURN || e.GetKeyCode() == WXK_NUMPAD_ENTER)
            open_history(grid_->GetGridCursorRow(), grid_->GetGridCursorCol());
        else
            e.Skip();
    });
    grid_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        fit_columns();
    });
    panel_->Bind(wxEVT_DESTROY, [this](wxWindowDestroyEvent& e) {
        if (e.GetEventObject() == panel_) panel_ = nullptr;
        e.Skip();
    });
    // Marks arrive through the console; only this event's changes (or "everything") matter.
    console_.listen([this, alive = std::weak_ptr<bool>(alive_)](const std::string& event) {
        if (alive.expired() || !panel_) return;
        if (event.empty() || event == event_) refresh();
    });

    if (!console_.competition().events.empty()) {
        events_->SetSelection(0);
        select_event(console_.competition().events.front().code);
    }
}

ProgressPanel::~ProgressPanel() = default;

wxWindow* ProgressPanel::window() {
    return panel_;
}
wxString ProgressPanel::title() const {
    return _("Progress");
}

const ProgressMatrix& ProgressPanel::matrix() const {
    static const ProgressMatrix kEmpty;
    return table_ ? table_->matrix() : kEmpty;
}

void ProgressPanel::select_event(const std::string& event) {
    const auto& events = console_.competition().events;
    for (std::size_t i = 0; i < events.size(); ++i)
        if (events[i].code == event) events_->SetSelection(static_cast<int>(i));
    event_ = event;
    refresh();
}

void ProgressPanel::show_judges(bool by_judge) {
    judges_box_->SetValue(by_judge);
    by_judge_ = by_judge;
    refresh();
}

void ProgressPanel::refresh() {
    if (event_.empty() || !panel_) return;
    ProgressMatrix m(console_.book(event_), console_.competition().judges, by_judge_);
    bool same_shape = table_ && table_->matrix().rows().size() == m.rows().size() &&
                      table_->matrix().columns().size() == m.columns().size();
    for (std::size_t c = 0; same_shape && c < m.columns().size(); ++c)
        same_shape = table_->matrix().columns()[c].label() == m.columns()[c].label();
    if (same_shape) {
        table_->update(std::move(m));
        grid_->ForceRefresh();
    } else {
        grid_->ClearSelection();
        table_ = new ProgressTable(std::move(m));
        grid_->SetTable(table_, true, wxGrid::wxGridSelectCells);
        fit_columns();
        grid_->ForceRefresh();
    }
    update_counts();
    if (grid_->GetNumberRows() > 0 && grid_->GetNumberCols() > 0)
        show_cell_info(std::max(grid_->GetGridCursorRow(), 0),
                       std::max(grid_->GetGridCursorCol(), 0));
}

// Every aspect in view where the window allows (a spread flag at the right end was off a small
// laptop's screen): columns narrow down to what "10.00" needs, then the grid scrolls.
void ProgressPanel::fit_columns() {
    if (!table_ || grid_->GetNumberCols() == 0) return;
    const int room = grid_->GetClientSize().x - grid_->GetRowLabelSize() -
                     wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, grid_);
    const int width =
        std::clamp(room / grid_->GetNumberCols(), grid_->FromDIP(44), grid_->FromDIP(58));
    if (grid_->GetDefaultColSize() == width) return;
    grid_->SetDefaultColSize(width, true);
    grid_->ForceRefresh();
}

void ProgressPanel::update_counts() {
    const EventState results = console_.session().store().event_state(event_);
    show_state(state_, results);
    const ProgressCounts& c = matrix().counts();
    for (const auto& [state, label] : legend_) {
        int n = 0;
        switch (state) {
            case CellState::Missing: n = c.missing; break;
            case CellState::Entered: n = c.entered; break;
            case CellState::Conflict: n = c.conflict; break;
            case CellState::Spread: n = c.spread; break;
            case CellState::TooFewJudges: n = c.too_few; break;
            case CellState::Invalid: n = c.invalid; break;
            case CellState::NotCompeting: break;
        }
        // Cells are counted; not competing is a whole row, counted with the contestants.
        label->SetLabel(state == CellState::NotCompeting
                            ? state_label(state)
                            : wxString::Format("%s %d", state_label(state), n));
    }
    contestants_->SetLabel(
        wxString::Format(_("Contestants: %d complete, %d incomplete, %d not competing"), c.complete,
                         c.incomplete, c.not_competing));
    panel_->Layout();
}

void ProgressPanel::show_cell_info(int row, int col) {
    const ProgressMatrix& m = matrix();
    if (row < 0 || col < 0 || row >= static_cast<int>(m.rows().size()) ||
        col >= static_cast<int>(m.columns().size()))
        return;
    const ProgressRow& r = m.rows()[static_cast<std::size_t>(row)];
    const ProgressColumn& c = m.columns()[static_cast<std::size_t>(col)];
    wxString what = c.aspect ? u8(c.aspect->id) + wxT(" ") + u8(c.aspect->name)
                             : wxString::Format(_("Judge %s"), u8(c.judge));
    if (const Judge* j = c.aspect ? nullptr : console_.competition().find_judge(c.judge))
        what += wxT(" ") + u8(j->name);
    wxString state =
        r.competing()
            ? state_label(
                  m.cell(static_cast<std::size_t>(row), static_cast<std::size_t>(col)).state)
            : status_label(to_string(r.status));
    if (!r.competing() && !r.status_reason.empty())
        state += wxT(" (") + u8(r.status_reason) + wxT(")");
    const EventBook& book = console_.book(event_);
    const std::string values = cell_values(book, r, c);
    wxString interest;
    if (r.contestant >= 0 && r.contestant < static_cast<int>(book.contestants().size())) {
        wxString judges;
        for (const std::string& j : interested_judges(
                 console_.session(), book.contestants()[static_cast<std::size_t>(r.contestant)]))
            judges += (judges.empty() ? wxString() : wxString(wxT(", "))) + u8(j);
        if (!judges.empty())
            interest = kDot + wxString::Format(_("conflict of interest: %s"), judges);
    }
    info_->SetLabel(wxString::Format(_("Workstation %s"), u8(r.workstation)) + kDot + what + kDot +
                    state + (values.empty() ? wxString() : kDot + u8(values)) + interest);
}

std::vector<HistoryLine> ProgressPanel::history(int row, int col) const {
    std::vector<HistoryLine> out;
    const ProgressMatrix& m = matrix();
    if (row < 0 || col < 0 || row >= static_cast<int>(m.rows().size()) ||
        col >= static_cast<int>(m.columns().size()))
        return out;
    const ProgressRow& r = m.rows()[static_cast<std::size_t>(row)];
    const ProgressColumn& c = m.columns()[static_cast<std::size_t>(col)];
    const CompetitionSession& session = console_.session();
    if (c.aspect) {
        const auto entries = mark_history(session, r.registration_no, c.aspect->id);
        for (std::size_t i = 0; i < entries.size(); ++i)
            out.push_back({entries[i], is_current(entries, i)});
        return out;
    }
    // A judge column: that judge's entries for every judgement aspect.
    for (const Aspect* a : console_.session().event(event_).scheme.aspects()) {
        if (!a->is_judgement()) continue;
        std::vector<MarkEntry> mine;
        for (const MarkEntry& e : mark_history(session, r.registration_no, a->id))
            if (e.judge == c.judge) mine.push_back(e);
        for (std::size_t i = 0; i < mine.size(); ++i) out.push_back({mine[i], is_current(mine, i)});
    }
    return out;
}

void ProgressPanel::open_history(int row, int col) {
    const ProgressMatrix& m = matrix();
    if (row < 0 || col < 0 || row >= static_cast<int>(m.rows().size()) ||
        col >= static_cast<int>(m.columns().size()))
        return;
    const ProgressRow& r = m.rows()[static_cast<std::size_t>(row)];
    const ProgressColumn& c = m.columns()[static_cast<std::size_t>(col)];
    const wxString what = c.aspect ? u8(c.aspect->id) + wxT(" ") + u8(c.aspect->name)
                                   : wxString::Format(_("Judge %s"), u8(c.judge));
    try {
        show_history_dialog(panel_, console_.competition(),
                            wxString::Format(_("Workstation %s"), u8(r.workstation)) + kDot + what,
                            history(row, col));
    } catch (const std::exception& e) {
        wxMessageDialog dlg(panel_, _("The history could not be read."), "Plumbline",
                            wxOK | wxICON_ERROR);
        dlg.SetExtendedMessage(u8(e.what()));
        dlg.ShowModal();
    }
}

std::unique_ptr<TaskPanel> make_progress_panel(wxWindow* parent, Console& console) {
    return std::make_unique<ProgressPanel>(parent, console);
}

}  // namespace plumb::ui
