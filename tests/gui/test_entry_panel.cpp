// Score entry driven as a judge drives it: type values into the sheet, Enter to move on,
// a refused value, a correction with a reason, PgDn to the next workstation; every accepted
// value is checked in the database through the store.
#include <doctest/doctest.h>

#include <wx/frame.h>
#include <wx/combobox.h>
#include <wx/grid.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "entry_window.h"
#include "gui_fixture.h"
#include "services/importing.h"
#include "ui/entry_panel.h"
#include "ui/score_sheet_grid.h"

using namespace plumb;
using ui::ScoreSheetGrid;

namespace {

// A fresh competition: the demo definition and the CLI test roster (bricklaying at 01..03).
struct Contest {
    std::filesystem::path dir;
    std::unique_ptr<ui::Console> console;
    Contest() {
        char tmpl[] = "/tmp/plumb-entry-XXXXXX";
        dir = mkdtemp(tmpl);
        const Actor organiser{{}, "organiser", {}};
        auto s = CompetitionSession::init(dir / "c.plumb", std::filesystem::path(PLUMB_DATA_DIR) / "demo/zhengyun-cup.toml",
                                          organiser);
        import_roster(s, unchecked_login("organiser"), std::filesystem::path(TEST_DATA_DIR) / "cli/roster.csv");
        console = std::make_unique<ui::Console>(std::make_unique<CompetitionSession>(std::move(s)));
    }
    ~Contest() {
        console.reset();
        std::filesystem::remove_all(dir);
    }
    std::optional<std::string> recorded(const char* judge, const char* reg, const char* aspect) {
        return console->session().store().current_mark(judge, reg, aspect);
    }
};

using Window = test::EntryWindow;

}  // namespace

TEST_CASE("a judge scores a workstation: each accepted value is in the database at once") {
    test::use_language("en");
    Contest c;
    Window w(*c.console);
    w.panel->choose("bricklaying", "J01");
    REQUIRE(w.panel->open_workstation("01"));
    CHECK(w.panel->sheet().rows() == 18);

    w.type("A1", "1494");
    CHECK(c.recorded("J01", "ZY001", "A1") == std::optional<std::string>("1494"));
    w.type("B1", "1 2 3 4");  // check points separated by spaces
    CHECK(c.recorded("J01", "ZY001", "B1") == std::optional<std::string>("1;2;3;4"));
    CHECK(w.panel->grid()->GetCellValue(w.row_of("B1"), ScoreSheetGrid::kMark) == "10.00");
    w.type("C3", "2.5");
    CHECK(c.recorded("J01", "ZY001", "C3") == std::optional<std::string>("2.5"));
    // A judge's own score alone: 8 * 2.5 / 3 = 6.67
    CHECK(w.panel->grid()->GetCellValue(w.row_of("C3"), ScoreSheetGrid::kMark) == "6.67");
}

TEST_CASE("a value out of range is refused in the cell with the reason and nothing is stored") {
    test::use_language("en");
    Contest c;
    Window w(*c.console);
    w.panel->choose("bricklaying", "J01");
    REQUIRE(w.panel->open_workstation("02"));
    const auto before = c.console->session().store().mark_count();
    w.type("C3", "3.5");
    CHECK(w.panel->message().Contains("outside the judgement scale 0..3"));
    CHECK(c.console->session().store().mark_count() == before);
    CHECK(w.panel->grid()->GetCellValue(w.row_of("C3"), ScoreSheetGrid::kValue).empty());
    w.type("A3", "1;2;3");  // A3 has 2 check points
    CHECK(w.panel->message().Contains("needs 2 check point values"));
    CHECK(c.console->session().store().mark_count() == before);
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
    wxString asked;
    w.panel->set_reason_source([&asked](const wxString& prompt) {
        asked = prompt;
        return std::optional<wxString>("misread the tape");
    });
    w.type("A1", "1490");
    CHECK(asked.Contains("A1 already has 1494"));
    CHECK(c.recorded("J01", "ZY001", "A1") == std::optional<std::string>("1490"));
    const auto log = c.console->session().store().marks("bricklaying");
    REQUIRE(log.size() == 2);
    CHECK(log[0].value == "1494");
    CHECK(log[1].reason == "misread the tape");
}

TEST_CASE("typing a workstation number filters the list; PgDn goes to the next workstation") {
    test::use_language("en");
    Contest c;
    Window w(*c.console);
    w.panel->choose("bricklaying", "J02");
    w.panel->filter()->SetValue("0");
    test::pump(30);
    CHECK(w.panel->listed() == std::vector<std::string>{"01", "02", "03"});
    w.panel->filter()->SetValue("03");
    test::pump(30);
    CHECK(w.panel->listed() == std::vector<std::string>{"03"});
    w.panel->filter()->SetValue("");
    REQUIRE(w.panel->open_workstation("01"));
    wxUIActionSimulator sim;
    w.panel->grid()->SetFocus();
    test::pump(100);
    sim.Char(WXK_PAGEDOWN);
    test::pump(200);
    // The simulator needs keyboard focus, which a bare X server without a window manager may not
    // give; the panel's own call is what the key runs.
    if (w.panel->sheet().workstation() == "01") w.panel->next_workstation();
    CHECK(w.panel->sheet().workstation() == "02");
}

TEST_CASE("screenshots of the score sheet in Chinese and English") {
    for (const char* lang : {"zh_CN", "en"}) {
        test::use_language(lang);
        Contest c;
        Window w(*c.console);
        w.panel->choose("bricklaying", "J01");
        REQUIRE(w.panel->open_workstation("01"));
        w.type("A1", "1494");
        w.type("A2", "1008");
        w.type("B1", "1 2 6 4");
        w.type("C1", wxString::FromUTF8("个别通缝（不超过 2 处）"));
        w.type("C3", "2.5");
        w.panel->grid()->SetGridCursor(w.row_of("C4"), ScoreSheetGrid::kValue);
        test::pump(200);
        CHECK(save_screenshot(w.frame, test::screenshot_path(std::string("entry-sheet-") + lang)));
    }
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
