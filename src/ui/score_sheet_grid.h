// The score sheet of one workstation for one judge, as an editable grid: one row per aspect,
// each accepted cell committed to the database before the cursor moves on; a refused value
// stays in its cell, marked, with the reason beside it, until it is fixed or Esc drops it.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <wx/string.h>

#include "services/roles.h"
#include "services/sheet_view.h"

class wxGrid;
class wxGridEvent;
class wxKeyEvent;

namespace plumb::ui {

class Console;

// Whether this judge has nothing left to type for the row: their own value, or a measurement
// (one value per contestant) another judge entered; with no judge chosen, whether the aspect
// is complete. The list, the header and the cursor agree.
bool is_done(const SheetView& view, const SheetRowView& row);
int done_count(const SheetView& view);

class ScoreSheetGrid {
public:
    enum Column { kAspect, kType, kMax, kBand, kValue, kMark, kState, kColumns };

    // `report` shows a message (error = refused); `ask_reason` asks why a value is corrected
    // (nullopt = cancelled); `on_change` runs after a value is committed.
    struct Hooks {
        std::function<void(const wxString& message, bool error)> report;
        std::function<std::optional<wxString>(const wxString& prompt)> ask_reason;
        std::function<void(const Aspect* aspect)> on_row;
        std::function<void()> on_change;
        // Ctrl+Tab (forward) or Ctrl+Shift+Tab: the keyboard leaves the sheet.
        std::function<void(bool forward)> leave;
    };

    ScoreSheetGrid(wxGrid* grid, Console& console, Hooks hooks);

    // Shows a workstation's sheet for a judge; an empty workstation clears the grid.
    void show(const std::string& event, const std::string& judge, const std::string& workstation);
    // Who is typing (the chosen, logged-in judge); the gate decides what they may enter. With
    // nobody the value cells are read-only. Call before show().
    void set_login(std::optional<Login> login) { login_ = std::move(login); }
    // Double entry: who types, "A" or "B" ("" = the login's own name).
    void set_operator(std::string name) { operator_ = std::move(name); }
    // Re-reads the values (after another panel or process changed something).
    void refresh();
    // Checks and commits `text` for the aspect in `row` (the same path as typing in the cell).
    // false when refused or cancelled; a refused value is then held in the cell.
    bool commit(int row, const wxString& text);

    // Commits what the open cell editor shows (true when there is none). Refused, the editor
    // stays open with the text, as a judge left it.
    bool finish_editing();
    // Whether the cursor may leave this sheet: nothing typed is pending or refused. If not, the
    // reason is shown again.
    bool may_leave();
    // Before the judge whose sheet this is gets logged out (idle minutes, another login): a
    // first value still being typed is saved, as leaving the cell saves it; a correction (its
    // reason cannot be asked of someone who is not there) or a refused value cannot be. Returns
    // true when something typed is lost that way.
    bool save_before_logout();
    // The row whose refused value is held in its cell (-1: none), and dropping it (Esc).
    int refused_row() const { return refused_row_; }
    void drop_refusal();
    // Drops the list of a choice or pass/fail row under its cell and commits the pick.
    void show_options(int row);

    const SheetView& view() const { return view_; }
    int rows() const { return static_cast<int>(view_.rows.size()); }
    // The first row this judge still has to fill (or 0).
    int first_open_row() const;
    const std::string& workstation() const { return workstation_; }

private:
    enum class Outcome { Saved, Unchanged, Refused, Cancelled };
    Outcome try_commit(int row, const wxString& text);
    Outcome finish_edit();
    void refuse(int row, const wxString& text, const wxString& reason);
    // Closes the cell editor without saving and forgets a held refusal.
    void discard_typing();
    void report_refusal();
    void build_rows();
    void fill_row(int row);
    void fill_all();
    void move_to(int row);
    void fit_columns();
    void on_key(wxKeyEvent& ev);
    void on_select(wxGridEvent& ev);
    void on_changing(wxGridEvent& ev);
    void on_click(wxGridEvent& ev);
    bool editable(int row) const;
    Login typist() const;

    wxGrid* grid_;
    Console& console_;
    Hooks hooks_;
    std::string event_, judge_, workstation_;
    int contestant_ = -1;
    SheetView view_;
    std::optional<Login> login_;
    std::string operator_;
    int refused_row_ = -1;
    wxString refused_text_;
    wxString refusal_;    // its reason, shown beside it and again when the judge tries to leave
    int popup_row_ = -1;  // a click on this row's arrow drops its list when the button is up
    bool committing_ = false;  // a reason dialog is open (it takes the focus from the editor)
};

}  // namespace plumb::ui
