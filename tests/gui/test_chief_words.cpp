// What the Chinese console showed in English (a tester's list): who recorded and decided an
// appeal ("由 organiser 登记"), its pass/fail values ("J01=fail → pass"), and the settings in the
// audit log ("signing.secret 已更改（保密）"). Driven as a person drives the chief judge's tab;
// screenshots at 1024x600 in Chinese.
#include <doctest/doctest.h>

#include <wx/radiobox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "chief_window.h"
#include "gui_fixture.h"
#include "modal_script.h"
#include "services/appeals.h"
#include "services/result_state.h"
#include "services/roles.h"
#include "services/signing.h"
#include "ui/setup_row_list.h"
#include "ui/wx_text.h"

using namespace plumb;

namespace {

wxString zh(const char* text) {
    return wxString::FromUTF8(text);
}

// A locked bricklaying event with an appeal against the judges' pass/fail marks (C2, which they
// agree on), lodged by the organiser without roles; returns the appeal's id.
std::string pass_fail_appeal(CompetitionSession& s) {
    lock_results(s, unchecked_login("chief judge"), "bricklaying", "checked");
    const Contestant c = s.contestants().front();
    REQUIRE(c.event == "bricklaying");
    const auto was = s.store().current_mark("J01", c.registration_no, "C2");
    REQUIRE(was.has_value());
    REQUIRE((*was == "pass" || *was == "fail"));
    AppealRequest request{"bricklaying", c.workstation, "C2", "", *was == "pass" ? "fail" : "pass",
                          "team leader"};
    return lodge_appeal(s, unchecked_login(kOrganiser), request, "the corner was bonded");
}

bool mentions_english(const wxString& text) {
    for (const char* word : {"organiser", "chief judge", "plumbline", "pass", "fail"})
        if (text.Contains(word)) return true;
    return false;
}

}  // namespace

TEST_CASE("an appeal's values and who recorded and decided it are said in Chinese") {
    test::use_language("zh_CN");
    test::DemoConsole demo;
    CompetitionSession& s = demo.console->session();
    const std::string id = pass_fail_appeal(s);
    test::ChiefWindow w(*demo.console, wxSize(1024, 600));
    ui::AppealsPage& page = w.panel->appeals();
    w.show_page(1);
    page.select_event("bricklaying");
    page.select_appeal(id);
    {
        test::ModalScript forms;
        forms.then([](wxDialog* form) {
            test::press_key('U', wxMOD_ALT);  // uphold
            CHECK(XRCCTRL(*form, "decide_choice", wxRadioBox)->GetSelection() == 0);
            test::type_into(XRCCTRL(*form, "decide_reason", wxTextCtrl), "checked the corner");
            // The form's summary says the values as the audit log does.
            CHECK_FALSE(
                mentions_english(XRCCTRL(*form, "decide_summary", wxStaticText)->GetLabel()));
            test::click_ok(form);
        });
        test::click(page.window()->FindWindow(XRCID("decide_appeal")));
        REQUIRE(forms.forms.size() == 1);
    }
    const Appeal a = appeals(s.store(), "bricklaying").at(0);
    REQUIRE(a.decision == "upheld");
    CHECK(a.recorded_by == "organiser");  // the records keep what was stored
    CHECK(a.decided_by == "chief judge");
    REQUIRE(page.list()->row_count() == 1);
    const auto row = page.list()->row(0);
    // "J01=pass; J02=pass; ..." as "J01=合格; J02=合格; ...".
    const bool passed = a.new_value == "fail";
    wxString was = ui::u8(a.old_value);
    was.Replace(passed ? "pass" : "fail", passed ? zh("合格") : zh("不合格"));
    CAPTURE(a.old_value);
    CHECK(was.StartsWith(passed ? zh("J01=合格") : zh("J01=不合格")));
    CHECK(row.at(5) == was);
    CHECK(row.at(6) == (a.new_value == "pass" ? zh("合格") : zh("不合格")));
    const wxString detail = page.detail()->GetValue();
    CAPTURE(detail);
    CHECK(detail.Contains(zh("由 组委会 登记")));
    CHECK(detail.Contains(zh("支持：裁判长 于")));
    CHECK(detail.Contains(was + wxT(" \u2192 ")));
    CHECK_FALSE(mentions_english(detail));
    CHECK(save_screenshot(w.frame, test::screenshot_path("chief-appeal-words-1024x600-zh_CN")));
    // Decided: its button is off, and deciding it again is refused in Chinese words.
    CHECK_FALSE(page.window()->FindWindow(XRCID("decide_appeal"))->IsEnabled());
    try {
        decide_appeal(s, unchecked_login("chief judge"), id, false, "again");
        FAIL("an appeal was decided twice");
    } catch (const std::exception& e) {
        const wxString said = ui::u8(e.what());
        CAPTURE(said);
        CHECK(said.Contains(zh("已由 裁判长 裁决（支持）")));
        CHECK_FALSE(mentions_english(said));
        CHECK_FALSE(said.Contains("upheld"));
    }
    test::use_language("en");
}

TEST_CASE("the audit log says who acted and which setting changed in Chinese") {
    test::use_language("zh_CN");
    test::DemoConsole demo;
    CompetitionSession& s = demo.console->session();
    pass_fail_appeal(s);
    const DeviceKey key = device_key(s);  // recorded by the program itself
    test::ChiefWindow w(*demo.console, wxSize(1024, 600));
    w.show_page(3);
    ui::AuditPage& page = w.panel->audit();
    page.filter("", "", "");
    const ui::RowList* lines = page.lines();
    bool organiser = false, secret = false, fingerprint = false;
    for (long i = 0; i < lines->row_count(); ++i) {
        const auto row = lines->row(i);
        const wxString who = row.at(3), what = row.at(7);
        CAPTURE(who);
        CAPTURE(what);
        CHECK_FALSE(who == "organiser");
        CHECK_FALSE(who == "chief judge");
        CHECK_FALSE(who == "plumbline");
        CHECK_FALSE(who == "demo");
        CHECK_FALSE(what.Contains("signing."));
        organiser = organiser || (who == zh("组委会") && what.Contains(zh("申诉")));
        secret = secret || (who == zh("系统") && what == zh("签名私钥 已更改（保密）"));
        fingerprint =
            fingerprint || what == zh("签名公钥，指纹 ") + ui::u8(key_fingerprint(key.public_hex));
        if (what.Contains(zh("申诉"))) CHECK_FALSE(mentions_english(what));
    }
    CHECK(organiser);
    CHECK(secret);
    CHECK(fingerprint);
    CHECK(save_screenshot(w.frame, test::screenshot_path("chief-audit-words-1024x600-zh_CN")));
    test::use_language("en");
}
