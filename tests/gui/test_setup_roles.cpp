// The organiser's roles page and a contestant added by hand, driven with real keys and clicks:
// the first password turns roles on, PINs and a chief judge are set through the gate (a short PIN
// refused in the form), a contestant typed in is registered, and a chief judge changes a status
// with their own PIN while the organiser is not logged in. Outcomes are read from the database.
#include <doctest/doctest.h>

#include <algorithm>

#include <wx/frame.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "login_contest.h"
#include "modal_script.h"
#include "services/roles.h"
#include "ui/panels.h"
#include "ui/setup_row_list.h"

using namespace plumb;

namespace {

wxString zh(const char* text) {
    return wxString::FromUTF8(text);
}

// The Set-up tab in a frame, one of its pages in view.
struct SetupWindow {
    wxFrame* frame;
    std::unique_ptr<ui::TaskPanel> panel;
    wxNotebook* book = nullptr;
    explicit SetupWindow(ui::Console& console) {
        frame = new wxFrame(nullptr, wxID_ANY, "setup", wxPoint(0, 0), wxSize(1280, 740));
        auto* tasks = new wxNotebook(frame, wxID_ANY);
        panel = ui::make_setup_panel(tasks, console);
        tasks->AddPage(panel->window(), panel->title());
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(tasks, 1, wxEXPAND);
        frame->SetSizer(sizer);
        frame->Show();
        book = XRCCTRL(*panel->window(), "setup_book", wxNotebook);
        test::pump(300);
        test::give_focus(frame);
    }
    ~SetupWindow() {
        frame->Destroy();
        test::pump(50);
    }
    wxWindow* page(const char* name) {
        for (std::size_t i = 0; i < book->GetPageCount(); ++i)
            if (book->GetPage(i)->GetName() == wxString("setup_") + name) {
                book->SetSelection(i);
                test::pump(200);
                return book->GetPage(i);
            }
        FAIL("no set-up page " << name);
        return nullptr;
    }
    ui::RowList* list(wxWindow* page, const char* name) {
        auto* l = dynamic_cast<ui::RowList*>(page->FindWindow(name));
        REQUIRE(l != nullptr);
        return l;
    }
};

void type_secret_twice(wxDialog* form, const char* secret) {
    test::type_into(XRCCTRL(*form, "secret_new", wxTextCtrl), secret);
    test::type_into(XRCCTRL(*form, "secret_again", wxTextCtrl), secret);
    test::click_ok(form);
}

}  // namespace

TEST_CASE("the roles page: the first password turns roles on, then PINs and a chief judge") {
    test::use_language("zh_CN");
    test::LoginContest c(false);
    SetupWindow w(*c.console);
    wxWindow* roles = w.page("roles");
    CHECK(XRCCTRL(*roles, "roles_state", wxStaticText)->GetLabel().StartsWith(zh("角色权限未启用")));
    CHECK(save_screenshot(w.frame, test::screenshot_path("setup-roles-off-zh_CN")));
    {
        test::ModalScript forms;
        forms.then([](wxDialog* form) {
            // Two different entries are caught in the form before the services see them.
            test::type_into(XRCCTRL(*form, "secret_new", wxTextCtrl), "site-office-2019");
            test::type_into(XRCCTRL(*form, "secret_again", wxTextCtrl), "site-office-2018");
            test::click_ok(form);
            CHECK(form->IsModal());
            CHECK(XRCCTRL(*form, "secret_error", wxStaticText)->GetLabel() ==
                  zh("两次输入不一致：请输入两次相同的内容。"));
            type_secret_twice(form, test::kPassword);
        });
        test::click(roles->FindWindow(XRCID("set_password")));
        CHECK(forms.forms == std::vector<wxString>{zh("组委会密码")});
    }
    CHECK(roles_configured(c.console->session().store()));
    CHECK(c.console->log_in(kOrganiser, test::kPassword).who == kOrganiser);
    CHECK(XRCCTRL(*roles, "roles_state", wxStaticText)->GetLabel().StartsWith(zh("角色权限已启用")));
    CHECK(XRCCTRL(*roles, "roles_login", wxStaticText)->GetLabel() ==
          zh("本控制台当前登录：组委会"));

    ui::RowList* judges = w.list(roles, "role_list");
    judges->select_only(0);  // J01
    {
        test::ModalScript forms;
        forms.then([](wxDialog* form) {
            type_secret_twice(form, "12345");  // the gate: 6 to 12 digits
            CHECK(form->IsModal());
            CHECK(XRCCTRL(*form, "secret_error", wxStaticText)->GetLabel().Contains("6"));
            CHECK(save_screenshot(form, test::screenshot_path("setup-pin-refused-zh_CN")));
            type_secret_twice(form, "135790");
        });
        test::click(roles->FindWindow(XRCID("set_pin")));
    }
    CHECK(has_pin(c.console->session().store(), "J01"));
    CHECK(c.console->log_in("J01", "135790").who == "J01");
    CHECK(judges->row(0).at(3) == zh("已设置"));

    // J02 becomes chief judge of bricklaying (the organiser logs in again: J01 replaced them).
    c.answer({test::kPassword});
    judges->select_only(1);
    {
        test::ModalScript forms;
        forms.then([](wxDialog* form) { test::click_ok(form); });  // the first event listed
        test::click(roles->FindWindow(XRCID("set_chief")));
        CHECK(forms.forms == std::vector<wxString>{zh("裁判长")});
    }
    CHECK(chief_judge(c.console->session().store(), "bricklaying") == "J02");
    CHECK(judges->row(1).at(4) == zh("砌筑工"));
    CHECK(save_screenshot(w.frame, test::screenshot_path("setup-roles-zh_CN")));
}

TEST_CASE("a contestant added by hand is registered; a refused one stays in the form") {
    test::use_language("en");
    test::LoginContest c(false);
    SetupWindow w(*c.console);
    wxWindow* page = w.page("contestants");
    const auto typed = [](wxDialog* form, const char* id) {
        test::type_into(XRCCTRL(*form, "add_reg", wxTextCtrl), "ZY201");
        test::type_into(XRCCTRL(*form, "add_name", wxTextCtrl), zh("王强"));
        test::type_into(XRCCTRL(*form, "add_id", wxTextCtrl), id);
        test::type_into(XRCCTRL(*form, "add_employer", wxTextCtrl), "Jiaozuo Builders");
        test::type_into(XRCCTRL(*form, "add_workstation", wxTextCtrl), "04");
    };
    const std::size_t registered = c.audit("contestant.add").size();
    test::ModalScript forms;
    forms.then([&](wxDialog* form) {
        typed(form, "410802199203052017");  // a wrong check digit
        test::click_ok(form);
        CHECK(form->IsModal());
        XRCCTRL(*form, "add_id", wxTextCtrl)->Clear();
        test::type_into(XRCCTRL(*form, "add_id", wxTextCtrl), "410802199203052016");
        test::click_ok(form);
    });
    test::click(page->FindWindow(XRCID("add_contestant")));
    REQUIRE(forms.messages.size() == 1);
    CHECK(forms.messages[0].Contains("The contestant was not registered."));
    const auto all = c.console->session().contestants();
    const auto added = std::find_if(all.begin(), all.end(), [](const Contestant& x) {
        return x.registration_no == "ZY201";
    });
    REQUIRE(added != all.end());
    CHECK(added->name == "王强");
    CHECK(added->event == "bricklaying");
    CHECK(added->workstation == "04");
    CHECK(added->gender == "男");
    CHECK(c.audit("contestant.add").size() == registered + 1);
}

TEST_CASE("a chief judge changes a status with their PIN while the organiser is not logged in") {
    test::use_language("en");
    test::LoginContest c(true);
    set_chief_judge(c.console->session(), Login{kOrganiser, Role::Organiser}, "bricklaying",
                    "J02");
    SetupWindow w(*c.console);
    wxWindow* page = w.page("contestants");
    ui::RowList* list = w.list(page, "contestant_list");
    list->select_only(0);  // ZY001, bricklaying
    c.answer({test::kPinJ02});
    test::ModalScript forms;
    forms.then([](wxDialog* form) {
        test::type_into(XRCCTRL(*form, "status_reason", wxTextCtrl), "did not arrive");
        test::click_ok(form);
    });
    test::click(page->FindWindow(XRCID("set_status")));
    REQUIRE(c.asked.size() == 1);
    CHECK(c.asked[0].who == "J02");  // the event's chief judge, not the organiser's password
    const auto statuses = c.audit("status");
    REQUIRE(statuses.size() == 1);
    CHECK(statuses[0].actor == "J02");
    for (const Contestant& x : c.console->session().contestants())
        if (x.registration_no == "ZY001") CHECK(x.status == ContestantStatus::Absent);
}
