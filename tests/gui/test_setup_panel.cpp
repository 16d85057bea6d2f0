// The Set-up panel on the demo competition: its four pages list what the store holds, the
// roster preview shows every problem and writes nothing, edits and new judges go through the
// services (checked and audited), the draw is refused once marks exist and works on a fresh
// competition. Screenshots of every page in both languages go to build/screenshots.
#include <doctest/doctest.h>

#include <filesystem>
#include <iterator>

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/modalhook.h>
#include <wx/msgdlg.h>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/prntbase.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/treelist.h>
#include <wx/xrc/xmlres.h>

#include "core/draw.h"
#include "core/id_number.h"
#include "gui_fixture.h"
#include "services/importing.h"
#include "services/judge_admin.h"
#include "services/roster_admin.h"
#include "ui/panels.h"
#include "ui/setup_contestant_dialog.h"
#include "ui/setup_draw_sheet.h"
#include "ui/setup_judge_dialog.h"
#include "ui/setup_roster_preview.h"
#include "ui/setup_row_list.h"
#include "ui/setup_scheme_text.h"

using namespace plumb;
namespace fs = std::filesystem;

namespace {

const char* const kPages[] = {"competition", "contestants", "judges", "draw", "roles"};

using test::DialogCatcher;

// Waits until a destroyed top-level window is deleted: a window pending deletion could still
// receive events for panels and a console that no longer exist.
void gone(wxWindow* window) {
    for (int i = 0; i < 100 && wxTopLevelWindows.Find(window); ++i) {
        wxTheApp->ProcessIdle();
        test::pump(10);
    }
    CHECK_FALSE(wxTopLevelWindows.Find(window));
}

// The first window below `root` named `name` that is a T (an XRC placeholder shares the name).
template <class T>
T* find(wxWindow* root, const wxString& name) {
    for (wxWindow* child : root->GetChildren()) {
        if (auto* t = dynamic_cast<T*>(child); t && child->GetName() == name) return t;
        if (T* t = find<T>(child, name)) return t;
    }
    return nullptr;
}

void click(wxWindow* root, const char* button) {
    wxCommandEvent e(wxEVT_BUTTON, XRCID(button));
    e.SetEventObject(root);
    root->GetEventHandler()->ProcessEvent(e);
}

void choose(wxChoice* choice, int index) {
    choice->SetSelection(index);
    wxCommandEvent e(wxEVT_CHOICE, choice->GetId());
    e.SetInt(index);
    e.SetEventObject(choice);
    choice->GetEventHandler()->ProcessEvent(e);
}

// The Set-up panel as the main frame hosts it: a tab of a notebook in a frame of the main
// frame's size. Not the MainFrame itself, so that the other panels' work in progress cannot
// stop these tests; test_frame.cpp covers the real frame.
struct SetupFrame {
    std::unique_ptr<ui::Console> owned;
    ui::Console* console = nullptr;
    wxFrame* frame = nullptr;
    std::unique_ptr<ui::TaskPanel> panel;
    wxNotebook* book = nullptr;

    SetupFrame(std::unique_ptr<ui::Console> given, const std::string& lang)
        : owned(std::move(given)), console(owned.get()) {
        test::use_language(lang);
        frame = new wxFrame(nullptr, wxID_ANY, "Plumbline", wxDefaultPosition, wxSize(1280, 760));
        auto* menus = new wxMenuBar();  // takes its height, as the main frame's menus do
        menus->Append(new wxMenu(), "Competition");
        frame->SetMenuBar(menus);
        auto* tasks = new wxNotebook(frame, wxID_ANY);
        panel = ui::make_setup_panel(tasks, *console);
        tasks->AddPage(panel->window(), panel->title());
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        auto* title =
            new wxStaticText(frame, wxID_ANY, wxString::FromUTF8(console->competition().name));
        title->SetFont(title->GetFont().Scaled(1.4f).Bold());
        sizer->Add(title, 0, wxALL, 8);
        sizer->Add(tasks, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);
        frame->SetSizer(sizer);
        frame->Show();
        book = XRCCTRL(*panel->window(), "setup_book", wxNotebook);
        REQUIRE(book != nullptr);
        test::pump();
    }
    ~SetupFrame() {
        frame->Destroy();
        gone(frame);
        panel.reset();
    }
    wxWindow* page(const char* name) {
        for (std::size_t i = 0; i < book->GetPageCount(); ++i)
            if (book->GetPage(i)->GetName() == wxString("setup_") + name) {
                book->SetSelection(i);
                test::pump(150);
                return book->GetPage(i);
            }
        FAIL("no set-up page " << name);
        return nullptr;
    }
    std::size_t audit_size() const { return console->session().store().audit_log().size(); }
};

// A competition with the roster of tests/data/cli/roster.csv and no draw, no marks.
struct FreshCompetition {
    fs::path dir;
    std::unique_ptr<ui::Console> console;
    FreshCompetition() {
        char tmpl[] = "/tmp/plumb-gui-setup-XXXXXX";
        dir = mkdtemp(tmpl);
        const Actor organiser{{}, "organiser", {}};
        auto s = CompetitionSession::init(
            dir / "c.plumb", fs::path(TEST_DATA_DIR) / "../../data/demo/zhengyun-cup.toml",
            organiser);
        import_roster(s, unchecked_login("organiser"), fs::path(TEST_DATA_DIR) / "cli/roster.csv");
        console = std::make_unique<ui::Console>(std::make_unique<CompetitionSession>(std::move(s)));
    }
    ~FreshCompetition() { fs::remove_all(dir); }
};

// Selects the scheme's first judgement aspect, so the detail box shows its level descriptors.
void select_judgement(wxWindow* page) {
    auto* tree = find<wxTreeListCtrl>(page, "scheme_tree");
    REQUIRE(tree != nullptr);
    for (wxTreeListItem i = tree->GetFirstItem(); i.IsOk(); i = tree->GetNextItem(i)) {
        if (tree->GetItemText(i, 2) != ui::aspect_type_label(AspectType::Judgement)) continue;
        tree->Select(i);
        tree->EnsureVisible(i);
        wxTreeListEvent e;
        e.SetEventType(wxEVT_TREELIST_SELECTION_CHANGED);
        e.SetEventObject(tree);
        e.SetId(tree->GetId());
        tree->ProcessWindowEvent(e);
        return;
    }
    FAIL("the scheme has no judgement aspect");
}

void shoot_every_page(const std::string& lang) {
    test::DemoConsole demo;
    SetupFrame f(std::move(demo.console), lang);
    REQUIRE(f.book->GetPageCount() == std::size(kPages));
    for (const char* name : kPages) {
        wxWindow* page = f.page(name);
        if (std::string(name) == "competition") {
            select_judgement(page);
            CHECK(XRCCTRL(*page, "aspect_detail", wxTextCtrl)->GetValue().Contains("3 "));
        }
        test::pump(300);
        const wxString png = test::screenshot_path(std::string("setup-") + name + "-" + lang);
        CHECK(save_screenshot(f.frame, png));
        CHECK(fs::file_size(std::string(png.utf8_str())) > 10000);
    }
}

}  // namespace

TEST_CASE(
    "set-up shows the competition, its contestants, judges and draws as the store holds them") {
    test::DemoConsole demo;
    SetupFrame f(std::move(demo.console), "en");
    const Competition& c = f.console->competition();
    CHECK(std::string(f.panel->name()) == "setup");
    CHECK(f.panel->title() == "Set-up");
    REQUIRE(f.book->GetPageCount() == std::size(kPages));

    wxWindow* page = f.page("competition");
    CHECK(XRCCTRL(*page, "competition_name", wxStaticText)->GetLabel() ==
          wxString::FromUTF8(c.name));
    auto* tree = find<wxTreeListCtrl>(page, "scheme_tree");
    REQUIRE(tree != nullptr);
    int criteria = 0;
    for (wxTreeListItem i = tree->GetFirstChild(tree->GetRootItem()); i.IsOk();
         i = tree->GetNextSibling(i))
        ++criteria;
    CHECK(criteria == static_cast<int>(c.events.front().scheme.criteria.size()));
    CHECK_FALSE(XRCCTRL(*page, "aspect_detail", wxTextCtrl)->GetValue().empty());

    page = f.page("contestants");
    auto* list = find<ui::RowList>(page, "contestant_list");
    REQUIRE(list != nullptr);
    CHECK(list->row_count() == 40);
    CHECK(list->row(0)[0] == "ZY001");
    choose(XRCCTRL(*page, "contestant_event", wxChoice), 1);  // the first event
    CHECK(list->row_count() == 10);
    for (long i = 0; i < list->row_count(); ++i)
        CHECK(list->row(i)[5] == wxString::FromUTF8(c.events.front().scheme.name_en));
    choose(XRCCTRL(*page, "contestant_event", wxChoice), 0);
    XRCCTRL(*page, "contestant_search", wxSearchCtrl)->SetValue("ZY002");
    CHECK(list->row_count() == 1);
    XRCCTRL(*page, "contestant_search", wxSearchCtrl)->SetValue("");
    CHECK(list->row_count() == 40);

    page = f.page("judges");
    auto* judges = find<ui::RowList>(page, "judge_list");
    REQUIRE(judges != nullptr);
    CHECK(judges->row_count() == 20);
    CHECK(judges->row(0)[0] == "J01");

    page = f.page("draw");
    auto* drawn = find<ui::RowList>(page, "draw_list");
    REQUIRE(drawn != nullptr);
    CHECK(drawn->row_count() == 10);
    CHECK(drawn->row(0)[0] == "1");
    CHECK(XRCCTRL(*page, "draw_state", wxStaticText)->GetLabel().Contains("20191018"));
}

TEST_CASE(
    "the roster preview of a bad file lists every problem in the console's language, offers no "
    "import, writes nothing") {
    for (const std::string lang : {"en", "zh_CN"}) {
        test::DemoConsole demo;
        SetupFrame f(std::move(demo.console), lang);
        CompetitionSession& s = f.console->session();
        const std::size_t contestants = s.contestants().size();
        const std::size_t audit = f.audit_size();

        const RosterPreview p = preview_roster(s, fs::path(TEST_DATA_DIR) / "cli/roster-bad.csv");
        REQUIRE(p.errors.size() >= 3);
        ui::RosterPreviewDialog dialog(f.frame, f.console->competition(), p);
        dialog.dialog()->Show();
        test::pump(300);
        CHECK(dialog.list()->row_count() == static_cast<long>(p.errors.size()));
        CHECK(dialog.list()->row(0)[0].StartsWith("roster-bad.csv:"));
        // The reasons are in the console's language; the file's own column names stay as written.
        wxString reasons;
        for (long i = 0; i < dialog.list()->row_count(); ++i)
            reasons += dialog.list()->row(i)[1] + ": " + dialog.list()->row(i)[2] + "\n";
        if (lang == "zh_CN") {
            CHECK(reasons.Contains(wxString::FromUTF8("姓名: 不能为空")));
            CHECK(reasons.Contains(wxString::FromUTF8("工种: 未知工种“瓦工”（现有：")));
            CHECK(reasons.Contains(wxString::FromUTF8("报名号: ZY103 与第 4 行重复")));
            CHECK_FALSE(reasons.Contains("must not be empty"));
        } else {
            CHECK(reasons.Contains(wxString::FromUTF8("姓名: must not be empty")));
            CHECK(reasons.Contains(wxString::FromUTF8("工种: unknown trade '瓦工' (known: ")));
        }
        CHECK_FALSE(dialog.dialog()->FindWindow(wxID_OK)->IsEnabled());
        CHECK(save_screenshot(dialog.dialog(),
                              test::screenshot_path("setup-roster-preview-" + lang)));
        dialog.dialog()->Hide();

        CHECK(s.contestants().size() == contestants);
        CHECK(f.audit_size() == audit);
    }
}

TEST_CASE(
    "a contestant's ID number: a bad one is refused, a good one is saved, audited and listed") {
    test::DemoConsole demo;
    SetupFrame f(std::move(demo.console), "en");
    CompetitionSession& s = f.console->session();
    const Contestant original = s.contestants().front();
    const std::size_t audit = f.audit_size();

    std::vector<std::string> refusals;
    auto save = [&](const Contestant& c, const std::string& reason) {
        try {
            if (update_contestant(s, unchecked_login("organiser"), c, reason))
                f.console->changed();
            return true;
        } catch (const ActionError& e) {
            refusals.push_back(e.what());
            return false;
        }
    };
    ui::ContestantDialog dialog(f.frame, f.console->competition(), original, save);
    dialog.dialog()->Show();
    test::pump();
    XRCCTRL(*dialog.dialog(), "contestant_id", wxTextCtrl)->SetValue("410882198012286512");
    XRCCTRL(*dialog.dialog(), "contestant_reason", wxTextCtrl)->SetValue("typed from the form");
    CHECK_FALSE(dialog.save());
    REQUIRE(refusals.size() == 1);
    CHECK(refusals[0].find("check") != std::string::npos);
    CHECK(f.audit_size() == audit);

    // Another sequence number, the same birth date and gender digit: a valid, different ID.
    const std::string sequence = original.id_number.substr(14, 2) == "05" ? "06" : "05";
    const std::string first17 =
        original.id_number.substr(0, 14) + sequence + original.id_number[16];
    const std::string good = first17 + id_check_digit(first17);
    XRCCTRL(*dialog.dialog(), "contestant_id", wxTextCtrl)->SetValue(wxString::FromUTF8(good));
    CHECK(save_screenshot(dialog.dialog(), test::screenshot_path("setup-contestant-dialog-en")));
    CHECK(dialog.save());
    dialog.dialog()->Hide();

    CHECK(f.audit_size() == audit + 1);
    CHECK(s.store().audit_log().back().subject == original.registration_no);
    CHECK(s.contestants().front().id_number == good);
    auto* list = find<ui::RowList>(f.page("contestants"), "contestant_list");
    REQUIRE(list != nullptr);
    CHECK(list->row(0)[2] == wxString::FromUTF8(good));
}

TEST_CASE("a contestant marked absent with a reason shows so in the list") {
    test::DemoConsole demo;
    SetupFrame f(std::move(demo.console), "en");
    CompetitionSession& s = f.console->session();
    const Contestant c = s.contestants().at(1);
    ui::StatusDialog dialog(f.frame, c, [&](ContestantStatus st, const std::string& why) {
        try {
            set_status(s, unchecked_login("organiser"), c.registration_no, st, why);
            f.console->changed();
            return true;
        } catch (const ActionError&) {
            return false;
        }
    });
    CHECK(dialog.status() == ContestantStatus::Absent);  // offered first for an active contestant
    CHECK_FALSE(dialog.save());                          // no reason given
    XRCCTRL(*dialog.dialog(), "status_reason", wxTextCtrl)->SetValue("did not arrive by 8:00");
    CHECK(dialog.save());
    CHECK(s.contestants().at(1).status == ContestantStatus::Absent);
    auto* list = find<ui::RowList>(f.page("contestants"), "contestant_list");
    CHECK(list->row(1)[8].Contains("did not arrive"));
}

TEST_CASE("a judge added through the dialog appears in the judges list with their events") {
    test::DemoConsole demo;
    SetupFrame f(std::move(demo.console), "en");
    CompetitionSession& s = f.console->session();
    auto save = [&](const Judge& j, const std::string& reason) {
        try {
            if (add_or_update_judge(s, unchecked_login("organiser"), j, reason))
                f.console->changed();
            return true;
        } catch (const ActionError&) {
            return false;
        }
    };
    ui::JudgeDialog dialog(f.frame, f.console->competition(), nullptr, save);
    CHECK(XRCCTRL(*dialog.dialog(), "judge_code", wxTextCtrl)->GetValue() == "J21");
    CHECK_FALSE(dialog.save());  // no name, no event
    XRCCTRL(*dialog.dialog(), "judge_name", wxTextCtrl)->SetValue(wxString::FromUTF8("马天宇"));
    XRCCTRL(*dialog.dialog(), "judge_events", wxCheckListBox)->Check(2);
    dialog.dialog()->Show();
    test::pump();
    CHECK(save_screenshot(dialog.dialog(), test::screenshot_path("setup-judge-dialog-en")));
    CHECK(dialog.save());
    dialog.dialog()->Hide();

    auto* list = find<ui::RowList>(f.page("judges"), "judge_list");
    REQUIRE(list != nullptr);
    REQUIRE(list->row_count() == 21);
    CHECK(list->row(20)[0] == "J21");
    CHECK(list->row(20)[3] ==
          wxString::FromUTF8(f.console->competition().events[2].scheme.name_en));
    CHECK(s.store().judges().size() == 21);
}

TEST_CASE("drawing lots is refused with a dialog once marks exist; the draw stays as it was") {
    test::DemoConsole demo;
    SetupFrame f(std::move(demo.console), "en");
    const auto before = f.console->session().contestants();
    wxWindow* page = f.page("draw");
    DialogCatcher dialogs;
    click(page, "draw_lots");
    CHECK(XRCCTRL(*page, "draw_state", wxStaticText)->GetLabel().Contains("final"));
    REQUIRE(dialogs.messages.size() == 1);
    CHECK(dialogs.messages[0].StartsWith("The lots were not drawn."));
    CHECK(dialogs.messages[0].Contains("marks have been entered"));
    const auto after = f.console->session().contestants();
    for (std::size_t i = 0; i < before.size(); ++i) CHECK(after[i].draw_no == before[i].draw_no);
}

TEST_CASE("a fresh competition is drawn from the seed in the field, shown and printable") {
    for (const std::string lang : {"en", "zh_CN"}) {
        FreshCompetition fresh;
        SetupFrame f(std::move(fresh.console), lang);
        wxWindow* page = f.page("draw");
        auto* list = find<ui::RowList>(page, "draw_list");
        REQUIRE(list != nullptr);
        CHECK(list->row_count() == 0);
        DialogCatcher dialogs;
        XRCCTRL(*page, "draw_seed", wxTextCtrl)->SetValue("-1");
        click(page, "draw_lots");
        REQUIRE(dialogs.messages.size() == 1);  // refused: not a whole number
        CHECK(list->row_count() == 0);
        dialogs.messages.clear();
        XRCCTRL(*page, "draw_seed", wxTextCtrl)->SetValue("12345");
        click(page, "draw_lots");
        CHECK(dialogs.messages.empty());
        REQUIRE(list->row_count() == 3);  // bricklaying: ZY001..ZY003
        CHECK(XRCCTRL(*page, "draw_state", wxStaticText)->GetLabel().Contains("12345"));
        const Event& bricklaying = f.console->competition().events.front();
        const auto expected = draw_lots(bricklaying, f.console->session().contestants(), 12345);
        for (const DrawResult& r : expected)
            CHECK(list->row(r.draw_no - 1)[2] == wxString::FromUTF8(r.registration_no));

        const auto sheet = ui::draw_sheet(f.console->competition(), bricklaying,
                                          f.console->session().contestants(),
                                          last_draw(f.console->session(), "bricklaying"));
        const wxString html = ui::draw_sheet_html(sheet, "2019-10-18");
        CHECK(html.Contains("12345"));
        CHECK(html.Contains("ZY003"));
        test::pump();
        CHECK(save_screenshot(f.frame, test::screenshot_path("setup-draw-fresh-" + lang)));

        // Drawn again elsewhere (plumb draw) with a seed giving another order: the page follows.
        std::uint64_t other = 1;
        while (
            draw_lots(bricklaying, f.console->session().contestants(), other)[0].registration_no ==
            expected[0].registration_no)
            ++other;
        draw(f.console->session(), unchecked_login("cli"), "bricklaying", other);
        f.console->changed();
        const wxString state = XRCCTRL(*page, "draw_state", wxStaticText)->GetLabel();
        CHECK(state.Contains(wxString::Format("%llu", static_cast<unsigned long long>(other))));
        CHECK_FALSE(state.Contains("12345"));

        // The preview opens a frame of its own (or reports that printing is unavailable).
        click(page, "draw_preview");
        test::pump(300);
        wxPreviewFrame* preview = nullptr;
        for (wxWindow* w : wxTopLevelWindows)
            if (auto* p = dynamic_cast<wxPreviewFrame*>(w)) preview = p;
        CHECK((preview != nullptr || !dialogs.messages.empty()));
        if (preview) {
            CHECK(save_screenshot(preview, test::screenshot_path("setup-draw-preview-" + lang)));
            preview->Close(true);
            gone(preview);
        }
    }
}

TEST_CASE("screenshots of every set-up page in English") {
    shoot_every_page("en");
}

TEST_CASE("screenshots of every set-up page in Chinese, with Chinese tab labels") {
    shoot_every_page("zh_CN");
    test::use_language("zh_CN");
    CHECK(wxGetTranslation("Contestants") == wxString::FromUTF8("选手"));
    CHECK(wxGetTranslation("Draw lots") == wxString::FromUTF8("抽签"));
}

TEST_CASE("the set-up dialogs speak Chinese: contestant, status and judge") {
    test::DemoConsole demo;
    SetupFrame f(std::move(demo.console), "zh_CN");
    const Contestant c = f.console->session().contestants().front();
    const auto never = [](auto&&...) { return false; };

    ui::ContestantDialog contestant(f.frame, f.console->competition(), c, never);
    contestant.dialog()->Show();
    test::pump();
    CHECK(contestant.dialog()->FindWindow(wxID_OK)->GetLabel() == wxString::FromUTF8("保存(&S)"));
    CHECK(contestant.dialog()->FindWindow(wxID_CANCEL)->GetLabel() == wxString::FromUTF8("取消"));
    CHECK(save_screenshot(contestant.dialog(),
                          test::screenshot_path("setup-contestant-dialog-zh_CN")));
    contestant.dialog()->Hide();

    ui::StatusDialog status(f.frame, c, never);
    status.dialog()->Show();
    test::pump();
    CHECK(save_screenshot(status.dialog(), test::screenshot_path("setup-status-dialog-zh_CN")));
    status.dialog()->Hide();

    const Judge judge = f.console->competition().judges.front();
    ui::JudgeDialog edit(f.frame, f.console->competition(), &judge, never);
    edit.dialog()->Show();
    test::pump();
    CHECK_FALSE(XRCCTRL(*edit.dialog(), "judge_code", wxTextCtrl)->IsEditable());
    CHECK(XRCCTRL(*edit.dialog(), "judge_reason", wxTextCtrl)->IsShown());
    CHECK(save_screenshot(edit.dialog(), test::screenshot_path("setup-judge-dialog-zh_CN")));
    edit.dialog()->Hide();
}
