// The score sheet of one workstation for one judge, as an editable grid: one row per aspect,
// each accepted cell committed to the database before the cursor moves on.
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

namespace plumb::ui {

class Console;

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
    };

    ScoreSheetGrid(wxGrid* grid, Console& console, Hooks hooks);

    // Shows a workstation's sheet for a judge; an empty workstation clears the grid.
    void show(const std::string& event, const std::string& judge, const std::string& workstation);
    // Who is typing (the logged-in judge); the gate decides what they may enter.
    // With roles on and nobody logged in the value cells are read-only. Call before show().
    void set_login(std::optional<Login> login) { login_ = std::move(login); }
    // Re-reads the values (after another panel or process changed something).
    void refresh();
    // Checks and commits `text` for the aspect in `row` (the same path as typing in the cell).
    bool commit(int row, const wxString& text);

    const SheetView& view() const { return view_; }
    int rows() const { return static_cast<int>(view_.rows.size()); }
    // The first row whose value this judge has not entered yet (or 0).
    int first_open_row() const;
    const std::string& workstation() const { return workstation_; }

private:
    void build_rows();
    void fill_row(int row);
    void on_changing(wxGridEvent& ev);
    wxString display_value(const SheetRowView& r) const;
    Login typist() const;

    wxGrid* grid_;
    Console& console_;
    Hooks hooks_;
    std::string event_, judge_, workstation_;
    int contestant_ = -1;
    SheetView view_;
    std::optional<Login> login_;
};

}  // namespace plumb::ui
