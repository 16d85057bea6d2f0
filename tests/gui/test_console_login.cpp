// Logging in on the console when roles are on: choosing a judge asks for their PIN (a wrong one
// is recorded and leaves the sheet read-only), marks are entered as the logged-in judge and
// only where require_may_enter allows, set-up changes ask for the organiser's password once.
// Without roles nobody is asked anything. Prompts are answered through the console's secret
// source, as the correction-reason tests answer theirs.
#include <doctest/doctest.h>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "entry_window.h"
#include "keyboard.h"
#include "login_contest.h"
#include "gui_fixture.h"
#include "services/importing.h"
#include "services/roles.h"
#include "ui/login_dialog.h"
#include "ui/main_frame.h"
#include "ui/panels.h"

using namespace plumb;
using ui::ScoreSheetGrid;

namespace {

using Contest = test::LoginContest;
using test::kPassword;
using test::kPinJ01;
using test::kPinJ02;

// The score entry panel with the judge list's selection at hand.
struct Window : test::EntryWindow {
    using EntryWindow::EntryWindow;
    wxString selected_judge() { return judge_list()->GetStringSelection(); }
};

}  // namespace

TEST_CASE(
    "with roles on, a wrong PIN leaves the sheet read-only and the failure is in the audit log") {
    test::use_language("en");
    Contest c(true);
    Window w(*c.console);
    // Nobody is logged in yet: no judge is chosen and the sheet takes nothing.
    CHECK(w.panel->judge().empty());
    CHECK(c.asked.empty());
    REQUIRE(w.panel->open_workstation("01"));
    CHECK(w.read_only("A1"));
    CHECK(w.panel->message().Contains("type your PIN"));
    CHECK_FALSE(c.console->logged_in());

    c.answer({"000000"});  // a wrong PIN, then cancel
    REQUIRE(w.pick("J01"));
    REQUIRE(c.asked.size() == 2);
    CHECK(c.asked[0].who == "J01");
    CHECK(c.asked[0].error.empty());
    CHECK(c.asked[1].error == "wrong PIN for J01");  // shown in the dialog for the next try
    CHECK(w.panel->judge().empty());
    CHECK(w.selected_judge().empty());
    CHECK(w.read_only("A1"));
    CHECK(w.read_only("C3"));
    const auto before = c.console->session().store().mark_count();
    CHECK_FALSE(w.panel->sheet().commit(w.row_of("A1"), "1494"));
    CHECK(w.panel->message().Contains("type your PIN to enter marks"));
    CHECK(c.console->session().store().mark_count() == before);

    const auto failures = c.audit("login.fail");
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].subject == "J01");
}

TEST_CASE(
    "the right PIN lets a judge's marks in under their name; one judge at a time: choosing another "
    "asks their PIN, and the judge before must give theirs again") {
    test::use_language("en");
    Contest c(true);
    Window w(*c.console);
    c.answer({kPinJ01});
    REQUIRE(w.pick("J01"));
    CHECK(c.asked.size() == 1);
    CHECK(w.panel->judge() == "J01");
    REQUIRE(w.panel->open_workstation("01"));
    CHECK_FALSE(w.read_only("A1"));
    w.type("A1", "1494");
    w.type("C3", "2.5");
    CHECK(c.recorded("J01", "ZY001", "A1") == std::optional<std::string>("1494"));
    CHECK(c.recorded("J01", "ZY001", "C3") == std::optional<std::string>("2.5"));
    for (const AuditRecord& r : c.audit("mark")) CHECK(r.actor == "J01");
    CHECK(c.audit("mark").size() == 2);

    // A refused PIN for another judge goes back to the judge logged in before.
    c.answer({std::nullopt});
    REQUIRE(w.pick("J02"));
    CHECK(w.panel->judge() == "J01");
    CHECK(w.selected_judge().StartsWith("J01"));
    CHECK(c.console->login_of("J01"));

    c.answer({kPinJ02});
    REQUIRE(w.pick("J02"));
    CHECK(w.panel->judge() == "J02");
    CHECK_FALSE(c.console->login_of("J01"));  // J01's PIN no longer counts
    c.answer({});
    REQUIRE(w.pick("J01"));  // asked again, and cancelled: J02 stays
    CHECK(c.asked.size() == 1);
    CHECK(w.panel->judge() == "J02");
    // J02 at the keyboard cannot enter J01's judgement scores through the console either.
    const auto before = c.console->session().store().mark_count();
    CHECK_THROWS_AS(c.console->record_mark("bricklaying", "01", "J01", "C4", "2", ""), ActionError);
    CHECK(c.console->session().store().mark_count() == before);

    w.panel->log_out();
    CHECK(w.panel->judge().empty());
    CHECK(w.read_only("A1"));
    CHECK_FALSE(c.console->logged_in());
    c.answer({});
    REQUIRE(w.pick("J01"));
    CHECK(c.asked.size() == 1);  // asked again, and cancelled
    CHECK(w.panel->judge().empty());
}

TEST_CASE(
    "logged out while typing: a first value is saved, a correction cannot be and is said so") {
    test::use_language("en");
    Contest c(true);
    Window w(*c.console);
    const auto idle = [&] {
        const auto now = ui::Console::Clock::now();
        c.console->touch(now);
        CHECK(c.console->log_out_if_idle(now + std::chrono::hours(1)));
    };
    c.answer({kPinJ01});
    REQUIRE(w.pick("J01"));
    REQUIRE(w.panel->open_workstation("01"));
    w.go_to("A1");
    test::type_text("1494");  // and the judge walks away, the cell still open
    REQUIRE(w.grid()->IsCellEditControlEnabled());
    idle();
    CHECK(c.recorded("J01", "ZY001", "A1") == std::optional<std::string>("1494"));
    CHECK(w.panel->judge().empty());
    CHECK_FALSE(w.panel->message().Contains("not saved"));
    // A correction needs its reason, and nobody is there to give it.
    c.answer({kPinJ01});
    REQUIRE(w.pick("J01"));
    REQUIRE(w.panel->open_workstation("01"));
    w.go_to("A1");
    test::type_text("1490");
    REQUIRE(w.grid()->IsCellEditControlEnabled());
    idle();
    CHECK(c.recorded("J01", "ZY001", "A1") == std::optional<std::string>("1494"));
    CHECK(w.panel->message().Contains("was not saved: type it again"));
}

TEST_CASE("after the idle minutes the console logs the judge out and says so") {
    test::use_language("en");
    Contest c(true);
    {
        Change change = c.console->session().store().begin(Actor{{}, "organiser", {}});
        change.set_setting("console.idle_logout_minutes", "3");  // the gate's to write; a test here
        change.commit();
        c.console->changed();
    }
    CHECK(c.console->idle_minutes() == 3);
    Window w(*c.console);
    c.answer({kPinJ01});
    REQUIRE(w.pick("J01"));
    REQUIRE(w.panel->open_workstation("01"));
    const auto start = ui::Console::Clock::now();
    c.console->touch(start);
    CHECK_FALSE(c.console->log_out_if_idle(start + std::chrono::seconds(179)));
    c.console->touch(start + std::chrono::seconds(170));  // a key press
    CHECK_FALSE(c.console->log_out_if_idle(start + std::chrono::seconds(300)));
    CHECK(c.console->log_out_if_idle(start + std::chrono::seconds(351)));
    CHECK(w.panel->judge().empty());
    CHECK(w.read_only("A1"));
    CHECK(w.panel->message().StartsWith(
        wxString::FromUTF8("J01  王建国 was logged out after 3 minutes without a key press")));
    CHECK_FALSE(c.console->log_out_if_idle(start + std::chrono::hours(1)));  // nobody left
}

TEST_CASE("a logged-in judge cannot enter another judge's judgement score") {
    test::use_language("en");
    Contest c(true);
    Window w(*c.console);
    c.answer({kPinJ01});
    REQUIRE(w.pick("J01"));
    REQUIRE(w.panel->judge() == "J01");
    // J02's sheet with J01 at the keyboard.
    w.panel->sheet().show("bricklaying", "J02", "01");
    CHECK_FALSE(w.panel->sheet().commit(w.row_of("C3"), "2"));
    CHECK(w.panel->message().Contains("J01 may not enter or change J02's marks"));
    CHECK_FALSE(c.recorded("J02", "ZY001", "C3"));
    const Login j01 = *c.console->login_of("J01");
    CHECK_THROWS_AS(c.console->record_mark(j01, "bricklaying", "01", "J02", "C3", "2", ""),
                    ActionError);
    // A measurement is one value per contestant: any judge of the event may enter it.
    CHECK(w.panel->sheet().commit(w.row_of("A1"), "1494"));
    CHECK(c.recorded("J02", "ZY001", "A1") == std::optional<std::string>("1494"));
    CHECK(c.audit("mark").back().actor == "J01");
}

TEST_CASE(
    "without roles the sheet starts with no judge and is read-only until a judge picks their "
    "name") {
    test::use_language("en");
    Contest c(false);
    Window w(*c.console);
    CHECK(w.panel->judge().empty());  // marks never default to the event's first judge
    CHECK(w.selected_judge().empty());
    REQUIRE(w.panel->open_workstation("01"));
    CHECK(w.read_only("A1"));
    CHECK(w.panel->message() == "Choose your name in the judge list to enter marks.");
    const auto before = c.console->session().store().mark_count();
    CHECK_FALSE(w.panel->sheet().commit(w.row_of("A1"), "1494"));
    CHECK(c.console->session().store().mark_count() == before);
    REQUIRE(w.pick("J02"));
    CHECK(w.panel->judge() == "J02");
    CHECK_FALSE(w.read_only("A1"));
    w.type("A1", "1494");
    CHECK(c.recorded("J02", "ZY001", "A1") == std::optional<std::string>("1494"));
    CHECK(c.audit("mark").back().actor == "J02");
    REQUIRE(c.console->organiser());
    CHECK(c.console->organiser()->actor().who == "organiser");
    CHECK(c.asked.empty());
}

TEST_CASE("set-up changes ask for the organiser's password once, until someone else logs in") {
    test::use_language("en");
    Contest c(true);
    auto* frame = new wxFrame(nullptr, wxID_ANY, "setup", wxDefaultPosition, wxSize(1280, 740));
    auto panel = ui::make_setup_panel(frame, *c.console);
    frame->Show();
    test::pump(100);
    wxWindow* add = panel->window()->FindWindow(XRCID("add_judge"));
    REQUIRE(add != nullptr);
    const auto click = [add] {
        wxCommandEvent e(wxEVT_BUTTON, XRCID("add_judge"));
        e.SetEventObject(add);
        add->GetEventHandler()->ProcessEvent(e);
        test::pump(30);
    };
    {
        test::DialogCatcher dialogs;
        c.answer({"not-the-password", std::nullopt});
        click();  // wrong, then cancelled: the judge dialog never opens
        REQUIRE(c.asked.size() == 2);
        CHECK(c.asked[0].who == "organiser");
        CHECK(c.asked[1].error == "wrong password for organiser");
        CHECK(dialogs.messages.empty());
        c.answer({kPassword});
        click();
        CHECK(c.asked.size() == 1);
        CHECK(dialogs.messages == std::vector<wxString>{"Add judge"});
        c.answer({});
        click();  // once, while the organiser stays logged in
        CHECK(c.asked.empty());
        CHECK(dialogs.messages.size() == 2);
        // A judge logging in at the console logs the organiser out: asked again.
        c.console->log_in("J01", kPinJ01);
        c.answer({std::nullopt});
        click();
        CHECK(c.asked.size() == 1);
        CHECK(dialogs.messages.size() == 2);
    }
    c.answer({kPassword});
    const auto organiser = c.console->organiser();
    REQUIRE(organiser);
    CHECK(organiser->role == Role::Organiser);
    CHECK(c.audit("login.fail").size() == 1);
    frame->Destroy();
    test::pump(50);
    panel.reset();
}

TEST_CASE("the PIN dialog speaks Chinese and shows why the last try was refused") {
    test::use_language("zh_CN");
    Contest c(true);
    wxString error;
    try {
        c.console->log_in("J01", "000000");
    } catch (const ActionError& e) {
        error = wxString::FromUTF8(e.what());
    }
    CHECK(error == wxString::FromUTF8("J01 的 PIN 不正确"));
    auto* frame = new wxFrame(nullptr, wxID_ANY, "login", wxDefaultPosition, wxSize(600, 400));
    frame->Show();
    {
        ui::LoginDialog dialog(frame, *c.console, "J01", error);
        dialog.dialog()->Show();
        test::pump(300);
        CHECK(dialog.dialog()->GetTitle() == wxString::FromUTF8("登录"));
        CHECK(save_screenshot(dialog.dialog(), test::screenshot_path("login-pin-zh_CN")));
    }
    {
        ui::LoginDialog dialog(frame, *c.console, kOrganiser, {});
        dialog.dialog()->Show();
        test::pump(300);
        CHECK(save_screenshot(dialog.dialog(), test::screenshot_path("login-organiser-zh_CN")));
    }
    frame->Destroy();
    test::pump(50);
    {
        // The score sheet with J01 logged in: the Log out button beside the judge list.
        c.answer({kPinJ01});
        Window w(*c.console);
        REQUIRE(w.pick("J01"));
        REQUIRE(w.panel->judge() == "J01");
        REQUIRE(w.panel->open_workstation("01"));
        w.type("A1", "1494");
        test::pump(200);
        CHECK(save_screenshot(w.frame, test::screenshot_path("entry-login-zh_CN")));
    }
    test::use_language("en");
}

TEST_CASE("the main window shows who is logged in, on every tab, with Log out beside it") {
    test::use_language("zh_CN");
    Contest c(true);
    const ui::FrameHost host = test::idle_host("zh_CN");
    ui::Console* console = c.console.get();
    ui::MainFrame frame(std::move(c.console), host);
    frame.frame()->Show();
    test::pump(100);
    auto* status = XRCCTRL(*frame.frame(), "login_status", wxStaticText);
    auto* log_out = XRCCTRL(*frame.frame(), "login_log_out", wxButton);
    CHECK(status->IsShown());
    CHECK(status->GetLabel() == wxString::FromUTF8("未登录"));
    CHECK_FALSE(log_out->IsShown());
    console->log_in("J01", kPinJ01);
    CHECK(status->GetLabel() == wxString::FromUTF8("已登录：J01  王建国"));
    CHECK(log_out->IsShown());
    frame.select("entry");
    test::pump(100);
    CHECK(save_screenshot(frame.frame(), test::screenshot_path("entry-login-badge-zh_CN")));
    // A key pressed anywhere in the window counts as someone at the console; no key, no one.
    using Clock = ui::Console::Clock;
    test::give_focus(frame.frame());
    console->touch(Clock::now() - std::chrono::hours(1));
    test::press_key(WXK_F12);
    CHECK_FALSE(console->log_out_if_idle(Clock::now()));
    console->touch(Clock::now() - std::chrono::hours(1));
    CHECK(console->log_out_if_idle(Clock::now()));
    CHECK(status->GetLabel() == wxString::FromUTF8("未登录"));
    console->log_in("J01", kPinJ01);
    wxCommandEvent click(wxEVT_BUTTON, log_out->GetId());
    click.SetEventObject(log_out);
    log_out->GetEventHandler()->ProcessEvent(click);
    CHECK_FALSE(console->logged_in());
    CHECK(status->GetLabel() == wxString::FromUTF8("未登录"));
    frame.frame()->Destroy();
    test::pump(50);
    test::use_language("en");
}
