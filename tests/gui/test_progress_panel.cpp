// The progress panel: counts that agree with the chief judge's check, a conflict turning its
// cell red, a cell's history, the judges view; screenshots in zh_CN and en.
#include <doctest/doctest.h>

#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/modalhook.h>
#include <wx/stattext.h>

#include "gui_fixture.h"
#include "services/check.h"
#include "ui/progress_grid.h"
#include "ui/progress_panel.h"
#include "ui/panels.h"
#include "ui/wx_text.h"

using namespace plumb;

namespace {

// A console panel in a frame of the size of a cheap laptop's screen.
struct Host {
    wxFrame* frame;
    std::unique_ptr<ui::TaskPanel> task;
    ui::ProgressPanel* panel;
    explicit Host(ui::Console& console) {
        frame = new wxFrame(nullptr, wxID_ANY, "progress", wxDefaultPosition, wxSize(1280, 740));
        task = ui::make_progress_panel(frame, console);
        panel = dynamic_cast<ui::ProgressPanel*>(task.get());
        REQUIRE(panel != nullptr);
        frame->Show();
        test::pump();
    }
    ~Host() {
        frame->Destroy();
        test::pump(50);
    }
};

// Answers every modal dialog without showing it, after letting a test look at it.
struct DialogAnswers : wxModalDialogHook {
    std::function<void(wxDialog*)> inspect;
    int shown = 0;
    DialogAnswers() { Register(); }
    ~DialogAnswers() override { Unregister(); }
    int Enter(wxDialog* dialog) override {
        ++shown;
        if (inspect) inspect(dialog);
        return wxID_OK;
    }
    void Exit(wxDialog*) override {}
};

int count_kind(const EventCheck& check, const std::string& kind) {
    int n = 0;
    for (const CheckItem& i : check.items) n += i.kind == kind;
    return n;
}

// A measured length for A1 different from the current one.
std::string other_length(const std::string& current) {
    return current == "1500" ? "1501" : "1500";
}

}  // namespace

TEST_CASE("the progress counts agree with the chief judge's check for every event") {
    test::use_language("en");
    test::DemoConsole demo;
    Host host(*demo.console);
    CHECK(std::string(host.panel->name()) == "progress");
    int not_competing_seen = 0;
    for (const Event& e : demo.console->competition().events) {
        host.panel->select_event(e.code);
        const ui::ProgressMatrix& m = host.panel->matrix();
        const CheckReport report =
            check_competition(demo.console->session(), unchecked_login("organiser"), e.code);
        const EventCheck& check = report.events.at(0);
        const ui::ProgressCounts& c = m.counts();
        CHECK(c.missing == count_kind(check, "missing"));
        CHECK(c.conflict == count_kind(check, "conflict"));
        CHECK(c.too_few == count_kind(check, "too_few_judges"));
        CHECK(c.invalid == count_kind(check, "invalid"));
        CHECK(c.spread == count_kind(check, "spread"));
        CHECK(c.complete == check.complete);
        CHECK(c.incomplete == check.incomplete);
        CHECK(c.not_competing == check.not_competing);
        CHECK(host.panel->window()
                  ->FindWindow("contestant_counts")
                  ->GetLabel()
                  .Contains(wxString::Format("%d not competing", check.not_competing)));
        CHECK(host.panel->grid()->GetNumberRows() == check.contestants);
        CHECK(host.panel->grid()->GetNumberCols() == static_cast<int>(e.scheme.aspects().size()));
        not_competing_seen += c.not_competing;
    }
    CHECK(not_competing_seen == 2);  // the demo's absent and disqualified contestants
    // The absent contestant's row says so and its cells are greyed.
    host.panel->select_event("rebar");
    const ui::ProgressMatrix& m = host.panel->matrix();
    int absent = -1;
    for (std::size_t r = 0; r < m.rows().size(); ++r)
        if (m.rows()[r].status == RowStatus::Absent) absent = static_cast<int>(r);
    REQUIRE(absent >= 0);
    CHECK(host.panel->grid()->GetRowLabelValue(absent).Contains("absent"));
    CHECK(host.panel->grid()->GetCellBackgroundColour(absent, 0) ==
          ui::state_colour(ui::CellState::NotCompeting));
    host.panel->grid()->MakeCellVisible(absent, 0);
    test::pump();
    CHECK(save_screenshot(host.frame, test::screenshot_path("progress-absent-en")));
}

TEST_CASE("a second judge's differing measurement turns its cell red; its history lists both") {
    for (const std::string lang : {"zh_CN", "en"}) {
        test::use_language(lang);
        test::DemoConsole demo;
        Host host(*demo.console);
        host.panel->select_event("bricklaying");
        const int row = 2, col = 0;  // the third workstation's A1 (wall length)
        const ui::ProgressRow target = host.panel->matrix().rows().at(row);
        REQUIRE(host.panel->matrix().columns().at(col).label() == "A1");
        const ui::ProgressCounts before = host.panel->matrix().counts();
        CHECK(host.panel->matrix().cell(row, col).state == ui::CellState::Entered);
        CHECK(host.panel->grid()->GetCellBackgroundColour(row, col) ==
              ui::state_colour(ui::CellState::Entered));
        const auto first = host.panel->history(row, col);
        REQUIRE(first.size() == 1);

        const std::string judge = first[0].entry.judge == "J02" ? "J03" : "J02";
        demo.console->record_mark("bricklaying", target.workstation, judge, "A1",
                                  other_length(first[0].entry.value), "");
        test::pump(50);
        const ui::ProgressCounts after = host.panel->matrix().counts();
        CHECK(host.panel->matrix().cell(row, col).state == ui::CellState::Conflict);
        CHECK(host.panel->grid()->GetCellValue(row, col) == wxString::FromUTF8("≠"));
        CHECK(host.panel->grid()->GetCellBackgroundColour(row, col) ==
              ui::state_colour(ui::CellState::Conflict));
        CHECK(after.conflict == before.conflict + 1);
        CHECK(after.entered == before.entered - 1);
        CHECK(after.incomplete == before.incomplete + 1);
        CHECK(after.complete == before.complete - 1);

        // The second judge corrects the value with a reason: three entries, two current.
        demo.console->record_mark("bricklaying", target.workstation, judge, "A1",
                                  first[0].entry.value, "re-measured with the steel tape");
        const auto lines = host.panel->history(row, col);
        REQUIRE(lines.size() == 3);
        CHECK(lines[0].entry.judge == first[0].entry.judge);
        CHECK(lines[0].current);
        CHECK(lines[1].entry.judge == judge);
        CHECK_FALSE(lines[1].current);
        CHECK(lines[2].entry.reason == "re-measured with the steel tape");
        CHECK(lines[2].current);
        CHECK(host.panel->matrix().cell(row, col).state == ui::CellState::Entered);

        // The dialog shows the same lines; a person can look at it in the screenshot.
        DialogAnswers answers;
        int listed = -1;
        wxString reason;
        answers.inspect = [&](wxDialog* dialog) {
            auto* list = dynamic_cast<wxListCtrl*>(dialog->FindWindow("history_list"));
            REQUIRE(list != nullptr);
            listed = list->GetItemCount();
            reason = list->GetItemText(2, 4);
            dialog->Show();
            test::pump();
            CHECK(save_screenshot(dialog, test::screenshot_path("history-" + lang)));
            dialog->Hide();
        };
        host.panel->grid()->SetGridCursor(row, col);
        host.panel->open_history(row, col);
        CHECK(answers.shown == 1);
        // By keyboard: Enter on the selected cell opens the same history.
        wxKeyEvent enter(wxEVT_KEY_DOWN);
        enter.m_keyCode = WXK_RETURN;
        host.panel->grid()->GetGridWindow()->ProcessWindowEvent(enter);
        CHECK(answers.shown == 2);
        CHECK(listed == 3);
        CHECK(reason == "re-measured with the steel tape");

        // Leave a conflict on screen for the screenshot.
        demo.console->record_mark("bricklaying", host.panel->matrix().rows().at(5).workstation,
                                  judge, "A2", "1001", "");
        host.panel->grid()->SetGridCursor(5, 1);
        test::pump();
        CHECK(save_screenshot(host.frame, test::screenshot_path("progress-" + lang)));
    }
}

TEST_CASE("the judges view shows one column per judge in place of the judgement aspects") {
    test::use_language("zh_CN");
    test::DemoConsole demo;
    Host host(*demo.console);
    host.panel->select_event("bricklaying");
    const Event& ev = demo.console->session().event("bricklaying");
    int judgement = 0;
    for (const Aspect* a : ev.scheme.aspects()) judgement += a->is_judgement();
    const int aspects = static_cast<int>(ev.scheme.aspects().size());
    const ui::ProgressCounts counts = host.panel->matrix().counts();

    host.panel->show_judges(true);
    CHECK(host.panel->grid()->GetNumberCols() == aspects - judgement + 5);
    CHECK(host.panel->grid()->GetColLabelValue(aspects - judgement) == "J01");
    CHECK(host.panel->grid()->GetColLabelValue(aspects - judgement + 4) == "J05");
    const wxString all = wxString::Format("%d/%d", judgement, judgement);
    CHECK(host.panel->grid()->GetCellValue(0, aspects - judgement) == all);
    CHECK(host.panel->matrix().counts().entered == counts.entered);  // counts stay per aspect
    const auto lines = host.panel->history(0, aspects - judgement);
    CHECK(static_cast<int>(lines.size()) == judgement);
    for (const auto& l : lines) CHECK(l.entry.judge == "J01");
    test::pump();
    CHECK(save_screenshot(host.frame, test::screenshot_path("progress-judges-zh_CN")));

    host.panel->show_judges(false);
    CHECK(host.panel->grid()->GetNumberCols() == aspects);
}

TEST_CASE("a workstation's cell names the judges with a conflict of interest") {
    test::use_language("zh_CN");
    test::DemoConsole demo;
    CompetitionSession& s = demo.console->session();
    Host host(*demo.console);
    host.panel->select_event("bricklaying");
    auto* info = dynamic_cast<wxStaticText*>(host.frame->FindWindow("cell_info"));
    REQUIRE(info != nullptr);
    const wxString flag = wxString::FromUTF8("执裁回避");
    // The demo's J03 works for the employer of some contestants (plumb check flags them): a
    // workstation of theirs is named, one of another employer's is not.
    int flagged = -1, clear = -1;
    const auto& rows = host.panel->matrix().rows();
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        host.panel->grid()->SetGridCursor(r, 0);
        test::pump(5);
        if (info->GetLabel().Contains(flag)) {
            if (flagged < 0) flagged = r;
            CHECK(info->GetLabel().Contains(wxString::FromUTF8("执裁回避：J03")));
        } else if (clear < 0) {
            clear = r;
        }
    }
    REQUIRE(flagged >= 0);
    REQUIRE(clear >= 0);
    // J01 turns out to work for the clear workstation's contestant's employer.
    const Contestant c =
        s.store()
            .contestant_at("bricklaying", rows.at(static_cast<std::size_t>(clear)).workstation)
            .value();
    Judge j = *s.competition().find_judge("J01");
    j.employer = c.employer;
    {
        Change change = s.store().begin(Actor{{}, "organiser", "J01's employer corrected"});
        change.add_judge(j);
        change.commit();
    }
    s.reload_judges();
    demo.console->changed();
    host.panel->grid()->SetGridCursor(clear, 1);
    test::pump();
    CHECK(info->GetLabel().Contains(wxString::FromUTF8("执裁回避：J01")));
}
