// Score entry driven as a judge drives it, with real key presses: a refused value stays in its
// cell with the reason until fixed or Esc, a correction asks for a reason, PgDn goes to the next
// workstation from the sheet and from the filter. Every value is checked in the database.
#include <doctest/doctest.h>

#include <wx/listbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "entry_contest.h"
#include "entry_window.h"

using namespace plumb;
using ui::ScoreSheetGrid;

namespace {

using Contest = test::EntryContest;
using Window = test::EntryWindow;

wxListBox* list_of(Window& w) {
    return XRCCTRL(*w.panel->window(), "workstation_list", wxListBox);
}

}  // namespace

TEST_CASE(
    "a refused value stays in its cell with the reason beside it; the cursor does not leave") {
    test::use_language("en");
    Contest c;
    Window w(*c.console);
    w.panel->choose("bricklaying", "J01");
    REQUIRE(w.panel->open_workstation("02"));
    const auto before = c.marks();
    w.type("C3", "3.5");
    CHECK(w.panel->message() == "C3: 3.5 is outside the judgement scale 0..3");
    CHECK(c.marks() == before);
    CHECK(w.at() == "C3");
    CHECK(w.panel->sheet().refused_row() == w.row_of("C3"));
    CHECK(w.cell("C3", ScoreSheetGrid::kState).Contains("outside the judgement scale"));
    // Neither Enter, Tab, the arrows, PgDn nor a click elsewhere leaves it.
    for (int key : {WXK_RETURN, WXK_TAB, WXK_DOWN, WXK_UP}) {
        test::press_key(key);
        CHECK(w.at() == "C3");
    }
    test::press_key(WXK_PAGEDOWN);
    CHECK(w.panel->sheet().workstation() == "02");
    wxGrid* g = w.grid();
    const wxRect other = g->CellToRect(w.row_of("A1"), ScoreSheetGrid::kValue);
    wxUIActionSimulator sim;
    sim.MouseMove(g->GetGridWindow()->ClientToScreen(
        g->CalcScrolledPosition(other.GetPosition() + wxPoint(5, 5))));
    sim.MouseClick();
    test::pump(150);
    CHECK(w.at() == "C3");
    // The refused text is still there, after all of that, and so is its reason.
    CHECK(w.cell("C3") == "3.5");
    CHECK(w.panel->message().Contains("outside the judgement scale"));
    // Esc drops it: the cell is empty again, the cursor still on it.
    test::press_key(WXK_ESCAPE);
    CHECK(w.panel->sheet().refused_row() == -1);
    CHECK(w.cell("C3").empty());
    CHECK(w.panel->message().empty());
    CHECK(w.at() == "C3");
    test::type_text("3");
    test::press_key(WXK_RETURN);
    CHECK(c.recorded("J01", "ZY002", "C3") == std::optional<std::string>("3"));
    CHECK(w.at() == "C4");
}

TEST_CASE("a refused value is fixed where it stands: the judge edits it and Enter saves it") {
    test::use_language("en");
    Contest c;
    Window w(*c.console);
    w.panel->choose("bricklaying", "J01");
    REQUIRE(w.panel->open_workstation("01"));
    w.type("A3", "1;2;3");  // A3 has 2 check points
    CHECK(w.panel->message().Contains("needs 2 check point values"));
    CHECK(w.at() == "A3");
    CHECK(w.grid()->IsCellEditControlEnabled());  // still typing in it
    test::press_key(WXK_BACK);
    test::press_key(WXK_BACK);
    test::press_key(WXK_RETURN);
    CHECK(c.recorded("J01", "ZY001", "A3") == std::optional<std::string>("1;2"));
    CHECK(w.panel->message() == "Saved A3 = 1;2");
    CHECK(w.cell("A3", ScoreSheetGrid::kState) == wxString::FromUTF8("✓"));
    CHECK(w.at() == "A4");
}

TEST_CASE("a correction asks for a reason and is appended; cancelling keeps the old value") {
    test::use_language("en");
    Contest c;
    Window w(*c.console);
    w.panel->choose("bricklaying", "J01");
    REQUIRE(w.panel->open_workstation("01"));
    w.type("A1", "1494");
    w.panel->set_reason_source([](const wxString&) { return std::nullopt; });
    w.type("A1", "1490");
    CHECK(c.recorded("J01", "ZY001", "A1") == std::optional<std::string>("1494"));
    CHECK(w.panel->message().Contains("needs a reason"));
    CHECK(w.cell("A1") == "1494");
    CHECK(w.at() == "A1");
    wxString asked;
    w.panel->set_reason_source([&asked](const wxString& prompt) {
        asked = prompt;
        return std::optional<wxString>("misread the tape");
    });
    w.type("A1", "1490");
    CHECK(asked.Contains("A1 already has 1494; it becomes 1490"));
    CHECK(c.recorded("J01", "ZY001", "A1") == std::optional<std::string>("1490"));
    CHECK(w.at() == "A2");
    const auto log = c.console->session().store().marks("bricklaying");
    REQUIRE(log.size() == 2);
    CHECK(log[0].value == "1494");
    CHECK(log[1].reason == "misread the tape");
}

TEST_CASE("PgDn goes to the next workstation from the sheet and from a filter holding a number") {
    test::use_language("en");
    Contest c;
    Window w(*c.console);
    w.panel->choose("bricklaying", "J02");
    wxTextCtrl* filter = w.panel->filter();
    filter->SetFocus();
    test::type_text("0");
    CHECK(w.panel->listed() == std::vector<std::string>{"01", "02", "03"});
    test::type_text("2");
    CHECK(w.panel->listed() == std::vector<std::string>{"02"});
    test::press_key(WXK_RETURN);  // opens the one listed, the keyboard in its sheet
    CHECK(w.panel->sheet().workstation() == "02");
    CHECK(test::has_focus_within(w.grid()));
    test::type_text("1494");
    test::press_key(WXK_RETURN);
    CHECK(c.recorded("J02", "ZY002", "A1") == std::optional<std::string>("1494"));
    test::press_key(WXK_PAGEDOWN);
    CHECK(w.panel->sheet().workstation() == "03");
    CHECK(filter->GetValue().empty());  // the filter that hid 03 is cleared
    CHECK(list_of(w)->GetStringSelection().StartsWith("03"));
    // From the filter itself, with a number still in it.
    filter->SetFocus();
    test::type_text("01");
    test::press_key(WXK_PAGEDOWN);
    CHECK(w.panel->sheet().workstation() == "01");  // after 03 comes 01 again
    test::press_key(WXK_PAGEUP);
    CHECK(w.panel->sheet().workstation() == "03");
}

TEST_CASE("the header and the list count the same aspects; the heading is not clipped") {
    test::use_language("zh_CN");
    Contest c;
    Window w(*c.console);
    w.panel->choose("bricklaying", "J01");
    REQUIRE(w.panel->open_workstation("01"));
    w.type("A1", "1494");
    w.type("C3", "2");  // one judge of three: not complete for the event, done for this judge
    auto* summary = XRCCTRL(*w.panel->window(), "entry_summary", wxStaticText);
    CHECK(summary->GetLabel().Contains(wxString::FromUTF8("已完成 2/18 项")));
    CHECK(list_of(w)->GetStringSelection() == "01   2/18");
    // With no judge chosen, an aspect counts when it is complete: A1 (one measurement) is, and
    // C3 once the three judges it needs have scored it (no one's own score is shown).
    w.panel->choose("bricklaying", "");
    REQUIRE(w.panel->open_workstation("01"));
    CHECK(list_of(w)->GetStringSelection() == "01   1/18");
    for (const char* judge : {"J02", "J03"}) {
        w.panel->choose("bricklaying", judge);
        REQUIRE(w.panel->open_workstation("01"));
        w.type("C3", "2");
    }
    w.panel->choose("bricklaying", "");
    REQUIRE(w.panel->open_workstation("01"));
    CHECK(summary->GetLabel().Contains(wxString::FromUTF8("已完成 2/18 项")));
    CHECK(list_of(w)->GetStringSelection() == "01   2/18");
    auto* title = XRCCTRL(*w.panel->window(), "sheet_title", wxStaticText);
    CHECK(title->GetLabel() == wxString::FromUTF8("01 号工位"));
    CHECK(title->GetSize().y >= title->GetBestSize().y);
    test::use_language("en");
}

TEST_CASE("in Chinese the refusal is explained in Chinese") {
    test::use_language("zh_CN");
    Contest c;
    Window w(*c.console);
    w.panel->choose("bricklaying", "J01");
    REQUIRE(w.panel->open_workstation("01"));
    w.type("C3", "3.5");
    CHECK(w.panel->message() == wxString::FromUTF8("C3: 3.5 超出评分范围 0..3"));
    test::use_language("en");
}

TEST_CASE("screenshots of the score sheet in Chinese and English, at 1366x768 and 1024x600") {
    for (const char* lang : {"zh_CN", "en"}) {
        for (const wxSize size : {wxSize(1366, 740), wxSize(1024, 570)}) {
            test::use_language(lang);
            Contest c;
            Window w(*c.console, size);
            w.panel->choose("bricklaying", "J01");
            REQUIRE(w.panel->open_workstation("01"));
            w.type("A1", "1494");
            w.type("A2", "1008");
            w.type("B1", "1 2 6 4");
            w.type("C1", "2");
            w.type("C2", "1");
            w.type("C3", "3.5");  // refused: shown in its cell with the reason
            test::pump(200);
            const std::string name =
                std::string("entry-sheet-") + lang + (size.x < 1366 ? "-1024x600" : "");
            CHECK(save_screenshot(w.frame, test::screenshot_path(name)));
        }
    }
    test::use_language("en");
}
