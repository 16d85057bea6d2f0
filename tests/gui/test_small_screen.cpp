// A judge's small laptop: run on a 1024x600 screen (ctest test_gui_1024x600; the other cases run
// at 1366x768 and skip these). The main window fits the screen, the sheet's state column, every
// aspect of the progress grid with its spread flags, the status bar and the save dialog are on
// it. Screenshots of every tab in both languages go to build/screenshots.
#include <doctest/doctest.h>

#include <wx/display.h>
#include <wx/filedlg.h>
#include <wx/frame.h>
#include <wx/grid.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/timer.h>
#include <wx/uiaction.h>
#include <wx/xrc/xmlres.h>

#include "entry_contest.h"
#include "gui_fixture.h"
#include "keyboard.h"
#include "small_screen.h"
#include "ui/chief_panel.h"
#include "ui/entry_panel.h"
#include "ui/file_dialog.h"
#include "ui/main_frame.h"
#include "ui/results_panel.h"
#include "ui/score_sheet_grid.h"

using namespace plumb;

namespace {

using test::on_screen;
using test::screen_area;

struct Console1024 {
    test::DemoConsole demo;
    ui::FrameHost host;
    std::unique_ptr<ui::MainFrame> frame;
    explicit Console1024(const std::string& lang, int contestants = 10) : demo(contestants) {
        test::use_language(lang);
        host = test::idle_host(lang);
        frame = std::make_unique<ui::MainFrame>(std::move(demo.console), host);
        frame->frame()->Show();
        test::pump(300);
    }
    ~Console1024() {
        frame->frame()->Destroy();
        test::pump(50);
        test::use_language("en");
    }
};

// The right edge of a grid's last column lies inside the grid's window (no scrolling needed).
bool last_column_in_view(wxGrid* grid) {
    const int last = grid->GetNumberCols() - 1;
    const wxRect cell = grid->CellToRect(0, last);
    return grid->GetRowLabelSize() + cell.GetRight() <= grid->GetClientSize().x;
}

}  // namespace

TEST_CASE("1024x600: every tab fits the screen; the sheet's state and every progress column show") {
    REQUIRE(screen_area().width <= 1024);
    for (const char* lang : {"zh_CN", "en"}) {
        CAPTURE(lang);
        Console1024 c(lang);
        wxFrame* frame = c.frame->frame();
        CHECK(on_screen(frame->GetScreenRect()));
        wxStatusBar* status = frame->GetStatusBar();
        REQUIRE(status);
        CHECK(on_screen(status->GetScreenRect()));
        for (const char* tab : {"setup", "entry", "progress", "results", "chief"}) {
            c.frame->select(tab);
            test::pump(200);
            if (std::string(tab) == "entry" || std::string(tab) == "progress") {
                auto* grid = dynamic_cast<wxGrid*>(
                    frame->FindWindow(std::string(tab) == "entry" ? "sheet_grid" : "matrix"));
                REQUIRE(grid);
                CHECK(on_screen(grid->GetScreenRect()));
                CHECK(last_column_in_view(grid));
                // A long value on the sheet is cut at its cell: it ran on into an empty Mark cell.
                if (std::string(tab) == "entry")
                    for (int r = 0; r < grid->GetNumberRows(); ++r)
                        for (int col = 0; col < grid->GetNumberCols(); ++col)
                            CHECK_FALSE(grid->GetCellOverflow(r, col));
            }
            if (std::string(tab) == "entry") {
                // The heading at its own font's size ("01 号工位" was clipped to "01 号").
                auto* title = dynamic_cast<wxStaticText*>(frame->FindWindow("sheet_title"));
                REQUIRE(title);
                const wxSize text = title->GetTextExtent(title->GetLabel());
                CHECK(title->GetSize().x >= text.x);
                CHECK(title->GetSize().y >= text.y);
            }
            CHECK(save_screenshot(frame,
                                  test::screenshot_path(std::string(tab) + "-1024x600-" + lang)));
        }
    }
}

TEST_CASE("1024x600: every page of the chief judge's tab shows its buttons and its list") {
    for (const char* lang : {"zh_CN", "en"}) {
        CAPTURE(lang);
        Console1024 c(lang);
        wxFrame* frame = c.frame->frame();
        auto* chief = dynamic_cast<ui::ChiefPanel*>(c.frame->select("chief"));
        REQUIRE(chief);
        const char* const pages[] = {"lock", "appeals", "double-entry", "audit"};
        const std::vector<std::vector<const char*>> controls = {
            {"event_states", "lock_event", "reveal_event", "blockers"},
            {"appeal_list", "lodge_appeal", "decide_appeal", "appeal_detail"},
            {"double_entry_on", "pair_list"},
            {"audit_list", "verify_audit", "check_seal", "check_certificate", "check_hr_file",
             "audit_result"}};
        for (std::size_t p = 0; p < controls.size(); ++p) {
            CAPTURE(pages[p]);
            chief->book()->SetSelection(p);
            chief->refresh_if_stale(static_cast<int>(p));
            test::pump(200);
            for (const char* name : controls[p]) {
                CAPTURE(name);
                wxWindow* w = frame->FindWindow(name);
                if (!w) w = frame->FindWindow(XRCID(name));
                REQUIRE(w);
                CHECK(w->IsShownOnScreen());
                CHECK(on_screen(w->GetScreenRect()));
                CHECK(w->GetSize().x > 20);
                CHECK(w->GetSize().y > 10);
            }
            CHECK(save_screenshot(frame, test::screenshot_path(std::string("chief-") + pages[p] +
                                                               "-1024x600-" + lang)));
        }
    }
}

// "技术能手、…": a contestant's second title (技术状元) was cut off on a small laptop.
TEST_CASE("1024x600: a contestant's titles show whole on the results page") {
    Console1024 c("zh_CN", 40);
    auto* results = dynamic_cast<ui::ResultsPanel*>(c.frame->select("results"));
    REQUIRE(results);
    int shown = 0;
    for (const Event& e : c.frame->console()->competition().events) {
        results->select_event(e.code);
        test::pump(200);
        ui::ResultsList* list = results->ranked();
        for (long i = 0; i < list->GetItemCount(); ++i) {
            if (list->row(i)->titles.size() < 2) continue;
            const wxString titles = list->GetItemText(i, ui::ResultsList::kTitles);
            CAPTURE(titles);
            CHECK(titles.Contains(wxString::FromUTF8("技术状元")));
            CHECK(list->GetColumnWidth(ui::ResultsList::kTitles) > list->GetTextExtent(titles).x);
            // Its column ends on the screen, not under the list's right edge.
            int right = 0;
            for (int col = 0; col <= ui::ResultsList::kTitles; ++col)
                right += list->GetColumnWidth(col);
            CHECK(right <= list->GetClientSize().x);
            if (shown++ == 0)
                CHECK(save_screenshot(c.frame->frame(),
                                      test::screenshot_path("results-titles-1024x600-zh_CN")));
        }
    }
    CHECK(shown > 0);  // the demo has a champion with both titles
}

TEST_CASE("1024x600: the save dialog of an export is on the screen, its file name with it") {
    Console1024 c("zh_CN");
    wxFrame* frame = c.frame->frame();
    wxFileDialog dialog(frame, wxString::FromUTF8("保存成绩"), {}, "results.xlsx",
                        "Excel (*.xlsx)|*.xlsx", wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    test::check_dialog_on_screen(dialog, "save-dialog-1024x600-zh_CN");
}

TEST_CASE(
    "1024x600: the score sheet as a judge types it, in Chinese and English (README's pictures)") {
    for (const char* lang : {"zh_CN", "en"}) {
        test::use_language(lang);
        test::EntryContest contest;
        const ui::FrameHost host = test::idle_host(lang);
        ui::MainFrame frame(std::move(contest.console), host);
        frame.frame()->Show();
        test::pump(300);
        test::give_focus(frame.frame());
        auto* entry = dynamic_cast<ui::EntryPanel*>(frame.select("entry"));
        REQUIRE(entry);
        entry->choose("bricklaying", "J01");
        REQUIRE(entry->open_workstation("01"));
        wxGrid* grid = entry->grid();
        for (const auto& [row, typed] : std::vector<std::pair<int, const char*>>{
                 {0, "1494"}, {1, "1008"}, {4, "1 2 6 4"}, {11, "2"}, {12, "1"}, {13, "3.5"}}) {
            grid->GetGridWindow()->SetFocus();
            grid->SetGridCursor(row, ui::ScoreSheetGrid::kValue);
            test::type_text(typed);
            test::press_key(WXK_RETURN);
        }
        CHECK(entry->sheet().refused_row() == 13);  // C3's 3.5, held in its cell
        test::pump(200);
        CHECK(save_screenshot(frame.frame(),
                              test::screenshot_path(std::string("score-entry-1024x600-") + lang)));
        frame.frame()->Destroy();
        test::pump(50);
    }
    test::use_language("en");
}
