// A report list of text rows held in memory; virtual, so thousands of contestants stay fast.
#pragma once

#include <vector>

#include <wx/listctrl.h>

namespace plumb::ui {

class RowList : public wxListView {
public:
    struct Column {
        wxString heading;
        int min_width = 60;  // device-independent pixels
        bool right = false;  // numbers align right
    };
    explicit RowList(wxWindow* parent, long style = wxLC_SINGLE_SEL);

    void set_columns(const std::vector<Column>& columns);
    // Replaces the rows and widens each column to its widest text (headings included).
    void set_rows(std::vector<std::vector<wxString>> rows);
    const std::vector<wxString>& row(long index) const;
    long row_count() const { return static_cast<long>(rows_.size()); }
    // The focused or first selected row, -1 when none.
    long current() const;
    void select_only(long index);

private:
    wxString OnGetItemText(long item, long column) const override;
    void fit_columns();

    std::vector<Column> columns_;
    std::vector<std::vector<wxString>> rows_;
};

}  // namespace plumb::ui
