// The announce board: winners from the last prize up to first, one key press each; the trade
// chooser; names only once revealed; Esc leaves. Screenshots of the first and final steps.
#include <doctest/doctest.h>

#include <wx/frame.h>
#include <wx/weakref.h>

#include "gui_fixture.h"
#include "services/result_state.h"
#include "services/viewing.h"
#include "ui/announce_board.h"
#include "ui/wx_text.h"

using namespace plumb;

namespace {

void press(ui::AnnounceBoard* board, int key, bool shift = false) {
    wxKeyEvent e(wxEVT_CHAR_HOOK);
    e.m_keyCode = key;
    e.SetShiftDown(shift);
    e.SetEventObject(board->canvas());
    board->canvas()->ProcessWindowEvent(e);
    test::pump(30);
}

int rank_order(const std::string& award) {
    if (award == "merit") return 1;
    if (award == "third") return 2;
    if (award == "second") return 3;
    if (award == "first") return 4;
    return 0;
}

}  // namespace

TEST_CASE("the board steps from the last prize up to first, one key press each; Esc leaves") {
    for (const std::string lang : {"zh_CN", "en"}) {
        test::use_language(lang);
        test::DemoConsole demo;
        reveal_event(demo.console->session(), unchecked_login("chief"), "bricklaying");
        const EventResults results = demo.console->session().results("bricklaying");
        int winners = 0;
        for (const ResultRow& r : results.rows) winners += !r.award.empty();
        REQUIRE(winners == 10);  // 1 first, 2 second, 3 third, 4 merit

        wxWeakRef<ui::AnnounceBoard> board(
            ui::open_announce_board(nullptr, *demo.console, "bricklaying"));
        test::pump(300);
        REQUIRE(board);
        CHECK(board->event() == "bricklaying");
        CHECK(board->steps() == winners);
        CHECK(board->step() == 0);
        CHECK(board->current() == nullptr);
        CHECK(board->GetSize().x >= 1366);  // the whole screen
        // The Chinese board speaks Chinese: the trade's English name only on the English one.
        CHECK(board->picture().trade_en == (lang == "en" ? wxString("Bricklaying") : wxString()));
        CHECK(save_screenshot(board, test::screenshot_path("announce-title-" + lang)));

        press(board, WXK_SPACE);
        REQUIRE(board->current() != nullptr);
        CHECK(board->step() == 1);
        CHECK(board->current()->award == "merit");
        CHECK(board->current()->rank == 10);  // the lowest-placed winner comes first
        CHECK(board->picture().name == ui::u8(results.rows.at(9).name));
        CHECK(save_screenshot(board, test::screenshot_path("announce-first-" + lang)));

        int last_order = rank_order("merit");
        for (const int key : {WXK_RIGHT, WXK_RETURN, WXK_PAGEDOWN, WXK_SPACE, WXK_SPACE, WXK_SPACE,
                              WXK_SPACE, WXK_SPACE, WXK_SPACE}) {
            const int step = board->step();
            press(board, key);
            CHECK(board->step() == step + 1);
            CHECK(rank_order(board->current()->award) >= last_order);  // never a lower prize
            last_order = rank_order(board->current()->award);
        }
        CHECK(board->step() == winners);
        CHECK(board->current()->award == "first");
        CHECK(board->current()->rank == 1);
        CHECK(board->picture().prize == ui::award_label("first"));
        test::pump(100);
        CHECK(save_screenshot(board, test::screenshot_path("announce-final-" + lang)));

        press(board, WXK_SPACE);  // nothing after first prize
        CHECK(board->step() == winners);
        press(board, WXK_LEFT);
        CHECK(board->step() == winners - 1);
        press(board, WXK_PAGEUP);
        CHECK(board->step() == winners - 2);
        CHECK(board->current()->award == "second");

        press(board, WXK_ESCAPE);
        test::pump(100);
        CHECK_FALSE(board);  // closed and destroyed
    }
}

TEST_CASE("without an event the board asks for a trade; numbers and Tab switch trades") {
    test::use_language("zh_CN");
    test::DemoConsole demo;
    const auto& events = demo.console->competition().events;
    reveal_event(demo.console->session(), unchecked_login("chief"), events.at(2).code);
    wxWeakRef<ui::AnnounceBoard> board(ui::open_announce_board(nullptr, *demo.console, ""));
    test::pump(300);
    REQUIRE(board);
    CHECK(board->choosing());
    CHECK(board->picture().kind == ui::BoardPicture::Kind::Chooser);
    CHECK(board->picture().trades.size() == events.size());
    // Trades not revealed yet are listed as drafts.
    CHECK(board->picture().trades.at(0).Contains(wxString::FromUTF8("草稿 DRAFT")));
    CHECK_FALSE(board->picture().trades.at(2).Contains(wxString::FromUTF8("草稿")));
    CHECK(save_screenshot(board, test::screenshot_path("announce-chooser-zh_CN")));
    press(board, WXK_DOWN);
    CHECK(board->picture().highlight == 1);
    CHECK(board->choosing());
    press(board, WXK_RETURN);
    CHECK(board->event() == events.at(1).code);

    press(board, '3');
    CHECK(board->event() == events.at(2).code);
    press(board, WXK_SPACE);
    CHECK(board->step() == 1);
    press(board, WXK_TAB);
    CHECK(board->event() == events.at(3).code);
    CHECK(board->step() == 0);  // a new trade starts at its title card
    press(board, WXK_TAB, true);
    CHECK(board->event() == events.at(2).code);
    board->Close();
    test::pump(100);
    CHECK_FALSE(board);
}

TEST_CASE("before the reveal the board shows the trade as 草稿 DRAFT and announces nobody") {
    test::use_language("en");
    test::DemoConsole demo;
    lock_results(demo.console->session(), unchecked_login("chief"), "rebar", "checked");
    const EventResults results = demo.console->session().results("rebar");
    wxWeakRef<ui::AnnounceBoard> board(ui::open_announce_board(nullptr, *demo.console, "rebar"));
    test::pump(200);
    REQUIRE(board);
    CHECK_FALSE(board->revealed());  // locked is not enough: the names are the reveal's
    CHECK(board->steps() == 0);
    ui::BoardPicture p = board->picture();
    CHECK(p.kind == ui::BoardPicture::Kind::Title);
    CHECK(p.heading == wxString::FromUTF8("草稿 DRAFT"));
    CHECK(p.warning.Contains("reveals"));
    press(board, WXK_END);
    press(board, WXK_SPACE);
    CHECK(board->current() == nullptr);  // no winner, no workstation, no name
    p = board->picture();
    for (const wxString& shown : {p.heading, p.subheading, p.warning, p.name, p.detail}) {
        CHECK_FALSE(shown.Contains(ui::u8(results.rows.at(0).name)));
        CHECK_FALSE(shown.Contains(ui::u8(results.rows.at(0).workstation)));
    }
    CHECK(save_screenshot(board, test::screenshot_path("announce-draft-en")));
    board->Close();
    test::pump(100);
}
