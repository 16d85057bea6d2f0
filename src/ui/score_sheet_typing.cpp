// How a judge types into the score sheet: each value committed through the console, a refused
// one held in its cell with the reason, and the keys, clicks and lists that move through it.
#include <algorithm>

#include <wx/grid.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include "core/mark_value.h"
#include "ui/console.h"
#include "ui/score_sheet_grid.h"
#include "ui/sheet_cells.h"
#include "ui/wx_text.h"

namespace plumb::ui {

bool ScoreSheetGrid::commit(int row, const wxString& text) {
    const Outcome outcome = try_commit(row, text);
    return outcome == Outcome::Saved || outcome == Outcome::Unchanged;
}

ScoreSheetGrid::Outcome ScoreSheetGrid::try_commit(int row, const wxString& text) {
    if (row < 0 || row >= rows()) return Outcome::Refused;
    const SheetRowView r = view_.rows[static_cast<std::size_t>(row)];
    const Aspect& a = *r.aspect;
    // Separators and words are the core's business (parse_typed_mark); blanks are trimmed here.
    const std::string entered = to_u8(wxString(text).Trim().Trim(false));
    if (entered.empty() && r.own_value.empty()) {  // nothing typed, nothing to save
        if (row == refused_row_) drop_refusal();
        return Outcome::Unchanged;
    }
    if (judge_.empty()) {
        refuse(row, text,
               console_.roles_on()
                   ? _("Choose your name in the judge list and type your PIN to enter marks.")
                   : _("Choose your name in the judge list to enter marks."));
        return Outcome::Refused;
    }
    const Login login = typist();
    const Event& event = *console_.competition().find_event(event_);
    const ParsedMark parsed = parse_typed_mark(a, event.scheme.judgement_scale, entered);
    if (!parsed.ok()) {
        refuse(row, text, u8(parsed.error()));
        return Outcome::Refused;
    }
    const std::string canonical = parsed.value().str(a);
    const bool was_refused = row == refused_row_;
    if (was_refused) refused_row_ = -1;  // whatever happens now, the refused text is gone
    if (canonical == r.own_value) {
        fill_row(row);
        if (was_refused) hooks_.report({}, false);
        return Outcome::Unchanged;
    }
    std::string reason;
    if (!r.own_value.empty()) {
        committing_ = true;  // the dialog takes the focus, which closes the cell editor
        auto answer = hooks_.ask_reason(
            wxString::Format(_("%s already has %s; it becomes %s. Why is it corrected?"), u8(a.id),
                             value_label(a, r.own_value), value_label(a, canonical)));
        committing_ = false;
        if (!answer || answer->Trim().Trim(false).empty()) {
            fill_row(row);
            hooks_.report(_("Correction cancelled: a correction needs a reason."), true);
            return Outcome::Cancelled;
        }
        reason = to_u8(*answer);
    }
    MarkOutcome outcome;
    try {  // the gate decides who may enter what (services/gate.h)
        outcome = console_.record_mark(login, event_, workstation_, judge_, a.id, canonical, reason,
                                       operator_);
    } catch (const std::exception& e) {
        refuse(row, text, u8(e.what()));
        return Outcome::Refused;
    }
    view_ = sheet_view(console_.book(event_), contestant_, judge_);
    fill_all();
    wxString said = wxString::Format(_("Saved %s = %s"), u8(a.id), value_label(a, canonical));
    if (outcome.result == MarkResult::Waiting)
        said = wxString::Format(_("%s = %s entered once: waiting for the second operator"),
                                u8(a.id), value_label(a, canonical));
    if (outcome.result == MarkResult::Disagreed)
        said = wxString::Format(_("%s = %s differs from the first entry: listed for the chief judge"),
                                u8(a.id), value_label(a, canonical));
    if (outcome.interest) said += wxT("\n") + u8(*outcome.interest);
    hooks_.report(said, outcome.result == MarkResult::Disagreed);
    if (hooks_.on_change) hooks_.on_change();
    return Outcome::Saved;
}

void ScoreSheetGrid::refuse(int row, const wxString& text, const wxString& reason) {
    refused_row_ = row;
    refused_text_ = text;
    refusal_ = reason;
    fill_row(row);
    report_refusal();
}

void ScoreSheetGrid::report_refusal() {
    const Aspect& a = *view_.rows[static_cast<std::size_t>(refused_row_)].aspect;
    hooks_.report(u8(a.id) + wxT(": ") + refusal_, true);
    wxBell();
}

void ScoreSheetGrid::discard_typing() {
    if (grid_->IsCellEditControlEnabled()) {
        wxGridCellEditor* editor =
            grid_->GetCellEditor(grid_->GetGridCursorRow(), grid_->GetGridCursorCol());
        editor->Reset();
        editor->DecRef();
        grid_->DisableCellEditControl();
    }
    refused_row_ = -1;
    refusal_.clear();
}

void ScoreSheetGrid::drop_refusal() {
    if (refused_row_ < 0) return;
    const int row = refused_row_;
    discard_typing();
    refused_text_.clear();
    fill_row(row);
    hooks_.report({}, false);
}

ScoreSheetGrid::Outcome ScoreSheetGrid::finish_edit() {
    if (!grid_->IsCellEditControlEnabled()) return Outcome::Unchanged;
    const int row = grid_->GetGridCursorRow(), col = grid_->GetGridCursorCol();
    wxGridCellEditor* editor = grid_->GetCellEditor(row, col);
    auto* text = dynamic_cast<wxTextCtrl*>(editor->GetControl());
    const Outcome outcome =
        col == kValue && text ? try_commit(row, text->GetValue()) : Outcome::Unchanged;
    if (outcome != Outcome::Refused && grid_->IsCellEditControlEnabled()) {
        editor->Reset();  // the cell is filled from the database: nothing for the grid to save
        grid_->DisableCellEditControl();
        fill_row(row);
    }
    // The keyboard back in the sheet (after a reason dialog, too), in the editor if it is open.
    if (!grid_->IsCellEditControlEnabled()) {
        grid_->GetGridWindow()->SetFocus();
    } else if (wxWindow::FindFocus() != editor->GetControl()) {
        editor->GetControl()->SetFocus();
        if (text) text->SetInsertionPointEnd();  // focusing an entry selects all of it
    }
    editor->DecRef();
    return outcome;
}

bool ScoreSheetGrid::finish_editing() {
    return finish_edit() != Outcome::Refused;
}

bool ScoreSheetGrid::save_before_logout() {
    if (!grid_->IsCellEditControlEnabled()) return refused_row_ >= 0;
    const int row = grid_->GetGridCursorRow(), col = grid_->GetGridCursorCol();
    if (row < 0 || row >= rows() || col != kValue) return false;
    if (view_.rows[static_cast<std::size_t>(row)].own_value.empty())
        return finish_edit() == Outcome::Refused;
    wxGridCellEditor* editor = grid_->GetCellEditor(row, col);
    const auto* text = dynamic_cast<wxTextCtrl*>(editor->GetControl());
    const bool changed = text && text->GetValue() != grid_->GetCellValue(row, col);
    editor->DecRef();
    return changed;
}

bool ScoreSheetGrid::may_leave() {
    if (finish_edit() == Outcome::Refused) return false;
    if (refused_row_ < 0) return true;
    report_refusal();
    return false;
}

void ScoreSheetGrid::move_to(int row) {
    if (rows() == 0) return;
    row = std::clamp(row, 0, rows() - 1);
    grid_->SetGridCursor(row, kValue);
    grid_->MakeCellVisible(row, kValue);
}

// Enter, Tab and the arrows commit what is typed and move on only when it was accepted; Esc
// drops a refused value. Keys are taken here, before the cell editor or the grid sees them.
void ScoreSheetGrid::on_key(wxKeyEvent& ev) {
    const int key = ev.GetKeyCode();
    const bool editing = grid_->IsCellEditControlEnabled();
    const int row = grid_->GetGridCursorRow();
    if (key == WXK_ESCAPE && refused_row_ >= 0) {
        drop_refusal();
        return;
    }
    if (!editing && ((key == WXK_DOWN && ev.AltDown()) || key == WXK_F4) && editable(row) &&
        !cell_options(*view_.rows[static_cast<std::size_t>(row)].aspect).empty()) {
        show_options(row);
        return;
    }
    // Ctrl+Tab (Ctrl+Shift+Tab back) leaves the sheet for the panel's other fields, once what
    // is typed is saved: Tab alone moves from aspect to aspect.
    if (key == WXK_TAB && ev.ControlDown()) {
        if (may_leave() && hooks_.leave) hooks_.leave(!ev.ShiftDown());
        return;
    }
    int step = 0;
    if (key == WXK_RETURN || key == WXK_NUMPAD_ENTER || key == WXK_TAB)
        step = ev.ShiftDown() ? -1 : 1;
    if (editing && (key == WXK_DOWN || key == WXK_UP) && !ev.HasAnyModifiers())
        step = key == WXK_DOWN ? 1 : -1;
    if (step == 0 || row < 0) {
        ev.Skip();
        return;
    }
    if (editing) {
        const Outcome outcome = finish_edit();
        if (outcome == Outcome::Saved || outcome == Outcome::Unchanged) move_to(row + step);
        return;
    }
    if (may_leave()) move_to(row + step);
}

// The cursor stays in the value column, and on a row whose value was refused.
void ScoreSheetGrid::on_select(wxGridEvent& ev) {
    const int row = ev.GetRow();
    if (ev.GetCol() != kValue) {
        ev.Veto();  // the same row's value cell instead, which comes back here
        if (row >= 0 && row < rows()) grid_->SetGridCursor(row, kValue);
        return;
    }
    const int from = grid_->GetGridCursorRow();
    if (from >= 0 && row != from && !may_leave()) {
        ev.Veto();
        return;
    }
    ev.Skip();
    if (hooks_.on_row && row >= 0 && row < rows())
        hooks_.on_row(view_.rows[static_cast<std::size_t>(row)].aspect);
}

// The grid saves an open editor itself when it loses the focus (a click elsewhere): the same
// commit; the grid never writes a cell, the sheet is filled from the database.
void ScoreSheetGrid::on_changing(wxGridEvent& ev) {
    ev.Veto();
    if (ev.GetCol() != kValue || committing_) return;
    try_commit(ev.GetRow(), ev.GetString());
}

void ScoreSheetGrid::on_click(wxGridEvent& ev) {
    const int row = ev.GetRow();
    if (ev.GetCol() != kValue || !editable(row) ||
        cell_options(*view_.rows[static_cast<std::size_t>(row)].aspect).empty()) {
        ev.Skip();
        return;
    }
    const wxRect cell = grid_->CellToRect(row, kValue);
    // Where the pointer is in the cells' own coordinates (the event's position counts the
    // column labels in).
    const wxPoint at =
        grid_->CalcUnscrolledPosition(grid_->GetGridWindow()->ScreenToClient(wxGetMousePosition()));
    if (!OptionCellRenderer::arrow_rect(cell).Contains(at)) {
        ev.Skip();
        return;
    }
    // Dropped on the button's release: shown while it is still down, the release would pick
    // whatever option came under the pointer.
    popup_row_ = row;
}

void ScoreSheetGrid::show_options(int row) {
    if (!editable(row)) return;
    const Aspect& a = *view_.rows[static_cast<std::size_t>(row)].aspect;
    const std::vector<CellOption> options = cell_options(a);
    if (options.empty()) return;
    if (grid_->GetGridCursorRow() != row) move_to(row);
    if (grid_->GetGridCursorRow() != row || !may_leave()) return;
    wxMenu menu;
    for (std::size_t i = 0; i < options.size(); ++i)
        menu.Append(wxID_HIGHEST + 1 + static_cast<int>(i), options[i].label);
    wxWindow* window = grid_->GetGridWindow();
    const wxPoint below =
        grid_->CalcScrolledPosition(grid_->CellToRect(row, kValue).GetBottomLeft());
    const int picked = window->GetPopupMenuSelectionFromUser(menu, below) - (wxID_HIGHEST + 1);
    window->SetFocus();  // a mouse pick leaves the keyboard in the sheet
    if (picked < 0 || picked >= static_cast<int>(options.size())) return;
    const Outcome outcome = try_commit(row, options[static_cast<std::size_t>(picked)].typed);
    if (outcome == Outcome::Saved || outcome == Outcome::Unchanged) move_to(row + 1);
}

}  // namespace plumb::ui
