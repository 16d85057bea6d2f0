// Every aspect type typed into the score sheet with real key presses (XTest), Enter to commit:
// what is stored is checked in the database, so a lost key or a wrong option fails the test.
#include <doctest/doctest.h>

#include <wx/timer.h>
#include <wx/uiaction.h>

#include "entry_contest.h"
#include "entry_window.h"

using namespace plumb;
using ui::ScoreSheetGrid;

namespace {

using Contest = test::EntryContest;
using Window = test::EntryWindow;

const wxString kPassZh = wxString::FromUTF8("合格"), kFailZh = wxString::FromUTF8("不合格");

}  // namespace

TEST_CASE("measured, check point, judgement and deduction values typed key by key are stored") {
    test::use_language("en");
    Contest c;
    Window w(*c.console);
    w.panel->choose("bricklaying", "J01");
    REQUIRE(w.panel->open_workstation("01"));
    w.type("A1", "1494");
    CHECK(c.recorded("J01", "ZY001", "A1") == std::optional<std::string>("1494"));
    CHECK(w.at() == "A2");    // Enter moved on to the next aspect
    w.type("B1", "1 2 3 4");  // check points separated by spaces
    CHECK(c.recorded("J01", "ZY001", "B1") == std::optional<std::string>("1;2;3;4"));
    CHECK(w.cell("B1", ScoreSheetGrid::kMark) == "10.00");
    w.type("C3", "2.5");
    CHECK(c.recorded("J01", "ZY001", "C3") == std::optional<std::string>("2.5"));
    CHECK(w.cell("C3", ScoreSheetGrid::kMark) == "6.67");  // a judge's own score alone: 8 * 2.5 / 3
    w.type("D2", "2", WXK_TAB);                            // Tab commits as Enter does
    CHECK(c.recorded("J01", "ZY001", "D2") == std::optional<std::string>("2"));
    CHECK(w.cell("D2", ScoreSheetGrid::kMark) == wxString::FromUTF8("−4.00"));
    CHECK(w.panel->message() == "Saved D2 = 2");
    // No fault counted deducts nothing: 0.00, never "−0.00".
    w.panel->set_reason_source(
        [](const wxString&) { return std::optional<wxString>("recounted"); });
    w.type("D2", "0");
    CHECK(c.recorded("J01", "ZY001", "D2") == std::optional<std::string>("0"));
    CHECK(w.cell("D2", ScoreSheetGrid::kMark) == "0.00");
}

TEST_CASE(
    "a choice takes the number it is listed under or the start of its label; Enter stores exactly "
    "that") {
    test::use_language("en");
    Contest c;
    Window w(*c.console);
    w.panel->choose("bricklaying", "J01");
    REQUIRE(w.panel->open_workstation("01"));
    w.type("C1", "2");
    CHECK(c.recorded("J01", "ZY001", "C1") == std::optional<std::string>("2"));
    CHECK(w.cell("C1") == wxString::FromUTF8("个别通缝（不超过 2 处）"));
    CHECK(w.cell("C1", ScoreSheetGrid::kMark) == "5.00");  // 8 less 3, not full marks
    CHECK(w.at() == "C2");
    REQUIRE(w.panel->open_workstation("02"));
    w.type("C1", "3");
    CHECK(c.recorded("J01", "ZY002", "C1") == std::optional<std::string>("3"));
    CHECK(w.cell("C1", ScoreSheetGrid::kMark) == "0.00");
    REQUIRE(w.panel->open_workstation("03"));
    w.type("C1", wxString::FromUTF8("通缝"));  // the start of option 3's label
    CHECK(c.recorded("J01", "ZY003", "C1") == std::optional<std::string>("3"));
    w.type("C1", "4");  // not an option: refused, nothing changed
    CHECK(w.panel->message().Contains("'4' is not one of the options"));
    CHECK(c.recorded("J01", "ZY003", "C1") == std::optional<std::string>("3"));
}

TEST_CASE("pass/fail takes 1/0, y/n, p/f, pass/fail and 合格/不合格; the Chinese sheet says 合格") {
    test::use_language("zh_CN");
    Contest c;
    Window w(*c.console);
    w.panel->choose("bricklaying", "J01");
    const struct {
        const char* workstation;
        const char* reg;
        wxString typed;
        const char* stored;
    } cases[] = {{"01", "ZY001", "1", "pass"},
                 {"02", "ZY002", "y", "pass"},
                 {"03", "ZY003", kPassZh, "pass"}};
    for (const auto& k : cases) {
        CAPTURE(k.workstation);
        REQUIRE(w.panel->open_workstation(k.workstation));
        w.type("C2", k.typed);
        CHECK(c.recorded("J01", k.reg, "C2") == std::optional<std::string>(k.stored));
        CHECK(w.cell("C2") == kPassZh);
        CHECK(w.panel->message() == wxString::FromUTF8("已保存 C2 = 合格"));
        CHECK(w.at() == "C3");
    }
    const struct {
        const char* workstation;
        const char* reg;
        wxString typed;
    } fails[] = {{"01", "ZY001", "0"}, {"02", "ZY002", "n"}, {"03", "ZY003", kFailZh}};
    int n = 0;
    for (const auto& k : fails) {
        CAPTURE(k.workstation);
        REQUIRE(w.panel->open_workstation(k.workstation));
        w.type("D1", k.typed);
        CHECK(c.recorded("J01", k.reg, "D1") == std::optional<std::string>("fail"));
        CHECK(w.cell("D1") == kFailZh);
        ++n;
    }
    CHECK(n == 3);
    test::use_language("en");
    Window en(*c.console);
    en.panel->choose("bricklaying", "J02");
    REQUIRE(en.panel->open_workstation("01"));
    en.type("D1", "p");
    CHECK(c.recorded("J02", "ZY001", "D1") == std::optional<std::string>("pass"));
    en.type("C2", "f");
    CHECK(c.recorded("J02", "ZY001", "C2") == std::optional<std::string>("fail"));
    CHECK(en.cell("C2") == "fail");
}

TEST_CASE("a choice picked from its drop-down list is stored and the keyboard stays in the sheet") {
    test::use_language("en");
    Contest c;
    Window w(*c.console);
    w.panel->choose("bricklaying", "J01");
    REQUIRE(w.panel->open_workstation("01"));
    wxGrid* g = w.grid();
    const wxRect cell = g->CellToRect(w.row_of("C1"), ScoreSheetGrid::kValue);
    g->MakeCellVisible(w.row_of("C1"), ScoreSheetGrid::kValue);
    test::pump(50);
    // The arrow at the cell's right end, on the screen.
    const wxPoint arrow = g->GetGridWindow()->ClientToScreen(g->CalcScrolledPosition(
        wxPoint(cell.GetRight() - cell.height / 2, cell.y + cell.height / 2)));
    // The list is a menu that runs its own loop: the keys that pick option 2 come from a timer.
    wxTimer keys;
    int ticks = 0;
    keys.Bind(wxEVT_TIMER, [&ticks](wxTimerEvent&) {
        wxUIActionSimulator sim;
        if (++ticks <= 2)
            sim.Char(WXK_DOWN);
        else if (ticks == 3)
            sim.Char(WXK_RETURN);
    });
    keys.Start(250);
    wxUIActionSimulator sim;
    sim.MouseMove(arrow);
    test::pump(50);
    sim.MouseClick();
    for (int i = 0; i < 60 && !c.recorded("J01", "ZY001", "C1"); ++i) test::pump(50);
    keys.Stop();
    CHECK(c.recorded("J01", "ZY001", "C1") == std::optional<std::string>("2"));
    CHECK(w.at() == "C2");
    CHECK(test::has_focus_within(g));
    // The next key goes to the sheet: C2 is typed without touching the mouse.
    test::type_text("1");
    test::press_key(WXK_RETURN);
    CHECK(c.recorded("J01", "ZY001", "C2") == std::optional<std::string>("pass"));
    // Alt+Down drops the list from the keyboard; another option is a correction, with a reason.
    w.panel->set_reason_source(
        [](const wxString&) { return std::optional<wxString>("wrong option"); });
    ticks = 1;  // one Down: option 1
    keys.Start(250);
    w.go_to("C1");
    test::press_key(WXK_DOWN, wxMOD_ALT);
    for (int i = 0; i < 60 && c.recorded("J01", "ZY001", "C1") != std::optional<std::string>("1");
         ++i)
        test::pump(50);
    keys.Stop();
    CHECK(c.recorded("J01", "ZY001", "C1") == std::optional<std::string>("1"));
    CHECK(test::has_focus_within(g));
}
