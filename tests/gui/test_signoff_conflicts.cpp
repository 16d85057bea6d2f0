// Signing off on the score sheet (what is missing first; Enter does not sign by mistake; then
// the judge's entries are refused), and the chief judge's Conflicts page: a conflict settled by
// a typed re-measured value with a reason and the chief judge's PIN, a refusal shown with the
// gate's reason, a signed-off sheet reopened with a reason.
#include <doctest/doctest.h>

#include <wx/button.h>
#include <wx/combobox.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "dialog_script.h"
#include "entry_window.h"
#include "laptop_contest.h"
#include "services/signoff.h"
#include "ui/conflicts_panel.h"

using namespace plumb;

namespace {

using Conflicts = test::PanelWindow<ui::ConflictsPanel>;

// A real click on a list's row.
void click_row(wxListCtrl* list, long row) {
    wxRect r;
    REQUIRE(list->GetItemRect(row, r));
    wxUIActionSimulator sim;
    sim.MouseMove(list->ClientToScreen(r.GetPosition() + wxPoint(20, r.height / 2)));
    test::pump(30);
    sim.MouseClick();
    test::pump(150);
}

void click_button(wxWindow* panel, const char* name) {
    wxWindow* b = panel->FindWindow(XRCID(name));
    REQUIRE(b);
    REQUIRE(b->IsShownOnScreen());
    test::click(b);
    test::pump(100);
}

void type_into(wxWindow* field, const wxString& text) {
    field->SetFocus();
    test::pump(30);
    test::type_text(text);
}

bool signed_off_now(const Store& store, const char* ws, const char* judge) {
    return is_signed_off(store, "bricklaying", ws, judge);
}

}  // namespace

TEST_CASE(
    "a judge signs off on the score sheet: what is missing is listed first, Enter does "
    "not sign by mistake, and afterwards their entries are refused") {
    test::use_language("en");
    test::LoginContest c(false);
    test::EntryWindow w(*c.console);
    REQUIRE(w.pick("J01"));
    REQUIRE(w.panel->open_workstation("01"));
    w.type("A1", "1494");
    const auto missing = missing_before_signoff(c.console->session(), "bricklaying", "01", "J01");
    REQUIRE(missing.size() > 1);
    CHECK(std::find(missing.begin(), missing.end(), "A1") == missing.end());

    // Enter with aspects missing: the dialog's default is Cancel.
    std::vector<wxString> listed;
    {
        test::DialogScript first;
        first.then("signoff_dialog", [&](wxDialog* d) {
            auto* list = dynamic_cast<wxListBox*>(d->FindWindow(XRCID("signoff_missing")));
            for (unsigned i = 0; list && i < list->GetCount(); ++i)
                listed.push_back(list->GetString(i));
            test::give_focus(d);
            test::press_key(WXK_RETURN);
        });
        click_button(w.panel->window(), "sign_off_sheet");
        CHECK(first.finished());
    }
    REQUIRE(listed.size() == missing.size());
    CHECK(listed[0].StartsWith(wxString::FromUTF8(missing[0].c_str())));
    CHECK_FALSE(signed_off_now(c.console->session().store(), "01", "J01"));

    // Clicked: signed off.
    test::DialogScript second;
    second.then("signoff_dialog", [](wxDialog* d) {
        test::give_focus(d);
        test::click(d->FindWindow(wxID_OK));
    });
    click_button(w.panel->window(), "sign_off_sheet");
    CHECK(second.finished());
    CHECK(signed_off_now(c.console->session().store(), "01", "J01"));
    CHECK(w.panel->message().StartsWith("Workstation 01 is signed off"));
    // The sheet takes nothing now: no cell to type in, no reason asked for a correction.
    CHECK(w.read_only("A1"));
    CHECK(w.read_only("A2"));
    const auto before = c.console->session().store().mark_count();
    w.type("A2", "1008");
    CHECK(w.panel->message().Contains("signed off"));
    CHECK(c.console->session().store().mark_count() == before);
    CHECK(c.audit("signoff").back().actor == "J01");
}

TEST_CASE(
    "the chief judge settles a conflict: the value typed again after measuring, a reason, "
    "their PIN; every judge's value becomes it") {
    test::use_language("en");
    test::LoginContest c(true);
    CompetitionSession& s = c.console->session();
    const Login organiser{kOrganiser, Role::Organiser};
    set_judge_pin(s, organiser, "J03", "777333");
    set_chief_judge(s, organiser, "bricklaying", "J02");
    enter_mark(s, log_in(s, "J01", test::kPinJ01),
               MarkRequest{"bricklaying", "01", "J01", "A1", "1493", {}, {}});
    enter_mark(s, log_in(s, "J03", "777333"),
               MarkRequest{"bricklaying", "01", "J03", "A1", "1494", {}, {}});
    c.console->changed();
    Conflicts w(ui::make_conflicts_panel, *c.console);
    REQUIRE(w.panel->conflicts().size() == 1);
    CHECK(w.panel->summary().StartsWith("1 measurement in conflict"));
    wxListCtrl* list = w.panel->conflict_list();
    CHECK(list->GetItemText(0, 2) == "J01 = 1493; J03 = 1494");
    click_row(list, 0);
    REQUIRE(w.panel->value()->GetCount() == 2);
    CHECK(w.panel->value()->GetString(0) == "1493");

    // No reason: the gate refuses, after the chief judge's PIN; nothing changes.
    c.answer({test::kPinJ02});
    type_into(w.panel->value(), "1495");
    {
        test::DialogScript refused;
        click_button(w.panel->window(), "settle");
        REQUIRE(c.asked.size() == 1);
        CHECK(c.asked[0].who == "J02");
        REQUIRE(refused.messages.size() == 1);
        CHECK(refused.messages[0] ==
              "The conflict was not settled.\nsettling a conflict needs a reason");
    }
    CHECK(c.recorded("J01", "ZY001", "A1") == std::optional<std::string>("1493"));

    type_into(w.panel->settle_reason(), "measured again with J01 and J03");
    c.answer({});
    click_button(w.panel->window(), "settle");
    CHECK(c.asked.empty());  // J02 is still logged in
    CHECK(c.recorded("J01", "ZY001", "A1") == std::optional<std::string>("1495"));
    CHECK(c.recorded("J03", "ZY001", "A1") == std::optional<std::string>("1495"));
    const AuditRecord last = c.audit("mark").back();
    CHECK(last.actor == "J02");
    CHECK(last.payload.find("conflict settled: measured again with J01 and J03") !=
          std::string::npos);
    CHECK(w.panel->conflicts().empty());
    CHECK(list->GetItemCount() == 0);
    test::pump(100);
    CHECK(save_screenshot(w.frame, test::screenshot_path("conflicts-settled-en")));
}

TEST_CASE("a signed-off sheet is reopened on the Conflicts page with a reason") {
    test::use_language("en");
    test::LoginContest c(false);
    CompetitionSession& s = c.console->session();
    sign_off(s, unchecked_login("J01"), "bricklaying", "02", "J01");
    Conflicts w(ui::make_conflicts_panel, *c.console);
    REQUIRE(w.panel->sheets().size() == 1);
    CHECK(w.panel->signoff_list()->GetItemText(0, 1) == wxString::FromUTF8("J01 王建国"));
    click_row(w.panel->signoff_list(), 0);
    {
        test::DialogScript refused;
        click_button(w.panel->window(), "reopen_sheet");
        REQUIRE(refused.messages.size() == 1);
        CHECK(refused.messages[0] ==
              "The sheet was not reopened.\nreopening a signed-off sheet needs a reason");
    }
    CHECK(is_signed_off(s.store(), "bricklaying", "02", "J01"));
    type_into(w.panel->reopen_reason(), "J01 misread B2");
    click_button(w.panel->window(), "reopen_sheet");
    CHECK_FALSE(is_signed_off(s.store(), "bricklaying", "02", "J01"));
    CHECK(c.audit("reopen").back().actor == "chief judge");
    CHECK(w.panel->sheets().empty());
}
