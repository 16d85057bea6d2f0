// With roles on, the Set-up lists keep the master blind to a judge walking past: names, ID
// numbers, employers and workstations (and who drew which) only after the organiser's password,
// and hidden again once the organiser is logged out.
#include <doctest/doctest.h>

#include <wx/button.h>
#include <wx/frame.h>
#include <wx/notebook.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "gui_fixture.h"
#include "login_contest.h"
#include "services/roster_admin.h"
#include "ui/panels.h"
#include "ui/setup_row_list.h"

using namespace plumb;

namespace {

template <class T>
T* find(wxWindow* root, const wxString& name) {
    for (wxWindow* child : root->GetChildren()) {
        if (auto* t = dynamic_cast<T*>(child); t && child->GetName() == name) return t;
        if (T* t = find<T>(child, name)) return t;
    }
    return nullptr;
}

// The Set-up panel in a frame, on its contestants page.
struct SetupWindow {
    wxFrame* frame;
    std::unique_ptr<ui::TaskPanel> panel;
    explicit SetupWindow(ui::Console& console) {
        frame = new wxFrame(nullptr, wxID_ANY, "setup", wxDefaultPosition, wxSize(1280, 740));
        panel = ui::make_setup_panel(frame, console);
        frame->Show();
        XRCCTRL(*panel->window(), "setup_book", wxNotebook)->SetSelection(1);
        test::pump(100);
    }
    ~SetupWindow() {
        frame->Destroy();
        test::pump(50);
    }
    ui::RowList* list(const char* name) { return find<ui::RowList>(panel->window(), name); }
    wxStaticText* note() { return find<wxStaticText>(panel->window(), "roster_hidden_note"); }
};

}  // namespace

TEST_CASE(
    "with roles on, contestants' names, ID numbers and workstations show only to the organiser") {
    test::use_language("en");
    test::LoginContest c(true);
    SetupWindow w(*c.console);
    ui::RowList* list = w.list("contestant_list");
    REQUIRE(list);
    REQUIRE(list->row_count() > 0);
    const auto first = list->row(0);
    CHECK(first[0] == "ZY001");
    for (int column : {1, 2, 4, 6})
        CHECK(first[static_cast<std::size_t>(column)] == wxString::FromUTF8("•••"));
    CHECK(w.note()->IsShownOnScreen());
    // Searching a hidden field finds nothing (what it found would tell).
    auto* search = find<wxSearchCtrl>(w.panel->window(), "contestant_search");
    search->SetValue(wxString::FromUTF8("王铁柱"));
    test::pump(30);
    CHECK(list->row_count() == 0);
    search->SetValue("ZY001");
    test::pump(30);
    CHECK(list->row_count() == 1);
    search->SetValue("");
    test::pump(30);

    // The organiser gives the password (the note's button): everything shows.
    c.answer({test::kPassword});
    auto* button = find<wxButton>(w.panel->window(), "show_roster");
    REQUIRE(button);
    wxCommandEvent show(wxEVT_BUTTON, button->GetId());
    show.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(show);
    test::pump(30);
    CHECK(c.asked.size() == 1);
    CHECK(list->row(0)[1] == wxString::FromUTF8("王铁柱"));
    CHECK(list->row(0)[6] == "01");
    CHECK_FALSE(w.note()->IsShownOnScreen());
    CHECK(save_screenshot(w.frame, test::screenshot_path("setup-contestants-organiser-en")));

    // A judge logs in at the console: hidden again at once.
    c.console->log_in("J01", test::kPinJ01);
    test::pump(30);
    CHECK(list->row(0)[1] == wxString::FromUTF8("•••"));
    CHECK(w.note()->IsShownOnScreen());
    CHECK(save_screenshot(w.frame, test::screenshot_path("setup-contestants-hidden-en")));
}

TEST_CASE(
    "with roles on, a revealed event's names show to all, its ID numbers to the organiser only") {
    test::use_language("en");
    test::LoginContest c(true);
    {
        // The test's setting: bricklaying revealed (the reveal's own rules are tested elsewhere).
        Change change = c.console->session().store().begin(Actor{{}, "organiser", "test"});
        EventState revealed("bricklaying");
        revealed.locked = revealed.revealed = true;
        change.set_event_state(revealed);
        change.commit();
    }
    SetupWindow w(*c.console);
    ui::RowList* list = w.list("contestant_list");
    REQUIRE(list);
    REQUIRE(list->row_count() > 0);
    CHECK(list->row(0)[1] == wxString::FromUTF8("王铁柱"));  // the name: announced
    CHECK(list->row(0)[2] == wxString::FromUTF8("•••"));     // the ID number: not
    CHECK(w.note()->IsShownOnScreen());
    auto* search = find<wxSearchCtrl>(w.panel->window(), "contestant_search");
    const std::string id =
        c.console->session().store().contestant_at("bricklaying", "01")->id_number;
    REQUIRE_FALSE(id.empty());
    search->SetValue(wxString::FromUTF8(id));
    test::pump(30);
    CHECK(list->row_count() == 0);  // an ID number is not found by those who may not see it
    search->SetValue("");
    c.console->log_in(kOrganiser, test::kPassword);
    test::pump(30);
    CHECK(list->row(0)[2] == wxString::FromUTF8(id));
    CHECK_FALSE(w.note()->IsShownOnScreen());
}

TEST_CASE(
    "with roles on, the draw list hides who drew which workstation from all but the organiser") {
    test::use_language("zh_CN");
    test::LoginContest c(true);
    {
        const Login organiser{kOrganiser, Role::Organiser};
        draw(c.console->session(), organiser, "bricklaying", 7);
        c.console->changed();
    }
    SetupWindow w(*c.console);
    XRCCTRL(*w.panel->window(), "setup_book", wxNotebook)->SetSelection(3);
    test::pump(100);
    ui::RowList* list = w.list("draw_list");
    REQUIRE(list);
    REQUIRE(list->row_count() == 3);
    for (long r = 0; r < list->row_count(); ++r) {
        CHECK(list->row(r)[2] == wxString::FromUTF8("•••"));
        CHECK(list->row(r)[3] == wxString::FromUTF8("•••"));
    }
    c.console->log_in(kOrganiser, test::kPassword);
    test::pump(30);
    CHECK(list->row(0)[2].StartsWith("ZY"));
    test::use_language("en");
}

TEST_CASE("without roles the roster shows everything, as before") {
    test::use_language("en");
    test::LoginContest c(false);
    SetupWindow w(*c.console);
    ui::RowList* list = w.list("contestant_list");
    REQUIRE(list);
    CHECK(list->row(0)[1] == wxString::FromUTF8("王铁柱"));
    CHECK_FALSE(w.note()->IsShownOnScreen());
}
