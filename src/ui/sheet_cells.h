// What the score sheet's cells say about an aspect (type, band, a judge's value in words) and
// the list a choice or pass/fail cell drops down, with the arrow that shows it has one.
#pragma once

#include <string>
#include <vector>

#include <wx/grid.h>
#include <wx/string.h>

#include "core/scheme.h"

namespace plumb::ui {

wxString type_label(AspectType type);
// The accepted band or rule of an aspect, as the judge reads it on the sheet.
wxString band_label(const Aspect& aspect, int judgement_scale);
// A recorded value as the judge reads it: a choice's label, 合格/不合格 for pass/fail.
wxString value_label(const Aspect& aspect, const std::string& value);

// One entry of a cell's drop-down list: what it shows and what picking it types.
struct CellOption {
    wxString label;
    wxString typed;
};
// Choice: "1  label" per option, in scheme order; pass/fail: pass, fail. Others: none.
std::vector<CellOption> cell_options(const Aspect& aspect);

// Draws the value as usual, with a drop-down arrow at the right for cells that have a list.
class OptionCellRenderer : public wxGridCellStringRenderer {
public:
    void Draw(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, const wxRect& rect, int row, int col,
              bool selected) override;
    wxGridCellRenderer* Clone() const override { return new OptionCellRenderer; }
    // Where the arrow is drawn in a cell of `rect`: a click there opens the list.
    static wxRect arrow_rect(const wxRect& cell);
};

}  // namespace plumb::ui
