// The results panel: the core's ranking row for row, names hidden until an audited reveal,
// the reveal refused while marks are open, new marks shown at once; screenshots.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>

#include <wx/button.h>
#include <wx/frame.h>
#include <wx/modalhook.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "gui_fixture.h"
#include "services/history.h"
#include "services/result_state.h"
#include "services/viewing.h"
#include "services/roles.h"
#include "ui/panels.h"
#include "ui/progress_panel.h"
#include "ui/results_panel.h"
#include "ui/results_text.h"
#include "ui/wx_text.h"

using namespace plumb;
using Col = ui::ResultsList;

namespace {

struct Host {
    wxFrame* frame;
    std::unique_ptr<ui::TaskPanel> task;
    ui::ResultsPanel* panel;
    explicit Host(ui::Console& console) {
        frame = new wxFrame(nullptr, wxID_ANY, "results", wxDefaultPosition, wxSize(1280, 740));
        task = ui::make_results_panel(frame, console);
        panel = dynamic_cast<ui::ResultsPanel*>(task.get());
        REQUIRE(panel != nullptr);
        frame->Show();
        test::pump();
    }
    ~Host() {
        frame->Destroy();
        test::pump(50);
    }
};

// Answers every modal dialog with `answer` without showing it; keeps what each one said.
struct DialogAnswers : wxModalDialogHook {
    int answer;
    std::vector<wxString> said;
    explicit DialogAnswers(int a) : answer(a) { Register(); }
    ~DialogAnswers() override { Unregister(); }
    int Enter(wxDialog* dialog) override {
        if (auto* m = dynamic_cast<wxMessageDialog*>(dialog))
            said.push_back(m->GetMessage() + "\n" + m->GetExtendedMessage());
        else
            said.push_back(dialog->GetTitle());
        return answer;
    }
    void Exit(wxDialog*) override {}
};

int count_reveals(const Store& store) {
    int n = 0;
    for (const AuditRecord& r : store.audit_log()) n += r.action == "reveal";
    return n;
}

long find_item(const ui::ResultsList* list, const std::string& workstation, long column) {
    for (long i = 0; i < list->GetItemCount(); ++i)
        if (list->GetItemText(i, column) == ui::u8(workstation)) return i;
    return -1;
}

}  // namespace

TEST_CASE("the results panel lists each event's rows in the order the core ranks them") {
    test::use_language("en");
    test::DemoConsole demo;
    Host host(*demo.console);
    CHECK(std::string(host.panel->name()) == "results");
    for (const Event& e : demo.console->competition().events) {
        host.panel->select_event(e.code);
        const EventResults expected = demo.console->session().results(e.code);
        const auto* ranked = host.panel->ranked();
        const auto* unranked = host.panel->unranked();
        REQUIRE(ranked->GetItemCount() == expected.ranked);
        CHECK(unranked->GetItemCount() ==
              static_cast<long>(expected.rows.size()) - expected.ranked);
        for (long i = 0; i < ranked->GetItemCount(); ++i) {
            const ResultRow& row = expected.rows.at(static_cast<std::size_t>(i));
            CHECK(ranked->GetItemText(i, Col::kWorkstation) == ui::u8(row.workstation));
            CHECK(ranked->GetItemText(i, Col::kRank) == ui::rank_text(row.rank, row.tie));
            CHECK(ranked->GetItemText(i, Col::kTotal) == ui::fixed(row.total, expected.precision));
            CHECK(ranked->GetItemText(i, Col::kAward) == ui::award_label(row.award));
        }
        for (long i = 0; i < unranked->GetItemCount(); ++i) {
            const ResultRow& row = expected.rows.at(static_cast<std::size_t>(expected.ranked + i));
            CHECK(unranked->GetItemText(i, Col::kUWorkstation) == ui::u8(row.workstation));
            CHECK(unranked->GetItemText(i, Col::kUStatus) == ui::status_label(row.status));
        }
    }
    // The demo's tied totals (carpentry) are split by time: no "=" there, but first place is 1.
    host.panel->select_event("carpentry");
    CHECK(host.panel->ranked()->GetItemText(0, Col::kRank) == "1");
}

TEST_CASE("names stay hidden until the chief judge reveals the event, then show") {
    test::use_language("zh_CN");
    test::DemoConsole demo;
    Host host(*demo.console);
    host.panel->select_event("bricklaying");
    const EventResults expected = demo.console->session().results("bricklaying");
    const auto* ranked = host.panel->ranked();
    for (long i = 0; i < ranked->GetItemCount(); ++i) {
        CHECK(ranked->GetItemText(i, Col::kName) == wxString::FromUTF8("—"));
        CHECK(ranked->GetItemText(i, Col::kEmployer) == wxString::FromUTF8("—"));
    }
    CHECK(host.panel->reveal_button()->IsEnabled());
    test::pump();  // a virtual list lays its rows out when idle
    CHECK(save_screenshot(host.frame, test::screenshot_path("results-zh_CN")));

    {
        DialogAnswers no(wxID_NO);  // the chief judge thinks again
        CHECK_FALSE(host.panel->reveal());
        REQUIRE(no.said.size() == 1);
        CHECK(no.said[0].Contains(wxString::FromUTF8("砌筑工")));
    }
    CHECK_FALSE(demo.console->session().store().event_state("bricklaying").revealed);
    CHECK(ranked->GetItemText(0, Col::kName) == wxString::FromUTF8("—"));

    DialogAnswers yes(wxID_YES);
    CHECK(host.panel->reveal());
    // The question says the reveal locks first; the answer says it did.
    REQUIRE(yes.said.size() == 2);
    CHECK(yes.said[0].Contains(wxString::FromUTF8("先锁定成绩")));
    CHECK(yes.said[1].Contains(wxString::FromUTF8("成绩已先行锁定")));
    CHECK(demo.console->session().store().event_state("bricklaying").locked);
    CHECK(demo.console->session().store().event_state("bricklaying").revealed);
    CHECK(XRCCTRL(*host.panel->window(), "results_state", wxStaticText)->GetLabel() ==
          wxString::FromUTF8("已公布 · 第 1 版"));
    CHECK(count_reveals(demo.console->session().store()) == 1);
    for (long i = 0; i < ranked->GetItemCount(); ++i) {
        const ResultRow& row = expected.rows.at(static_cast<std::size_t>(i));
        CHECK(ranked->GetItemText(i, Col::kName) == ui::u8(row.name));
        CHECK(ranked->GetItemText(i, Col::kEmployer) == ui::u8(row.employer));
    }
    CHECK_FALSE(host.panel->reveal_button()->IsEnabled());
    host.panel->select_event("rebar");  // another event stays blinded
    CHECK(host.panel->ranked()->GetItemText(0, Col::kName) == wxString::FromUTF8("—"));
    host.panel->select_event("bricklaying");
    test::pump();
    CHECK(save_screenshot(host.frame, test::screenshot_path("results-revealed-zh_CN")));
}

TEST_CASE("a reveal is refused while a contestant is incomplete, with what is missing listed") {
    test::use_language("en");
    test::DemoConsole demo;
    Host host(*demo.console);
    host.panel->select_event("bricklaying");
    const long before = host.panel->unranked()->GetItemCount();
    const ResultRow top = demo.console->session().results("bricklaying").rows.at(0);
    const auto history = mark_history(demo.console->session(), top.registration_no, "A1");
    REQUIRE(!history.empty());
    const std::string judge = history[0].judge == "J02" ? "J03" : "J02";
    demo.console->record_mark("bricklaying", top.workstation, judge, "A1",
                              history[0].value == "1500" ? "1501" : "1500", "");
    test::pump(50);

    const auto* unranked = host.panel->unranked();
    REQUIRE(unranked->GetItemCount() == before + 1);
    const long item = find_item(unranked, top.workstation, Col::kUWorkstation);
    REQUIRE(item >= 0);
    CHECK(unranked->GetItemText(item, Col::kUStatus) == "incomplete");
    CHECK(unranked->GetItemText(item, Col::kUMissing).StartsWith("A1 conflict ("));
    CHECK(find_item(host.panel->ranked(), top.workstation, Col::kWorkstation) == -1);

    DialogAnswers answers(wxID_OK);
    CHECK_FALSE(host.panel->reveal());
    REQUIRE(answers.said.size() == 1);
    CHECK(answers.said[0].Contains("cannot be revealed yet"));
    CHECK(answers.said[0].Contains(ui::u8(top.workstation)));
    CHECK_FALSE(demo.console->session().store().event_state("bricklaying").revealed);
    CHECK(count_reveals(demo.console->session().store()) == 0);
    CHECK(host.panel->reveal_button()->IsEnabled());
    test::pump();
    CHECK(save_screenshot(host.frame, test::screenshot_path("results-en")));
}

TEST_CASE("a new mark shows in the results panel at once") {
    test::use_language("en");
    test::DemoConsole demo;
    Host host(*demo.console);
    host.panel->select_event("bricklaying");
    // The fifth-placed contestant's wall length, re-measured: perfect if it lost marks, far
    // out if it had them all, so the total moves either way.
    const ResultRow row = demo.console->session().results("bricklaying").rows.at(4);
    EventBook& book = demo.console->book("bricklaying");
    const bool full =
        *book.sheet(book.find(row.registration_no)).aspects.at(0).mark == Decimal::from_int(5);
    const auto history = mark_history(demo.console->session(), row.registration_no, "A1");
    REQUIRE(!history.empty());
    const long before_item = find_item(host.panel->ranked(), row.workstation, Col::kWorkstation);
    REQUIRE(before_item == 4);
    const wxString before = host.panel->ranked()->GetItemText(before_item, Col::kTotal);

    const auto start = std::chrono::steady_clock::now();
    demo.console->record_mark("bricklaying", row.workstation, history.back().judge, "A1",
                              full ? "1400" : "1490", "re-measured");
    const auto ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    MESSAGE("mark entered to results panel rebuilt: " << ms << " ms (40 contestants)");

    const EventResults now = demo.console->session().results("bricklaying");
    const auto it = std::find_if(now.rows.begin(), now.rows.end(), [&](const ResultRow& r) {
        return r.registration_no == row.registration_no;
    });
    REQUIRE(it != now.rows.end());
    const long item = find_item(host.panel->ranked(), row.workstation, Col::kWorkstation);
    REQUIRE(item >= 0);
    const wxString after = host.panel->ranked()->GetItemText(item, Col::kTotal);
    CHECK(after != before);
    CHECK(after == ui::fixed(it->total, now.precision));
    CHECK(item == static_cast<long>(it - now.rows.begin()));
}

TEST_CASE("with roles on, only the chief judge's PIN reveals the names") {
    test::use_language("en");
    test::DemoConsole demo;
    {
        CompetitionSession& s = demo.console->session();
        const Login organiser{kOrganiser, Role::Organiser};
        set_organiser_password(s, Login{}, "site-office-2019");
        set_judge_pin(s, organiser, "J02", "234200");
        set_chief_judge(s, organiser, "bricklaying", "J02");
    }
    std::vector<std::string> asked;
    std::vector<std::optional<std::string>> answers{std::string("111111")};  // then cancel
    demo.console->set_secret_source([&](const std::string& who, const std::string&) {
        asked.push_back(who);
        return asked.size() <= answers.size() ? answers[asked.size() - 1]
                                              : std::optional<std::string>();
    });
    Host host(*demo.console);
    host.panel->select_event("bricklaying");
    {
        DialogAnswers yes(wxID_YES);
        CHECK_FALSE(host.panel->reveal());  // a wrong PIN, then cancelled
    }
    CHECK(asked == std::vector<std::string>{"J02", "J02"});
    CHECK_FALSE(demo.console->session().store().event_state("bricklaying").revealed);
    CHECK(count_reveals(demo.console->session().store()) == 0);

    asked.clear();
    answers = {std::string("234200")};
    {
        DialogAnswers yes(wxID_YES);
        CHECK(host.panel->reveal());
    }
    CHECK(asked == std::vector<std::string>{"J02"});
    CHECK(demo.console->session().store().event_state("bricklaying").revealed);
    const auto log = demo.console->session().store().audit_log();
    const auto reveal = std::find_if(log.begin(), log.end(),
                                     [](const AuditRecord& r) { return r.action == "reveal"; });
    REQUIRE(reveal != log.end());
    CHECK(reveal->actor == "J02");

    // No chief judge named for rebar: the console says so and asks nobody.
    host.panel->select_event("rebar");
    asked.clear();
    DialogAnswers ok(wxID_YES);
    CHECK_FALSE(host.panel->reveal());
    CHECK(asked.empty());
    CHECK(ok.said.back().Contains("No chief judge is named"));
    CHECK_FALSE(demo.console->session().store().event_state("rebar").revealed);
}
