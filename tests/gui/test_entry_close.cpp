// Closing the console while a judge is still typing in a cell: the value is saved as leaving the
// cell saves it; a refused one keeps the window open unless the judge chooses to lose it. The
// database is read back from the file, by another connection, after the window is gone.
#include <doctest/doctest.h>

#include <wx/frame.h>
#include <wx/grid.h>
#include <wx/textctrl.h>
#include <wx/weakref.h>

#include "entry_contest.h"
#include "modal_script.h"
#include "ui/entry_panel.h"
#include "ui/main_frame.h"
#include "ui/score_sheet_grid.h"

using namespace plumb;
using ui::ScoreSheetGrid;

namespace {

// The console's main frame on the entry contest, J01's sheet of workstation 02 open.
struct ClosingConsole {
    test::EntryContest contest;
    std::filesystem::path db = contest.dir / "c.plumb";
    std::unique_ptr<ui::MainFrame> frame;
    wxWeakRef<wxFrame> window;  // gone once closed
    ui::EntryPanel* entry = nullptr;

    ClosingConsole() {
        const ui::FrameHost host = test::idle_host("en");
        frame = std::make_unique<ui::MainFrame>(std::move(contest.console), host);
        window = frame->frame();
        window->Show();
        test::pump();
        entry = dynamic_cast<ui::EntryPanel*>(frame->select("entry"));
        REQUIRE(entry);
        entry->choose("bricklaying", "J01");
        REQUIRE(entry->open_workstation("02"));
    }
    ~ClosingConsole() {
        if (window) window->Destroy();
        test::pump(50);
    }
    // Types into the aspect's value cell key by key and leaves the cell editor open.
    void type_without_leaving(const std::string& aspect, const wxString& text) {
        wxGrid* g = entry->grid();
        int row = -1;
        for (int r = 0; r < entry->sheet().rows(); ++r)
            if (entry->sheet().view().rows[static_cast<std::size_t>(r)].aspect->id == aspect)
                row = r;
        REQUIRE(row >= 0);
        g->GetGridWindow()->SetFocus();
        g->SetGridCursor(row, ScoreSheetGrid::kValue);
        test::pump(30);
        test::type_text(text);
        test::pump(30);
        REQUIRE(g->IsCellEditControlEnabled());
    }
    // What the file holds for J01's cell at workstation 02 (ZY002), read by a connection of its
    // own.
    std::optional<std::string> on_disk(const char* aspect) const {
        return CompetitionSession::open(db).store().current_mark("J01", "ZY002", aspect);
    }
};

}  // namespace

TEST_CASE("closing the window while a value is typed saves it, as leaving the cell does") {
    test::use_language("en");
    ClosingConsole c;
    c.type_without_leaving("A1", "1490");
    CHECK_FALSE(c.on_disk("A1"));
    CHECK(c.frame->frame()->Close());  // the window's close button
    test::pump(100);
    CHECK_FALSE(c.window);
    CHECK(c.on_disk("A1") == std::optional<std::string>("1490"));
}

TEST_CASE("a refused value keeps the window open until the judge chooses to lose it") {
    test::use_language("en");
    ClosingConsole c;
    c.type_without_leaving("A1", "14x0");
    test::ModalScript script;
    script.answer(wxID_NO);  // "Stay and fix it"
    CHECK_FALSE(c.frame->frame()->Close());
    test::pump(100);
    REQUIRE(script.messages.size() == 1);
    CHECK(script.messages[0].Contains("not saved"));
    CHECK(c.frame->frame()->IsShown());
    // Still in the cell, as the judge left it, with its reason.
    wxGrid* g = c.entry->grid();
    REQUIRE(c.entry->sheet().refused_row() == g->GetGridCursorRow());
    REQUIRE(g->IsCellEditControlEnabled());
    wxGridCellEditor* editor = g->GetCellEditor(g->GetGridCursorRow(), ScoreSheetGrid::kValue);
    auto* text = dynamic_cast<wxTextCtrl*>(editor->GetControl());
    CHECK((text && text->GetValue() == "14x0"));
    editor->DecRef();
    CHECK(c.entry->message().Contains("14x0"));
    CHECK(c.frame->may_close());  // asked again: Yes, lose it
    CHECK(script.messages.size() == 2);
    CHECK_FALSE(c.on_disk("A1"));
}
