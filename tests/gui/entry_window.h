// The Score entry panel in a frame of its own, driven as a judge drives it: pick a judge in the
// list, type into a value cell with real key presses. Shared by the score-entry and
// console-login tests.
#pragma once

#include <memory>
#include <string>

#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/xrc/xmlres.h>

#include "panel_frame.h"
#include "ui/entry_panel.h"
#include "ui/score_sheet_grid.h"

namespace plumb::test {

struct EntryWindow : PanelFrame<ui::EntryPanel> {
    explicit EntryWindow(ui::Console& console, wxSize size = wxSize(1280, 740))
        : PanelFrame(console, "entry", size) {}
    wxGrid* grid() { return panel->grid(); }
    int row_of(const std::string& aspect) {
        for (int r = 0; r < panel->sheet().rows(); ++r)
            if (panel->sheet().view().rows[static_cast<std::size_t>(r)].aspect->id == aspect)
                return r;
        return -1;
    }
    // The aspect under the sheet's cursor.
    std::string at() {
        const int r = grid()->GetGridCursorRow();
        return r < 0 ? std::string()
                     : panel->sheet().view().rows[static_cast<std::size_t>(r)].aspect->id;
    }
    wxString cell(const std::string& aspect, int column = ui::ScoreSheetGrid::kValue) {
        return grid()->GetCellValue(row_of(aspect), column);
    }
    // Puts the cursor on the aspect's value cell, the keyboard in the sheet.
    void go_to(const std::string& aspect) {
        grid()->GetGridWindow()->SetFocus();
        grid()->SetGridCursor(row_of(aspect), ui::ScoreSheetGrid::kValue);
        pump(30);
    }
    // Types into the aspect's value cell key by key, then presses `end` (Enter).
    void type(const std::string& aspect, const wxString& text, int end = WXK_RETURN) {
        go_to(aspect);
        type_text(text);
        press_key(end);
        pump(30);
    }
    bool read_only(const std::string& aspect) {
        return grid()->IsReadOnly(row_of(aspect), ui::ScoreSheetGrid::kValue);
    }
    wxChoice* judge_list() { return XRCCTRL(*panel->window(), "entry_judge", wxChoice); }
    // Picks a judge ("J01") in the judge list, as a click does; false when it is not listed.
    bool pick(const std::string& judge) {
        wxChoice* list = judge_list();
        for (unsigned i = 0; i < list->GetCount(); ++i) {
            if (!list->GetString(i).StartsWith(wxString::FromUTF8(judge + " "))) continue;
            list->SetSelection(static_cast<int>(i));
            wxCommandEvent e(wxEVT_CHOICE, list->GetId());
            e.SetInt(static_cast<int>(i));
            e.SetEventObject(list);
            list->GetEventHandler()->ProcessEvent(e);
            pump(30);
            return true;
        }
        return false;
    }
};

}  // namespace plumb::test
