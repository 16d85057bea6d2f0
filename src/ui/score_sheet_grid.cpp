// Building and filling the score sheet grid from the judge's view of the sheet, and fitting its
// columns to the window.
#include "ui/score_sheet_grid.h"

#include <algorithm>

#include <wx/grid.h>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/utils.h>

#include "services/signoff.h"
#include "ui/console.h"
#include "ui/sheet_cells.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

const wxColour kMissing(255, 255, 255), kOpenValue(255, 255, 240), kComplete(214, 240, 214),
    kWaiting(255, 244, 204), kConflict(250, 205, 205), kLocked(235, 235, 235),
    kRefused(255, 222, 222), kRefusedText(170, 0, 0);

}  // namespace

// Other judges' values, "J02: 1494, J03: 合格", each in the console's words.
wxString others_text(const SheetRowView& r) {
    wxString out;
    for (const auto& [judge, value] : r.others) {
        if (!out.empty()) out += wxT(", ");
        out += u8(judge) + wxT(": ") + value_label(*r.aspect, value);
    }
    return out;
}

bool is_done(const SheetView& view, const SheetRowView& r) {
    if (view.judge.empty()) return r.state == AspectState::Complete;
    return !r.own_value.empty() || (!r.aspect->is_judgement() && r.state == AspectState::Complete);
}

int done_count(const SheetView& view) {
    int n = 0;
    for (const SheetRowView& r : view.rows) n += is_done(view, r) ? 1 : 0;
    return n;
}

ScoreSheetGrid::ScoreSheetGrid(wxGrid* grid, Console& console, Hooks hooks)
    : grid_(grid), console_(console), hooks_(std::move(hooks)) {
    grid_->CreateGrid(0, kColumns);
    grid_->SetRowLabelSize(0);
    grid_->SetDefaultCellFont(grid_->GetFont().Scaled(1.15f));
    grid_->SetDefaultRowSize(grid_->FromDIP(30), true);
    // A long value (a choice's label, a refused entry) is cut at its cell's edge: running on into
    // an empty Mark cell, it read as the mark on a small laptop's screen.
    grid_->SetDefaultCellOverflow(false);
    grid_->SetColLabelValue(kAspect, _("Aspect"));
    grid_->SetColLabelValue(kType, _("Type"));
    grid_->SetColLabelValue(kMax, _("Max"));
    grid_->SetColLabelValue(kBand, _("Tolerance"));
    grid_->SetColLabelValue(kValue, _("Value"));
    grid_->SetColLabelValue(kMark, _("Mark"));
    grid_->SetColLabelValue(kState, _("State"));
    grid_->SetTabBehaviour(wxGrid::Tab_Leave);
    grid_->Bind(wxEVT_CHAR_HOOK, &ScoreSheetGrid::on_key, this);
    grid_->Bind(wxEVT_GRID_SELECT_CELL, &ScoreSheetGrid::on_select, this);
    grid_->Bind(wxEVT_GRID_CELL_CHANGING, &ScoreSheetGrid::on_changing, this);
    grid_->Bind(wxEVT_GRID_CELL_LEFT_CLICK, &ScoreSheetGrid::on_click, this);
    grid_->GetGridWindow()->Bind(wxEVT_LEFT_UP, [this](wxMouseEvent& ev) {
        ev.Skip();
        if (popup_row_ < 0) return;
        const int row = popup_row_;
        popup_row_ = -1;
        grid_->CallAfter([this, row] { show_options(row); });
    });
    grid_->Bind(wxEVT_SIZE, [this](wxSizeEvent& ev) {
        ev.Skip();
        fit_columns();
    });
}

// The columns share the grid's width: on a small laptop the wide ones give way first, down to
// what still reads, so the value, mark and state stay in view; beyond that the grid scrolls.
void ScoreSheetGrid::fit_columns() {
    struct Width {
        int preferred, least;
    };
    static const Width kWidths[kColumns] = {{230, 140}, {110, 96}, {50, 44},  {180, 116},
                                            {170, 130}, {70, 62},  {170, 110}};
    const int room =
        grid_->GetClientSize().x - wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, grid_) - 2;
    int preferred = 0, least = 0;
    for (const Width& w : kWidths) {
        preferred += grid_->FromDIP(w.preferred);
        least += grid_->FromDIP(w.least);
    }
    // 0: every column at its least width, 1: at its preferred width. Room beyond that goes to
    // the aspect's name, the tolerance and the state, where long texts are.
    const double give = std::clamp(double(room - least) / (preferred - least), 0.0, 1.0);
    const int extra = std::max(0, room - preferred) / 3;
    for (int c = 0; c < kColumns; ++c) {
        const int lo = grid_->FromDIP(kWidths[c].least), hi = grid_->FromDIP(kWidths[c].preferred);
        const bool wide = c == kAspect || c == kBand || c == kState;
        const int width = lo + static_cast<int>((hi - lo) * give) + (wide ? extra : 0);
        // Only a real change: resizing a column closes an open cell editor.
        if (grid_->GetColSize(c) != width) grid_->SetColSize(c, width);
    }
}

void ScoreSheetGrid::show(const std::string& event, const std::string& judge,
                          const std::string& workstation) {
    event_ = event;
    judge_ = judge;
    workstation_ = workstation;
    contestant_ = workstation.empty() ? -1 : console_.book(event).find_workstation(workstation);
    build_rows();
}

void ScoreSheetGrid::refresh() {
    if (contestant_ < 0) return;
    view_ = sheet_view(console_.book(event_), contestant_, judge_);
    fill_all();
}

int ScoreSheetGrid::first_open_row() const {
    for (int r = 0; r < rows(); ++r)
        if (!is_done(view_, view_.rows[static_cast<std::size_t>(r)])) return r;
    return 0;
}

void ScoreSheetGrid::build_rows() {
    discard_typing();  // another sheet replaces this one: what was typed is not saved into it
    if (grid_->GetNumberRows() > 0) grid_->DeleteRows(0, grid_->GetNumberRows());
    view_ = {};
    if (contestant_ < 0) return;
    EventBook& book = console_.book(event_);
    view_ = sheet_view(book, contestant_, judge_);
    grid_->AppendRows(rows());
    const bool active = view_.contestant_status == ContestantStatus::Active;
    // A sheet the judge signed off takes nothing until the chief judge reopens it.
    const bool may_type = login_.has_value() && !judge_.empty() &&
                          !is_signed_off(console_.session().store(), event_, workstation_, judge_);
    const int scale = console_.competition().find_event(event_)->scheme.judgement_scale;
    for (int r = 0; r < rows(); ++r) {
        const Aspect& a = *view_.rows[static_cast<std::size_t>(r)].aspect;
        for (int c = 0; c < kColumns; ++c)
            grid_->SetReadOnly(r, c, c != kValue || !active || !may_type);
        grid_->SetCellValue(r, kAspect, u8(a.id + "  " + a.name));
        grid_->SetCellValue(r, kType, type_label(a.type));
        grid_->SetCellValue(r, kMax, a.is_deduction() ? wxString(wxT("−")) : u8(a.max.str()));
        grid_->SetCellValue(r, kBand, band_label(a, scale));
        grid_->SetCellAlignment(r, kMax, wxALIGN_RIGHT, wxALIGN_CENTER);
        grid_->SetCellAlignment(r, kMark, wxALIGN_RIGHT, wxALIGN_CENTER);
        // Every value cell takes typing (the default text editor); a list drops down as well
        // where there is one, from its arrow or Alt+Down.
        if (!cell_options(a).empty()) grid_->SetCellRenderer(r, kValue, new OptionCellRenderer);
        fill_row(r);
    }
    grid_->SetGridCursor(first_open_row(), kValue);
}

void ScoreSheetGrid::fill_all() {
    for (int r = 0; r < rows(); ++r) fill_row(r);
}

void ScoreSheetGrid::fill_row(int row) {
    const SheetRowView& r = view_.rows[static_cast<std::size_t>(row)];
    const int precision = console_.competition().precision;
    // An open editor shows what the judge is typing; setting the cell under it would close it.
    const bool typing_here = grid_->IsCellEditControlEnabled() && grid_->GetGridCursorRow() == row;
    if (!typing_here) grid_->SetCellValue(row, kValue, value_label(*r.aspect, r.own_value));
    grid_->SetCellValue(row, kMark,
                        r.mark ? u8((r.aspect->is_deduction() && *r.mark != Decimal() ? "−" : "") +
                                    r.mark->str(precision))
                               : wxString());  // a deduction of nothing is 0.00, not −0.00
    wxString state;
    wxColour colour = kMissing;
    switch (r.state) {
        case AspectState::Missing:
            state = r.aspect->is_judgement() ? _("no score yet") : _("not measured yet");
            break;
        case AspectState::TooFewJudges:
            state = wxString::Format(_("%d of %d judges"), r.judges,
                                     console_.competition().find_event(event_)->min_judges);
            colour = kWaiting;
            break;
        case AspectState::Complete:
            state = wxT("✓");
            colour = kComplete;
            break;
        case AspectState::Conflict:
            state = _("conflict: ") + others_text(r);
            colour = kConflict;
            break;
        case AspectState::Invalid:
            state = _("invalid stored value");
            colour = kConflict;
            break;
    }
    if (!r.others.empty() && r.state != AspectState::Conflict && r.own_value.empty())
        state += wxT("  (") + others_text(r) + wxT(")");
    if (view_.contestant_status != ContestantStatus::Active) colour = kLocked;
    grid_->SetCellValue(row, kState, state);
    for (int c = 0; c < kColumns; ++c) {
        grid_->SetCellBackgroundColour(row, c,
                                       c == kValue && colour == kMissing ? kOpenValue : colour);
        grid_->SetCellTextColour(row, c, grid_->GetDefaultCellTextColour());
    }
    if (row != refused_row_) return;
    // The refused text stays where it was typed, in red, with the reason beside it.
    grid_->SetCellValue(row, kState, wxT("✗ ") + refusal_);
    for (int c : {kValue, kState}) {
        grid_->SetCellBackgroundColour(row, c, kRefused);
        grid_->SetCellTextColour(row, c, kRefusedText);
    }
    if (!typing_here) {
        grid_->SetCellValue(row, kValue, refused_text_);
        return;
    }
    wxGridCellEditor* editor = grid_->GetCellEditor(row, kValue);
    editor->GetControl()->SetBackgroundColour(kRefused);
    editor->GetControl()->SetForegroundColour(kRefusedText);
    editor->GetControl()->Refresh();
    editor->DecRef();
}

bool ScoreSheetGrid::editable(int row) const {
    return row >= 0 && row < rows() && !grid_->IsReadOnly(row, kValue);
}

Login ScoreSheetGrid::typist() const {
    if (login_) return *login_;
    return console_.login_of(judge_).value_or(Login{});  // a sheet shown without set_login
}

}  // namespace plumb::ui
