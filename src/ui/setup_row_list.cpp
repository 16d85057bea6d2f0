// Virtual report list: rows of text, columns as wide as their contents.
#include "ui/setup_row_list.h"

#include <algorithm>

namespace plumb::ui {

namespace {
// Measuring every row of a 10,000-contestant roster would be slow; the first rows tell enough.
constexpr std::size_t kRowsMeasured = 300;
}  // namespace

RowList::RowList(wxWindow* parent, long style)
    : wxListView(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_HRULES | wxLC_VRULES | style) {
    // Small as a minimum: the sizers give the list whatever room the window has.
    SetMinSize(FromDIP(wxSize(200, 100)));
}

void RowList::set_columns(const std::vector<Column>& columns) {
    columns_ = columns;
    DeleteAllColumns();
    for (std::size_t i = 0; i < columns_.size(); ++i)
        AppendColumn(columns_[i].heading,
                     columns_[i].right ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT,
                     FromDIP(columns_[i].min_width));
}

void RowList::set_rows(std::vector<std::vector<wxString>> rows) {
    rows_ = std::move(rows);
    SetItemCount(row_count());
    fit_columns();
    Refresh();
}

const std::vector<wxString>& RowList::row(long index) const {
    return rows_.at(static_cast<std::size_t>(index));
}

long RowList::current() const {
    const long selected = GetFirstSelected();
    if (selected != -1) return selected;
    const long focused = GetFocusedItem();
    return focused >= 0 && focused < row_count() ? focused : -1;
}

void RowList::select_only(long index) {
    for (long i = GetFirstSelected(); i != -1; i = GetNextSelected(i)) Select(i, false);
    if (index < 0 || index >= row_count()) return;
    Select(index);
    Focus(index);
}

wxString RowList::OnGetItemText(long item, long column) const {
    if (item < 0 || item >= row_count()) return {};
    const auto& r = rows_[static_cast<std::size_t>(item)];
    return column >= 0 && static_cast<std::size_t>(column) < r.size() ? r[column] : wxString();
}

void RowList::fit_columns() {
    const int padding = FromDIP(32);
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        int width = std::max(FromDIP(columns_[c].min_width),
                             GetTextExtent(columns_[c].heading).x + padding);
        const std::size_t n = std::min(rows_.size(), kRowsMeasured);
        for (std::size_t r = 0; r < n; ++r)
            if (c < rows_[r].size())
                width = std::max(width, GetTextExtent(rows_[r][c]).x + padding);
        SetColumnWidth(static_cast<int>(c), width);
    }
}

}  // namespace plumb::ui
