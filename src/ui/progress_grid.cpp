// Cell text, labels and colours of the progress grid.
#include "ui/progress_grid.h"

#include <wx/intl.h>

#include "ui/wx_text.h"

namespace plumb::ui {

wxColour state_colour(CellState state) {
    switch (state) {
        case CellState::Missing: return wxColour(0xFF, 0xFF, 0xFF);
        case CellState::Entered: return wxColour(0xB9, 0xE4, 0xB0);
        case CellState::Conflict: return wxColour(0xF2, 0x8B, 0x82);
        case CellState::Spread: return wxColour(0xFF, 0xC0, 0x70);
        case CellState::TooFewJudges: return wxColour(0xFF, 0xEE, 0x80);
        case CellState::Invalid: return wxColour(0xC9, 0x9B, 0xE0);
        case CellState::NotCompeting: return wxColour(0xD4, 0xD4, 0xD4);
    }
    return *wxWHITE;
}

wxString state_label(CellState state) {
    switch (state) {
        case CellState::Missing: return _("Missing");
        case CellState::Entered: return _("Entered");
        case CellState::Conflict: return _("Conflict");
        case CellState::Spread: return _("Spread flagged");
        case CellState::TooFewJudges: return _("Too few judges");
        case CellState::Invalid: return _("Invalid value");
        case CellState::NotCompeting: return _("Not competing");
    }
    return {};
}

ProgressTable::ProgressTable(ProgressMatrix matrix) : matrix_(std::move(matrix)) {
    for (std::size_t s = 0; s < attrs_.size(); ++s) {
        const auto state = static_cast<CellState>(s);
        auto* attr = new wxGridCellAttr();
        attr->SetBackgroundColour(state_colour(state));
        attr->SetTextColour(state == CellState::NotCompeting ? wxColour(0x70, 0x70, 0x70)
                                                             : wxColour(0x10, 0x10, 0x10));
        attr->SetAlignment(wxALIGN_CENTRE, wxALIGN_CENTRE);
        attr->SetReadOnly();
        attrs_[s] = attr;
    }
}

ProgressTable::~ProgressTable() {
    for (wxGridCellAttr* a : attrs_) a->DecRef();
}

wxString ProgressTable::GetValue(int row, int col) {
    return u8(matrix_.cell(static_cast<std::size_t>(row), static_cast<std::size_t>(col)).text);
}

wxString ProgressTable::GetRowLabelValue(int row) {
    const ProgressRow& r = matrix_.rows().at(static_cast<std::size_t>(row));
    if (r.competing()) return u8(r.workstation);
    return u8(r.workstation) + wxT("  ") + status_label(to_string(r.status));
}

wxString ProgressTable::GetColLabelValue(int col) {
    return u8(matrix_.columns().at(static_cast<std::size_t>(col)).label());
}

wxGridCellAttr* ProgressTable::GetAttr(int row, int col, wxGridCellAttr::wxAttrKind) {
    const CellState state =
        matrix_.cell(static_cast<std::size_t>(row), static_cast<std::size_t>(col)).state;
    wxGridCellAttr* attr = attrs_.at(static_cast<std::size_t>(state));
    attr->IncRef();
    return attr;
}

}  // namespace plumb::ui
