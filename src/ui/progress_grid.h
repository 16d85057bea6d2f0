// The progress matrix as a read-only wxGrid table, each cell coloured by its state.
#pragma once

#include <array>

#include <wx/colour.h>
#include <wx/grid.h>

#include "ui/progress_matrix.h"

namespace plumb::ui {

// The colour of a state, shared by the cells and the legend.
wxColour state_colour(CellState state);
// The state's name, translated ("Conflict").
wxString state_label(CellState state);

class ProgressTable : public wxGridTableBase {
public:
    explicit ProgressTable(ProgressMatrix matrix);
    ~ProgressTable() override;

    const ProgressMatrix& matrix() const { return matrix_; }
    // New data of the same shape (rows and columns); the grid needs a refresh after.
    void update(ProgressMatrix matrix) { matrix_ = std::move(matrix); }

    int GetNumberRows() override { return static_cast<int>(matrix_.rows().size()); }
    int GetNumberCols() override { return static_cast<int>(matrix_.columns().size()); }
    wxString GetValue(int row, int col) override;
    void SetValue(int, int, const wxString&) override {}  // read-only
    wxString GetRowLabelValue(int row) override;
    wxString GetColLabelValue(int col) override;
    bool CanHaveAttributes() override { return true; }
    wxGridCellAttr* GetAttr(int row, int col, wxGridCellAttr::wxAttrKind kind) override;

private:
    ProgressMatrix matrix_;
    std::array<wxGridCellAttr*, 7> attrs_{};  // one per CellState, shared by every cell
};

}  // namespace plumb::ui
