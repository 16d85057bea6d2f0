// Logging in on the console when roles are on: choosing a judge asks for their PIN (a wrong one
// is recorded and leaves the sheet read-only), marks are entered as the logged-in judge and
// only where require_may_enter allows, set-up changes ask for the organiser's password once.
// Without roles nobody is asked anything. Prompts are answered through the console's secret
// source, as the correction-reason tests answer theirs.
#include <doctest/doctest.h>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/xrc/xmlres.h>

#include "entry_window.h"
#include "gui_fixture.h"
#include "services/roles.h"
#include "ui/login_dialog.h"
#include "ui/panels.h"

using namespace plumb;
using ui::ScoreSheetGrid;

namespace {

constexpr const char* kPassword = "site-office-2019";
constexpr const char* kPinJ01 = "481516";
constexpr const char* kPinJ02 = "234200";

// The demo definition and the CLI test roster (bricklaying at 01..03); with roles, the
// organiser's password and PINs for J01 and J02 are set through the services.
struct Contest {
    std::filesystem::path dir;
    std::unique_ptr<ui::Console> console;
    struct Asked {
        std::string who, error;
    };
    std::vector<Asked> asked;
    std::vector<std::optional<std::string>> answers;  // given in order; then cancel

    explicit Contest(bool roles) {
        char tmpl[] = "/tmp/plumb-login-XXXXXX";
        dir = mkdtemp(tmpl);
        const Actor organiser{{}, "organiser", {}};
        auto s = CompetitionSession::init(
            dir / "c.plumb", std::filesystem::path(PLUMB_DATA_DIR) / "demo/zhengyun-cup.toml",
            organiser);
        s.import_roster(std::filesystem::path(TEST_DATA_DIR) / "cli/roster.csv", organiser);
        if (roles) {
            const Login by{kOrganiser, Role::Organiser};
            set_organiser_password(s, kPassword, Login{});
            set_judge_pin(s, "J01", kPinJ01, by);
            set_judge_pin(s, "J02", kPinJ02, by);
        }
        console = std::make_unique<ui::Console>(std::make_unique<CompetitionSession>(std::move(s)));
        console->set_secret_source([this](const std::string& who, const std::string& error) {
            asked.push_back({who, error});
            if (asked.size() > answers.size()) return std::optional<std::string>();
            return answers[asked.size() - 1];
        });
    }
    ~Contest() {
        console.reset();
        std::filesystem::remove_all(dir);
    }
    void answer(std::vector<std::optional<std::string>> given) {
        asked.clear();
        answers = std::move(given);
    }
    std::optional<std::string> recorded(const char* judge, const char* reg, const char* aspect) {
        return console->session().store().current_mark(judge, reg, aspect);
    }
    std::vector<AuditRecord> audit(const char* action) {
        return console->session().store().audit_records({action});
    }
};

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
    CHECK(XRCCTRL(*w.panel->window(), "entry_log_out", wxButton)->IsShown());

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
    "the right PIN lets a judge's marks in under their name; switching back asks no more until Log "
    "out") {
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

    c.answer({kPinJ02});
    REQUIRE(w.pick("J02"));
    CHECK(w.panel->judge() == "J02");
    c.answer({});
    REQUIRE(w.pick("J01"));  // remembered for this console session
    CHECK(c.asked.empty());
    CHECK(w.panel->judge() == "J01");

    w.panel->log_out();
    CHECK(w.panel->judge().empty());
    CHECK(w.read_only("A1"));
    c.answer({});
    REQUIRE(w.pick("J01"));
    CHECK(c.asked.size() == 1);  // asked again, and cancelled
    CHECK(w.panel->judge().empty());
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

TEST_CASE("without roles the console asks for nothing and records the judge as before") {
    test::use_language("en");
    Contest c(false);
    Window w(*c.console);
    CHECK(w.panel->judge() == "J01");  // the event's first judge, as always
    CHECK_FALSE(XRCCTRL(*w.panel->window(), "entry_log_out", wxButton)->IsShown());
    REQUIRE(w.pick("J02"));
    CHECK(w.panel->judge() == "J02");
    REQUIRE(w.panel->open_workstation("01"));
    w.type("A1", "1494");
    CHECK(c.recorded("J02", "ZY001", "A1") == std::optional<std::string>("1494"));
    CHECK(c.audit("mark").back().actor == "J02");
    REQUIRE(c.console->organiser());
    CHECK(c.console->organiser()->actor().who == "organiser");
    CHECK(c.asked.empty());
}

TEST_CASE("set-up changes ask for the organiser's password once per console session") {
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
        click();  // once per console session
        CHECK(c.asked.empty());
        CHECK(dialogs.messages.size() == 2);
    }
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
