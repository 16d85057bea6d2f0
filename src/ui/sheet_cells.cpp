// The score sheet's cell texts and the drop-down arrow of choice and pass/fail cells.
#include "ui/sheet_cells.h"

#include <wx/dc.h>
#include <wx/intl.h>
#include <wx/renderer.h>

#include "ui/wx_text.h"

namespace plumb::ui {

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

wxString band_label(const Aspect& a, int scale) {
    const wxString unit = a.unit.empty() ? wxString() : wxT(" ") + u8(a.unit);
    switch (a.type) {
        case AspectType::PassFail: return _("pass / fail");
        case AspectType::Difference:
        case AspectType::Points: {
            wxString band =
                (a.lower || a.upper)
                    ? u8(a.band_low().str()) + wxT(" – ") + u8(a.band_high().str()) + unit
                    : u8(a.target.value_or(Decimal()).str()) + wxT(" ± ") +
                          u8(a.tolerance.value_or(Decimal()).str()) + unit;
            if (a.type == AspectType::Points) band += wxString::Format(wxT("  ×%d"), a.points);
            return band;
        }
        case AspectType::Choice:
            return wxString::Format(_("%d options"), static_cast<int>(a.options.size()));
        case AspectType::Judgement:
            return wxString::Format(_("0 to %d (step %s)"), scale,
                                    u8(a.step.value_or(*Decimal::parse("0.5")).str()));
        case AspectType::Deduction: {
            wxString text = wxString::Format(_("-%s each"), u8(a.deduction.str()));
            if (a.cap) text += wxString::Format(_(", at most %s"), u8(a.cap->str()));
            return text;
        }
    }
    return {};
}

wxString value_label(const Aspect& a, const std::string& value) {
    if (value.empty()) return {};
    if (a.type == AspectType::PassFail) return value == "pass" ? _("pass") : _("fail");
    if (a.type == AspectType::Choice) {
        const auto index = Decimal::parse(value);
        if (index && index->whole() >= 1 &&
            index->whole() <= static_cast<std::int64_t>(a.options.size()))
            return u8(a.options[static_cast<std::size_t>(index->whole() - 1)].label);
    }
    return u8(value);
}

std::vector<CellOption> cell_options(const Aspect& a) {
    std::vector<CellOption> out;
    if (a.type == AspectType::PassFail) {
        out.push_back({_("pass"), wxT("1")});
        out.push_back({_("fail"), wxT("0")});
    }
    if (a.type == AspectType::Choice)
        for (std::size_t i = 0; i < a.options.size(); ++i) {
            const wxString number = wxString::Format("%d", static_cast<int>(i + 1));
            out.push_back({number + wxT("  ") + u8(a.options[i].label), number});
        }
    return out;
}

wxRect OptionCellRenderer::arrow_rect(const wxRect& cell) {
    const int width = std::min(cell.height, cell.width / 3);
    return wxRect(cell.GetRight() - width + 1, cell.y, width, cell.height);
}

void OptionCellRenderer::Draw(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, const wxRect& rect,
                              int row, int col, bool selected) {
    const wxRect arrow = arrow_rect(rect);
    wxRect text = rect;
    text.width -= arrow.width;
    // The background first over the whole cell, then the text clear of the arrow.
    wxGridCellRenderer::Draw(grid, attr, dc, rect, row, col, selected);
    wxGridCellStringRenderer::Draw(grid, attr, dc, text, row, col, selected);
    if (!grid.IsReadOnly(row, col))
        wxRendererNative::Get().DrawDropArrow(&grid, dc, wxRect(arrow).Deflate(arrow.width / 5), 0);
}

}  // namespace plumb::ui
