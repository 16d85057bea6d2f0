// The chief judge's tab, driven as a person drives it (real key presses and clicks into the real
// forms): Lock with its blockers, the appeals from lodging to the new results revision, double
// entry's mode and list, the audit log with its checks. Every outcome is read back from the
// database, and each page and form is saved in Chinese as a screenshot.
#include <doctest/doctest.h>

#include <map>

#include <filesystem>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/radiobox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "chief_window.h"
#include "gui_fixture.h"
#include "login_contest.h"
#include "modal_script.h"
#include "services/appeals.h"
#include "services/check.h"
#include "services/certificates.h"
#include "services/export_hr.h"
#include "services/history.h"
#include "services/result_state.h"
#include "services/roles.h"
#include "services/seal.h"
#include "services/signing.h"
#include "ui/setup_row_list.h"
#include "ui/wx_text.h"

using namespace plumb;

namespace {

wxString zh(const char* text) {
    return wxString::FromUTF8(text);
}

wxButton* button(wxWindow* page, const char* name) {
    auto* b = dynamic_cast<wxButton*>(page->FindWindow(XRCID(name)));
    REQUIRE(b != nullptr);
    return b;
}

// The row of `list` whose first column is `text`, -1 when none.
long row_of(const ui::RowList* list, const wxString& text) {
    for (long i = 0; i < list->row_count(); ++i)
        if (list->row(i).at(0) == text) return i;
    return -1;
}

// A conflicting measurement at the first ranked workstation: the event cannot be locked.
std::string make_conflict(ui::Console& console, const std::string& event) {
    const ResultRow top = console.session().results(event).rows.at(0);
    const auto history = mark_history(console.session(), top.registration_no, "A1");
    REQUIRE(!history.empty());
    std::string other;
    for (const Judge& j : console.competition().judges)
        if (j.judges(event) && j.code != history[0].judge && other.empty()) other = j.code;
    console.record_mark(event, top.workstation, other, "A1",
                        history[0].value == "1500" ? "1501" : "1500", "");
    return top.workstation;
}

}  // namespace

TEST_CASE("the lock page lists each event's state and what blocks it; Lock asks why, then locks") {
    test::use_language("zh_CN");
    test::DemoConsole demo;
    const std::string open_ws = make_conflict(*demo.console, "bricklaying");
    test::ChiefWindow w(*demo.console);
    ui::LockPage& page = w.panel->lock();
    w.show_page(0);
    page.select_event("bricklaying");
    test::pump(100);
    // What keeps bricklaying open, in the services' words, in Chinese.
    CHECK(page.blockers()->GetValue().Contains(zh("号工位 A1 评分冲突")));
    CHECK(page.blockers()->GetValue().Contains(ui::u8(open_ws)));
    CHECK(page.states()->row(0).at(1) == zh("草稿（未锁定）"));
    CHECK(page.states()->row(0).at(5) == "1");
    CHECK(save_screenshot(w.frame, test::screenshot_path("chief-lock-blocked-zh_CN")));
    {
        test::ModalScript forms;
        test::click(page.lock_button());
        REQUIRE(forms.messages.size() == 1);  // refused before asking anything
        CHECK(forms.messages[0].Contains(zh("尚不能锁定")));
        CHECK(forms.forms.empty());
    }
    CHECK_FALSE(demo.console->session().store().event_state("bricklaying").locked);

    // Rebar is complete: the chief judge says why, and it is locked.
    page.select_event("rebar");
    test::pump(100);
    CHECK(page.blockers()->GetValue().empty());  // nothing flagged in this small demo
    {
        test::ModalScript forms;
        forms.then([](wxDialog* form) {
            test::answer_text(form, "all sheets checked");
        });
        test::click(page.lock_button());
        REQUIRE(forms.forms.size() == 1);
        CHECK(forms.forms[0] == zh("锁定成绩"));
        REQUIRE(forms.messages.size() == 1);
        CHECK(forms.messages[0].Contains(zh("钢筋工 的成绩已锁定")));
    }
    const EventState rebar = demo.console->session().store().event_state("rebar");
    CHECK(rebar.locked);
    CHECK_FALSE(rebar.revealed);
    const auto locks = demo.console->session().store().audit_records({"lock"});
    REQUIRE(locks.size() == 1);
    CHECK(locks[0].subject == "rebar");
    CHECK(locks[0].payload.find("reason=all sheets checked") != std::string::npos);
    const long row = row_of(page.states(), zh("钢筋工"));
    REQUIRE(row >= 0);
    CHECK(page.states()->row(row).at(1) == zh("已锁定"));
    CHECK_FALSE(page.lock_button()->IsEnabled());
    CHECK(page.reveal_button()->IsEnabled());
    CHECK(save_screenshot(w.frame, test::screenshot_path("chief-lock-zh_CN")));
}

TEST_CASE("a complete event's lock page lists what plumb check flags, to look at before locking") {
    test::use_language("zh_CN");
    test::DemoConsole demo(200);
    test::ChiefWindow w(*demo.console);
    ui::LockPage& page = w.panel->lock();
    w.show_page(0);
    page.select_event("bricklaying");
    test::pump(100);
    CHECK(page.lock_button()->IsEnabled());
    // Nothing keeps it open; what plumb check flags (scores far apart, a judge of the
    // contestant's employer) is listed to look at, one line each.
    const CheckReport report = check_competition(demo.console->session(),
                                                 Login{kOrganiser, Role::Organiser}, "bricklaying");
    REQUIRE(report.events.at(0).incomplete == 0);
    wxArrayString expected;
    for (const CheckItem& i : report.events.at(0).items) {
        REQUIRE((i.kind == "spread" || i.kind == "interest"));
        expected.Add(zh((i.workstation + " 号工位  ").c_str()));
    }
    const wxArrayString lines = wxSplit(page.blockers()->GetValue(), '\n');
    REQUIRE(expected.size() > 2);  // the demo has both kinds
    REQUIRE(lines.size() == expected.size() + 1);
    CHECK(lines[0] == zh("锁定前请复核（以下各项不阻止锁定）："));
    for (std::size_t k = 0; k < expected.size(); ++k) CHECK(lines[k + 1].StartsWith(expected[k]));
    CHECK(save_screenshot(w.frame, test::screenshot_path("chief-lock-review-zh_CN")));
}

TEST_CASE("with roles on, locking takes the chief judge's PIN; another judge's login is not asked") {
    test::use_language("en");
    test::DemoConsole demo;
    {
        CompetitionSession& s = demo.console->session();
        const Login organiser{kOrganiser, Role::Organiser};
        set_organiser_password(s, Login{}, test::kPassword);
        set_judge_pin(s, organiser, "J07", test::kPinJ02);
        set_chief_judge(s, organiser, "rebar", "J07");
    }
    std::vector<std::string> asked;
    demo.console->set_secret_source([&](const std::string& who, const std::string&) {
        asked.push_back(who);
        return asked.size() == 1 ? std::optional<std::string>(test::kPinJ02) : std::nullopt;
    });
    test::ChiefWindow w(*demo.console);
    w.panel->lock().select_event("rebar");
    test::ModalScript forms;
    forms.then([](wxDialog* form) { test::answer_text(form, "checked"); });
    test::click(w.panel->lock().lock_button());
    CHECK(asked == std::vector<std::string>{"J07"});
    CHECK(demo.console->session().store().event_state("rebar").locked);
    const auto locks = demo.console->session().store().audit_records({"lock"});
    REQUIRE(locks.size() == 1);
    CHECK(locks[0].actor == "J07");
    // Without a chief judge named, the console says so and locks nothing.
    w.panel->lock().select_event("tiling");
    forms.then([](wxDialog* form) { test::answer_text(form, "checked"); });
    test::click(w.panel->lock().lock_button());
    CHECK(forms.messages.back().Contains("No chief judge is named"));
    CHECK_FALSE(demo.console->session().store().event_state("tiling").locked);
}

TEST_CASE("an appeal is lodged against a locked mark, upheld by the chief judge: revision 2") {
    test::use_language("zh_CN");
    test::DemoConsole demo;
    CompetitionSession& s = demo.console->session();
    const Login organiser{kOrganiser, Role::Organiser};
    set_organiser_password(s, Login{}, test::kPassword);
    set_judge_pin(s, organiser, "J02", test::kPinJ02);
    set_chief_judge(s, organiser, "bricklaying", "J02");
    lock_results(s, Login{"J02", Role::Judge}, "bricklaying", "checked");
    const Contestant c = s.contestants().front();
    REQUIRE(c.event == "bricklaying");
    std::vector<std::string> asked;
    demo.console->set_secret_source([&](const std::string& who, const std::string&) {
        asked.push_back(who);
        return who == "J02" ? std::optional<std::string>(test::kPinJ02) : std::nullopt;
    });
    test::ChiefWindow w(*demo.console);
    ui::AppealsPage& page = w.panel->appeals();
    w.show_page(1);
    page.select_event("bricklaying");
    {
        test::ModalScript forms;
        forms.then([&](wxDialog* form) {
            CHECK(save_screenshot(form, test::screenshot_path("chief-appeal-lodge-zh_CN")));
            test::type_into(XRCCTRL(*form, "lodge_workstation", wxTextCtrl),
                            ui::u8(c.workstation));
            // A choice's value as the sheet shows it, by its label, not its number.
            CHECK(test::pick_in(XRCCTRL(*form, "lodge_aspect", wxChoice), "C1"));
            const wxString choice = XRCCTRL(*form, "lodge_now", wxStaticText)->GetLabel();
            CAPTURE(choice);
            CHECK(choice.StartsWith("J01="));
            CHECK_FALSE(choice.Mid(4, 1).IsNumber());
            CHECK(test::pick_in(XRCCTRL(*form, "lodge_aspect", wxChoice), "A1"));
            CHECK_FALSE(XRCCTRL(*form, "lodge_judge", wxChoice)->IsEnabled());  // a measurement
            // The mark as it stands, every judge's value of the measurement.
            std::string now;
            for (const Judge& j : demo.console->competition().judges)
                if (const auto v = s.store().current_mark(j.code, c.registration_no, "A1"))
                    now += (now.empty() ? "" : "; ") + j.code + "=" + *v;
            REQUIRE_FALSE(now.empty());
            CHECK(XRCCTRL(*form, "lodge_now", wxStaticText)->GetLabel() == ui::u8(now));
            test::type_into(XRCCTRL(*form, "lodge_value", wxTextCtrl), "1490");
            test::type_into(XRCCTRL(*form, "lodge_by", wxTextCtrl), "team leader");
            test::type_into(XRCCTRL(*form, "lodge_grounds", wxTextCtrl), "tape read at the wrong end");
            test::click_ok(form);
        });
        test::click(button(page.window(), "lodge_appeal"));
        CHECK(forms.forms == std::vector<wxString>{zh("登记申诉")});
        CHECK(forms.messages.empty());
    }
    CHECK(asked == std::vector<std::string>{"J02"});  // nobody was logged in: the chief judge
    std::vector<Appeal> all = appeals(s.store(), "bricklaying");
    REQUIRE(all.size() == 1);
    CHECK(all[0].workstation == c.workstation);
    CHECK(all[0].aspect == "A1");
    CHECK(all[0].new_value == "1490");
    CHECK(all[0].lodged_by == "team leader");
    CHECK(all[0].recorded_by == "J02");
    CHECK(all[0].decision == "pending");
    REQUIRE(page.list()->row_count() == 1);
    CHECK(page.list()->row(0).at(8) == zh("待裁判长裁决"));

    page.select_appeal(all[0].id);
    const EventResults before = s.results("bricklaying");
    wxString said;  // what the console says the decision moved
    {
        test::ModalScript forms;
        forms.then([](wxDialog* form) {
            auto* choice = XRCCTRL(*form, "decide_choice", wxRadioBox);
            test::press_key('U', wxMOD_ALT);  // the mnemonic of Uphold (Reject is the default)
            CHECK(choice->GetSelection() == 0);
            test::type_into(XRCCTRL(*form, "decide_reason", wxTextCtrl), "measured again");
            CHECK(save_screenshot(form, test::screenshot_path("chief-appeal-decide-zh_CN")));
            test::click_ok(form);
        });
        test::click(button(page.window(), "decide_appeal"));
        CHECK(forms.forms == std::vector<wxString>{zh("裁决申诉")});
        REQUIRE(forms.messages.size() == 1);
        said = forms.messages[0];
    }
    // Every contestant whose place or prize moved is named, with the old and new place.
    std::map<std::string, ResultRow> was;
    for (const ResultRow& r : before.rows) was[r.workstation] = r;
    int moved = 0;
    for (const ResultRow& r : s.results("bricklaying").rows) {
        const ResultRow& old = was.at(r.workstation);
        if (old.rank == r.rank && old.award == r.award) {
            CHECK_FALSE(said.Contains(zh((r.workstation + " 号工位").c_str())));
            continue;
        }
        ++moved;
        CHECK(said.Contains(zh((r.workstation + " 号工位").c_str())));
        if (old.rank != r.rank && old.rank && r.rank)
            CHECK(said.Contains(zh(
                ("第 " + std::to_string(*old.rank) + " 名 → 第 " + std::to_string(*r.rank) + " 名")
                    .c_str())));
    }
    CHECK(said.StartsWith(moved ? zh("以下选手的名次、奖项或称号有变动")
                                : zh("名次、奖项和称号均无变动")));
    all = appeals(s.store(), "bricklaying");
    CHECK(all[0].decision == "upheld");
    CHECK(all[0].decided_by == "J02");
    CHECK(all[0].revision == 2);
    CHECK(s.store().event_state("bricklaying").revision == 2);
    int corrected = 0;  // a measurement: every judge's entry that stood is corrected
    for (const Judge& j : demo.console->competition().judges)
        if (const auto now = s.store().current_mark(j.code, c.registration_no, "A1")) {
            CHECK(*now == "1490");
            ++corrected;
        }
    CHECK(corrected > 0);
    CHECK(page.list()->row(0).at(8) == zh("支持"));
    CHECK(page.list()->row(0).at(9) == "2");
    CHECK(XRCCTRL(*page.window(), "appeal_revision", wxStaticText)
              ->GetLabel()
              .Contains(zh("已锁定 · 第 2 版")));
    CHECK(save_screenshot(w.frame, test::screenshot_path("chief-appeals-zh_CN")));
}

TEST_CASE("an appeal before the lock, or without grounds, is refused with the gate's reason") {
    test::use_language("en");
    test::DemoConsole demo;
    const Contestant c = demo.console->session().contestants().front();
    test::ChiefWindow w(*demo.console);
    w.show_page(1);
    test::ModalScript forms;
    forms.then([&](wxDialog* form) {
        test::type_into(XRCCTRL(*form, "lodge_workstation", wxTextCtrl), ui::u8(c.workstation));
        test::type_into(XRCCTRL(*form, "lodge_value", wxTextCtrl), "1490");
        test::type_into(XRCCTRL(*form, "lodge_by", wxTextCtrl), "team leader");
        test::click_ok(form);  // no grounds, and bricklaying is not locked
        CHECK(form->IsModal());  // refused: the form stays open to be corrected
    });
    test::click(button(w.panel->appeals().window(), "lodge_appeal"));
    REQUIRE(forms.messages.size() == 1);
    CHECK(forms.messages[0].Contains("The appeal was not recorded."));
    CHECK(appeals(demo.console->session().store()).empty());
}

TEST_CASE("double entry is switched on the page; waiting entries and disagreements are listed") {
    test::use_language("zh_CN");
    test::LoginContest c(false);
    test::ChiefWindow w(*c.console);
    ui::DoubleEntryPage& page = w.panel->double_entry();
    w.show_page(2);
    page.select_event("bricklaying");
    CHECK_FALSE(page.mode()->IsChecked());
    test::click(page.mode());
    CHECK(c.console->session().store().event_state("bricklaying").double_entry);
    CHECK(page.mode()->IsChecked());
    const auto states = c.audit("event.state");
    REQUIRE(!states.empty());

    // Two clerks: operator A types 1494 and 2, operator B 1494 and 3.
    c.console->record_mark(Login{"organiser", Role::Organiser}, "bricklaying", "01", "J01", "A1",
                           "1494", "", "A");
    c.console->record_mark(Login{"organiser", Role::Organiser}, "bricklaying", "01", "J01", "C3",
                           "2", "", "A");
    page.refresh();
    REQUIRE(page.pairs()->row_count() == 2);
    for (long i = 0; i < 2; ++i) {
        CHECK(page.pairs()->row(i).at(3) == zh("等待第二次录入"));
        CHECK(page.pairs()->row(i).at(6).empty());  // typing is blind: no value shown
    }
    c.console->record_mark(Login{"organiser", Role::Organiser}, "bricklaying", "01", "J01", "A1",
                           "1494", "", "B");
    c.console->record_mark(Login{"organiser", Role::Organiser}, "bricklaying", "01", "J01", "C3",
                           "3", "", "B");
    page.refresh();
    REQUIRE(page.pairs()->row_count() == 1);
    CHECK(page.pairs()->row(0).at(2) == "C3");
    CHECK(page.pairs()->row(0).at(3) == zh("两次录入不一致"));
    CHECK(page.pairs()->row(0).at(6) == "2 / 3");
    CHECK(c.recorded("J01", "ZY001", "A1") == std::optional<std::string>("1494"));
    CHECK_FALSE(c.recorded("J01", "ZY001", "C3"));
    CHECK(save_screenshot(w.frame, test::screenshot_path("chief-double-entry-zh_CN")));

    test::click(page.mode());  // off again
    CHECK_FALSE(c.console->session().store().event_state("bricklaying").double_entry);
}

TEST_CASE("the audit page narrows the log to a workstation and a judge, verifies and checks seals") {
    test::use_language("zh_CN");
    test::DemoConsole demo;
    test::ChiefWindow w(*demo.console);
    ui::AuditPage& page = w.panel->audit();
    w.show_page(3);
    page.filter("bricklaying", "", "J01");
    test::type_into(page.workstation_box(), "1");  // "1" is workstation 01
    test::pump(100);
    REQUIRE(!page.shown().empty());
    for (const AuditLine& l : page.shown()) {
        CHECK(l.workstation == "01");
        CHECK((l.judge == "J01" || l.actor == "J01"));
    }
    CHECK(static_cast<long>(page.shown().size()) == page.lines()->row_count());
    const auto everything = audit_history(
        demo.console->session(), demo.console->logged_in().value_or(Login{}), "bricklaying", "01");
    CHECK(page.shown().size() < everything.size());  // other judges' marks are left out
    CHECK(page.lines()->row(0).at(4) == zh("评分"));

    test::click(button(page.window(), "verify_audit"));
    const std::string seal = audit_seal(demo.console->session().store());
    CHECK(page.result()->GetValue().Contains(zh("所有审计记录和数据完好")));
    CHECK(page.result()->GetValue().Contains(ui::u8(seal)));
    page.seal_box()->Clear();
    test::type_into(page.seal_box(), ui::u8(seal));
    test::press_key(WXK_RETURN);
    CHECK(page.result()->GetValue().Contains(zh("数据库仍包含封记")));
    // A seal of a later state than the database holds (records cut from its end).
    const std::string later = std::to_string(std::stoll(seal) + 5) + seal.substr(seal.find('-'));
    page.seal_box()->Clear();
    test::type_into(page.seal_box(), ui::u8(later));
    test::click(button(page.window(), "check_seal"));
    CHECK(page.result()->GetValue().Contains(zh("数据库已不再包含封记")));
    CHECK(save_screenshot(w.frame, test::screenshot_path("chief-audit-zh_CN")));
}

TEST_CASE("the audit page checks a printed certificate and a signed HR file") {
    test::use_language("zh_CN");
    test::DemoConsole demo;
    CompetitionSession& s = demo.console->session();
    const DeviceKey key = device_key(s);
    const auto certificates = event_certificates(s, s.results("bricklaying"), key);
    REQUIRE(!certificates.empty());
    const Certificate& first = certificates.front();
    test::ChiefWindow w(*demo.console);
    ui::AuditPage& page = w.panel->audit();
    w.show_page(3);
    {
        test::ModalScript forms;
        forms.then([&](wxDialog* form) {
            test::type_into(XRCCTRL(*form, "certificate_number", wxTextCtrl), ui::u8(first.number));
            test::type_into(XRCCTRL(*form, "certificate_code", wxTextCtrl), ui::u8(first.code));
            CHECK(save_screenshot(form, test::screenshot_path("chief-certificate-check-zh_CN")));
            test::click_ok(form);
        });
        test::click(button(page.window(), "check_certificate"));
    }
    INFO(std::string(page.result()->GetValue().utf8_str()));
    CHECK(page.result()->GetValue().StartsWith(zh("真证书：")));
    CHECK(page.result()->GetValue().Contains(ui::u8(first.name)));
    {
        test::ModalScript forms;
        forms.then([&](wxDialog* form) {
            test::type_into(XRCCTRL(*form, "certificate_number", wxTextCtrl), ui::u8(first.number));
            test::type_into(XRCCTRL(*form, "certificate_code", wxTextCtrl), "AAAA-BBBB");
            test::click_ok(form);
        });
        test::click(button(page.window(), "check_certificate"));
    }
    CHECK(page.result()->GetValue().StartsWith(zh("不是真证书：验证码与该证书不符")));

    HrOptions options;
    options.allow_draft = true;
    options.events = {"rebar"};
    const std::filesystem::path hr = demo.dir / "hr.xlsx";
    export_hr(s, unchecked_login(kOrganiser), hr, options);
    CHECK(page.check_file(ui::u8(hr.string())));
    CHECK(page.result()->GetValue().StartsWith(zh("验证通过")));
    {
        std::FILE* f = std::fopen(hr.string().c_str(), "r+b");
        REQUIRE(f);
        std::fseek(f, 600, SEEK_SET);
        std::fputc('x', f);
        std::fclose(f);
    }
    CHECK_FALSE(page.check_file(ui::u8(hr.string())));
    CHECK(page.result()->GetValue().Contains(zh("在签名后被改动过")));
}
