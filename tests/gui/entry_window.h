// The Score entry panel in a frame of its own, driven as a judge drives it: pick a judge in the
// list, type into a value cell. Shared by the score-entry and console-login tests.
#pragma once

#include <memory>
#include <string>

#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/frame.h>
#include <wx/grid.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "gui_fixture.h"
#include "ui/entry_panel.h"
#include "ui/score_sheet_grid.h"

namespace plumb::test {

struct EntryWindow {
    wxFrame* frame;
    std::unique_ptr<ui::EntryPanel> panel;
    explicit EntryWindow(ui::Console& console) {
        frame = new wxFrame(nullptr, wxID_ANY, "entry", wxDefaultPosition, wxSize(1280, 740));
        panel = std::make_unique<ui::EntryPanel>(frame, console);
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(panel->window(), 1, wxEXPAND);
        frame->SetSizer(sizer);
        frame->Show();
        frame->Raise();
        pump(300);
    }
    ~EntryWindow() {
        frame->Destroy();
        pump(50);
    }
    int row_of(const std::string& aspect) {
        for (int r = 0; r < panel->sheet().rows(); ++r)
            if (panel->sheet().view().rows[static_cast<std::size_t>(r)].aspect->id == aspect)
                return r;
        return -1;
    }
    // Types into the value cell of a row the way the grid receives it: open the editor, set the
    // text, and leave the cell (which fires the same changing/changed events as Enter).
    void type(const std::string& aspect, const wxString& text) {
        wxGrid* g = panel->grid();
        g->SetFocus();
        g->SetGridCursor(row_of(aspect), ui::ScoreSheetGrid::kValue);
        g->EnableCellEditControl();
        pump(30);
        auto* editor = g->GetCellEditor(row_of(aspect), ui::ScoreSheetGrid::kValue);
        if (auto* text_ctrl = dynamic_cast<wxTextCtrl*>(editor->GetControl()))
            text_ctrl->SetValue(text);
        if (auto* combo = dynamic_cast<wxComboBox*>(editor->GetControl())) combo->SetValue(text);
        editor->DecRef();
        g->SaveEditControlValue();
        g->HideCellEditControl();
        pump(30);
    }
    bool read_only(const std::string& aspect) {
        return panel->grid()->IsReadOnly(row_of(aspect), ui::ScoreSheetGrid::kValue);
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
