// The score sheet under double entry: the organiser, logged in, types a judge's paper sheet
// without the judge's PIN, as operator A then as operator B, blind; the mark is in the
// database only once the two agree. The event's state is shown above the sheet.
#include <doctest/doctest.h>

#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "entry_window.h"
#include "login_contest.h"
#include "modal_script.h"
#include "services/double_entry.h"
#include "services/result_state.h"

using namespace plumb;

TEST_CASE("double entry on the sheet: operator A, then B, blind; the mark counts once they agree") {
    test::use_language("zh_CN");
    test::LoginContest c(true);
    const Login organiser = c.console->log_in(kOrganiser, test::kPassword);
    set_double_entry(c.console->session(), organiser, "bricklaying", true);
    test::EntryWindow w(*c.console);
    wxChoice* op = w.panel->operator_choice();
    c.answer({});
    REQUIRE(w.pick("J01"));
    CHECK(c.asked.empty());  // the organiser transcribes: no judge's PIN asked
    CHECK(w.panel->judge() == "J01");
    REQUIRE(w.panel->open_workstation("01"));
    CHECK(op->IsShown());
    CHECK(XRCCTRL(*w.panel->window(), "entry_state", wxStaticText)->GetLabel() ==
          wxString::FromUTF8("草稿（未锁定） · 第 1 版"));
    CHECK(test::pick_in(op, "A"));
    w.type("A1", "1494");
    CHECK(w.panel->message().Contains(wxString::FromUTF8("等待")));
    CHECK_FALSE(c.recorded("J01", "ZY001", "A1"));
    CHECK(w.cell("A1").empty());  // blind: the first typing is not shown to the second
    CHECK(save_screenshot(w.frame, test::screenshot_path("entry-double-entry-zh_CN")));
    auto pairs = open_pairs(c.console->session().store(), "bricklaying");
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].first_by == "organiser/A");  // who is logged in, as which operator

    CHECK(test::pick_in(op, "B"));
    w.type("A1", "1494");
    CHECK(c.recorded("J01", "ZY001", "A1") == std::optional<std::string>("1494"));
    CHECK(open_pairs(c.console->session().store(), "bricklaying").empty());
    const auto agreed = c.audit("entry.agree");
    REQUIRE(agreed.size() == 1);
    CHECK(agreed[0].actor == "organiser");
    CHECK(agreed[0].payload.find("operator=organiser/B") != std::string::npos);

    // B again on the next aspect, then B once more: the gate wants another operator.
    w.type("C3", "2");
    w.type("C3", "2");
    CHECK(w.panel->message().Contains(wxString::FromUTF8("另一名录入员")));
    CHECK_FALSE(c.recorded("J01", "ZY001", "C3"));
}

TEST_CASE("the sheet, the progress grid and the results list say when the event is locked") {
    test::use_language("zh_CN");
    test::DemoConsole demo;
    lock_results(demo.console->session(), unchecked_login("J07"), "rebar", "checked");
    demo.console->changed();
    test::EntryWindow w(*demo.console);
    w.panel->choose("rebar", "J07");
    REQUIRE(w.panel->open_workstation("01"));
    CHECK(XRCCTRL(*w.panel->window(), "entry_state", wxStaticText)->GetLabel() ==
          wxString::FromUTF8("已锁定 · 第 1 版"));
    CHECK_FALSE(w.panel->operator_choice()->IsShown());
    // A correction typed into a locked event is refused with the gate's reason.
    w.panel->set_reason_source(
        [](const wxString&) { return std::optional<wxString>(wxString("re-measured")); });
    const auto before = demo.console->session().store().mark_count();
    w.type("A1", "1 2 3");
    CHECK(demo.console->session().store().mark_count() == before);
    CHECK(w.panel->message().Contains(wxString::FromUTF8("已锁定")));
}
