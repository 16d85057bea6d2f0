// Score entry by keyboard alone: after choosing a judge the keyboard is in the workstation box;
// Ctrl+Tab leaves the sheet for that box once what is typed is saved (Ctrl+Shift+Tab for the
// judge list), Ctrl+F goes to the box from anywhere on the page, and the row under the cursor
// has its state in full below the sheet.
#include <doctest/doctest.h>

#include <wx/textctrl.h>

#include "entry_contest.h"
#include "entry_window.h"
#include "keyboard.h"
#include "services/marks.h"

using namespace plumb;

TEST_CASE("after a judge is chosen the keyboard is in the workstation box, ready for a number") {
    test::use_language("en");
    test::EntryContest c;
    test::EntryWindow w(*c.console);
    w.panel->choose("bricklaying", {});
    w.judge_list()->SetFocus();
    test::pump(30);
    REQUIRE(w.pick("J01"));
    CHECK(wxWindow::FindFocus() == w.panel->filter());
    test::type_text("02");
    test::press_key(WXK_RETURN);
    test::pump(30);
    CHECK(w.panel->sheet().workstation() == "02");
    CHECK(test::has_focus_within(w.grid()));
}

TEST_CASE("Ctrl+Tab leaves the sheet, saving what is typed; Ctrl+F goes to the workstation box") {
    test::use_language("en");
    test::EntryContest c;
    test::EntryWindow w(*c.console);
    w.panel->choose("bricklaying", "J01");
    REQUIRE(w.panel->open_workstation("01"));
    w.go_to("A1");
    test::type_text("1494");
    test::press_key(WXK_TAB, wxMOD_CONTROL);
    CHECK(c.recorded("J01", "ZY001", "A1") == std::optional<std::string>("1494"));
    CHECK(wxWindow::FindFocus() == w.panel->filter());
    CHECK(w.at() == "A1");  // Tab alone would have moved on to A2
    w.go_to("A1");
    test::press_key(WXK_TAB, wxMOD_CONTROL | wxMOD_SHIFT);
    CHECK(wxWindow::FindFocus() == w.judge_list());
    // A refused value keeps the keyboard in its cell.
    w.go_to("A2");
    test::type_text("x");
    test::press_key(WXK_TAB, wxMOD_CONTROL);
    CHECK(test::has_focus_within(w.grid()));
    CHECK(w.panel->sheet().refused_row() == w.row_of("A2"));
    test::press_key(WXK_ESCAPE);
    test::press_key('F', wxMOD_CONTROL);
    CHECK(wxWindow::FindFocus() == w.panel->filter());
}

TEST_CASE("the box under the sheet gives the row's state in full, which its column may cut") {
    test::use_language("en");
    test::EntryContest c;
    // Two judges measured A1 differently: a conflict, naming both values.
    for (const auto& [judge, value] : {std::pair{"J01", "1494"}, std::pair{"J02", "1490"}})
        enter_mark(c.console->session(), unchecked_login(judge),
                   MarkRequest{"bricklaying", "01", judge, "A1", value, {}, {}});
    c.console->changed();
    test::EntryWindow w(*c.console, wxSize(1024, 560));
    w.panel->choose("bricklaying", "J01");
    REQUIRE(w.panel->open_workstation("01"));
    w.go_to("A2");
    w.go_to("A1");
    const wxString state = w.cell("A1", ui::ScoreSheetGrid::kState);
    REQUIRE(state.Contains("1490"));
    auto* help = XRCCTRL(*w.panel->window(), "aspect_help", wxTextCtrl);
    CHECK(help->GetValue().Contains("State: " + state));
}
