// Filling the score sheet grid, its editors, and committing cells through the console.
#include "ui/score_sheet_grid.h"

#include <wx/grid.h>
#include <wx/intl.h>
#include <wx/utils.h>

#include "core/mark_value.h"
#include "ui/console.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

const wxColour kMissing(255, 255, 255), kComplete(214, 240, 214), kWaiting(255, 244, 204),
    kConflict(250, 205, 205), kLocked(235, 235, 235);

wxString type_label(AspectType t) {
    switch (t) {
        case AspectType::PassFail: return _("pass/fail");
        case AspectType::Difference: return _("measured");
        case AspectType::Points: return _("check points");
        case AspectType::Choice: return _("choice");
        case AspectType::Judgement: return _("judgement");
        case AspectType::Deduction: return _("deduction");
    }
    return {};
}

// The accepted band or rule of an aspect, as the judge reads it on the sheet.
wxString band_label(const Aspect& a, int scale) {
    const wxString unit = a.unit.empty() ? wxString() : wxT(" ") + u8(a.unit);
    switch (a.type) {
        case AspectType::PassFail: return _("pass / fail");
        case AspectType::Difference:
        case AspectType::Points: {
            wxString band = (a.lower || a.upper)
                                ? u8(a.band_low().str()) + wxT(" – ") + u8(a.band_high().str()) + unit
                                : u8(a.target.value_or(Decimal()).str()) + wxT(" ± ") +
                                      u8(a.tolerance.value_or(Decimal()).str()) + unit;
            if (a.type == AspectType::Points) band += wxString::Format(wxT("  ×%d"), a.points);
            return band;
        }
        case AspectType::Choice: return wxString::Format(_("%d options"), static_cast<int>(a.options.size()));
        case AspectType::Judgement:
            return wxString::Format(_("0 to %d (step %s)"), scale, u8(a.step.value_or(*Decimal::parse("0.5")).str()));
        case AspectType::Deduction: {
            wxString text = wxString::Format(_("-%s each"), u8(a.deduction.str()));
            if (a.cap) text += wxString::Format(_(", at most %s"), u8(a.cap->str()));
            return text;
        }
    }
    return {};
}

}  // namespace

ScoreSheetGrid::ScoreSheetGrid(wxGrid* grid, Console& console, Hooks hooks)
    : grid_(grid), console_(console), hooks_(std::move(hooks)) {
    grid_->CreateGrid(0, kColumns);
    grid_->SetRowLabelSize(0);
    grid_->SetDefaultCellFont(grid_->GetFont().Scaled(1.15f));
    grid_->SetDefaultRowSize(grid_->FromDIP(30), true);
    grid_->SetColLabelValue(kAspect, _("Aspect"));
    grid_->SetColLabelValue(kType, _("Type"));
    grid_->SetColLabelValue(kMax, _("Max"));
    grid_->SetColLabelValue(kBand, _("Tolerance"));
    grid_->SetColLabelValue(kValue, _("Value"));
    grid_->SetColLabelValue(kMark, _("Mark"));
    grid_->SetColLabelValue(kState, _("State"));
    const int widths[kColumns] = {230, 110, 50, 180, 170, 70, 170};
    for (int c = 0; c < kColumns; ++c) grid_->SetColSize(c, grid_->FromDIP(widths[c]));
    grid_->SetTabBehaviour(wxGrid::Tab_Leave);
    grid_->Bind(wxEVT_GRID_CELL_CHANGING, &ScoreSheetGrid::on_changing, this);
    grid_->Bind(wxEVT_GRID_SELECT_CELL, [this](wxGridEvent& ev) {
        ev.Skip();
        const int r = ev.GetRow();
        if (hooks_.on_row && r >= 0 && r < rows()) hooks_.on_row(view_.rows[static_cast<std::size_t>(r)].aspect);
    });
    // Tab and Enter both go to the next aspect's value: one keystroke per cell.
    grid_->Bind(wxEVT_GRID_TABBING, [this](wxGridEvent& ev) {
        const int r = grid_->GetGridCursorRow() + (ev.ShiftDown() ? -1 : 1);
        if (r >= 0 && r < rows()) grid_->SetGridCursor(r, kValue);
    });
}

void ScoreSheetGrid::show(const std::string& event, const std::string& judge, const std::string& workstation) {
    event_ = event;
    judge_ = judge;
    workstation_ = workstation;
    contestant_ = workstation.empty() ? -1 : console_.book(event).find_workstation(workstation);
    build_rows();
}

void ScoreSheetGrid::refresh() {
    if (contestant_ < 0) return;
    view_ = sheet_view(console_.book(event_), contestant_, judge_);
    for (int r = 0; r < rows(); ++r) fill_row(r);
}

int ScoreSheetGrid::first_open_row() const {
    for (int r = 0; r < rows(); ++r)
        if (view_.rows[static_cast<std::size_t>(r)].own_value.empty()) return r;
    return 0;
}

void ScoreSheetGrid::build_rows() {
    if (grid_->GetNumberRows() > 0) grid_->DeleteRows(0, grid_->GetNumberRows());
    view_ = {};
    if (contestant_ < 0) return;
    EventBook& book = console_.book(event_);
    view_ = sheet_view(book, contestant_, judge_);
    grid_->AppendRows(rows());
    const bool active = view_.contestant_status == ContestantStatus::Active;
    const bool may_type = !console_.roles_on() || login_;
    for (int r = 0; r < rows(); ++r) {
        const Aspect& a = *view_.rows[static_cast<std::size_t>(r)].aspect;
        for (int c = 0; c < kColumns; ++c)
            grid_->SetReadOnly(r, c, c != kValue || !active || !may_type);
        grid_->SetCellValue(r, kAspect, u8(a.id + "  " + a.name));
        grid_->SetCellValue(r, kType, type_label(a.type));
        grid_->SetCellValue(r, kMax, a.is_deduction() ? wxString(wxT("−")) : u8(a.max.str()));
        grid_->SetCellValue(r, kBand, band_label(a, console_.competition().find_event(event_)->scheme.judgement_scale));
        grid_->SetCellAlignment(r, kMax, wxALIGN_RIGHT, wxALIGN_CENTER);
        grid_->SetCellAlignment(r, kMark, wxALIGN_RIGHT, wxALIGN_CENTER);
        if (a.type == AspectType::Choice) {
            wxArrayString labels;
            for (const auto& o : a.options) labels.Add(u8(o.label));
            grid_->SetCellEditor(r, kValue, new wxGridCellChoiceEditor(labels));
        } else if (a.type == AspectType::PassFail) {
            wxArrayString labels;
            labels.Add("pass");
            labels.Add("fail");
            grid_->SetCellEditor(r, kValue, new wxGridCellChoiceEditor(labels, true));
        }
        fill_row(r);
    }
    grid_->SetGridCursor(first_open_row(), kValue);
}

wxString ScoreSheetGrid::display_value(const SheetRowView& r) const {
    if (r.aspect->type == AspectType::Choice && !r.own_value.empty()) {
        const auto index = Decimal::parse(r.own_value);
        if (index && index->whole() >= 1 && index->whole() <= static_cast<std::int64_t>(r.aspect->options.size()))
            return u8(r.aspect->options[static_cast<std::size_t>(index->whole() - 1)].label);
    }
    return u8(r.own_value);
}

void ScoreSheetGrid::fill_row(int row) {
    const SheetRowView& r = view_.rows[static_cast<std::size_t>(row)];
    const int precision = console_.competition().precision;
    grid_->SetCellValue(row, kValue, display_value(r));
    grid_->SetCellValue(row, kMark, r.mark ? u8((r.aspect->is_deduction() ? "−" : "") + r.mark->str(precision)) : wxString());
    wxString state;
    wxColour colour = kMissing;
    switch (r.state) {
        case AspectState::Missing: state = r.aspect->is_judgement() ? _("no score yet") : _("missing"); break;
        case AspectState::TooFewJudges:
            state = wxString::Format(_("%d of %d judges"), r.judges, console_.competition().find_event(event_)->min_judges);
            colour = kWaiting;
            break;
        case AspectState::Complete: state = wxT("✓"); colour = kComplete; break;
        case AspectState::Conflict: state = _("conflict: ") + u8(r.others); colour = kConflict; break;
        case AspectState::Invalid: state = _("invalid stored value"); colour = kConflict; break;
    }
    if (!r.others.empty() && r.state != AspectState::Conflict && r.own_value.empty())
        state += wxT("  (") + u8(r.others) + wxT(")");
    if (view_.contestant_status != ContestantStatus::Active) colour = kLocked;
    grid_->SetCellValue(row, kState, state);
    for (int c = 0; c < kColumns; ++c) grid_->SetCellBackgroundColour(row, c, c == kValue && colour == kMissing ? wxColour(255, 255, 240) : colour);
}

bool ScoreSheetGrid::commit(int row, const wxString& text) {
    if (row < 0 || row >= rows()) return false;
    const SheetRowView r = view_.rows[static_cast<std::size_t>(row)];
    const Aspect& a = *r.aspect;
    // Separators and words are the core's business (parse_mark); only blanks are trimmed here.
    const std::string entered = to_u8(wxString(text).Trim().Trim(false));
    if (entered.empty() && r.own_value.empty()) return true;  // nothing typed, nothing to save
    const Login login = typist();
    const Event& event = *console_.competition().find_event(event_);
    const ParsedMark parsed = parse_mark(a, event.scheme.judgement_scale, entered);
    if (!parsed.ok()) {
        hooks_.report(u8(a.id + ": " + parsed.error()), true);
        wxBell();
        return false;
    }
    const std::string canonical = parsed.value().str(a);
    if (canonical == r.own_value) return true;
    std::string reason;
    if (!r.own_value.empty()) {
        auto answer = hooks_.ask_reason(
            wxString::Format(_("%s already has %s. Why is it corrected?"), u8(a.id), u8(r.own_value)));
        if (!answer || answer->Trim().Trim(false).empty()) {
            hooks_.report(_("Correction cancelled: a correction needs a reason."), true);
            return false;
        }
        reason = to_u8(*answer);
    }
    MarkOutcome outcome;
    try {
        outcome = console_.record_mark(login, event_, workstation_, judge_, a.id, canonical, reason);
    } catch (const std::exception& e) {
        hooks_.report(u8(e.what()), true);
        wxBell();
        return false;
    }
    view_ = sheet_view(console_.book(event_), contestant_, judge_);
    for (int i = 0; i < rows(); ++i) fill_row(i);
    wxString said;
    switch (outcome.result) {
        case MarkResult::Recorded:
        case MarkResult::Unchanged:
        case MarkResult::Agreed: said = wxString::Format(_("Saved %s = %s"), u8(a.id), u8(canonical)); break;
        case MarkResult::Waiting:
            said = wxString::Format(_("%s = %s entered once: waiting for the second operator"), u8(a.id), u8(canonical));
            break;
        case MarkResult::Disagreed:
            said = wxString::Format(_("%s = %s differs from the first entry: listed for the chief judge"), u8(a.id),
                                    u8(canonical));
            break;
    }
    if (outcome.interest) said += wxT("\n") + u8(*outcome.interest);
    hooks_.report(said, outcome.result == MarkResult::Disagreed);
    if (hooks_.on_change) hooks_.on_change();
    return true;
}

Login ScoreSheetGrid::typist() const {
    if (login_) return *login_;
    return console_.login_of(judge_).value_or(Login{});  // without roles: the sheet's judge
}

void ScoreSheetGrid::on_changing(wxGridEvent& ev) {
    const int row = ev.GetRow();
    if (ev.GetCol() != kValue || !commit(row, ev.GetString())) {
        ev.Veto();  // refused: the cell keeps what was recorded, the reason is shown
        return;
    }
    // Accepted and durable. Once the grid has stored the raw typing, show the recorded form.
    grid_->CallAfter([this, row] {
        if (row < rows()) fill_row(row);
    });
}

}  // namespace plumb::ui
