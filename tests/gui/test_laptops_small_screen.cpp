// A judge's small laptop and the site office's netbook (ctest test_gui_1024x600): the Laptops
// and Conflicts pages, a laptop's window and every dialog of the laptop day are on a 1024x600
// screen, in Chinese and English; their screenshots go to build/screenshots.
#include <doctest/doctest.h>

#include <wx/dialog.h>
#include <wx/dirdlg.h>
#include <wx/display.h>
#include <wx/frame.h>
#include <wx/stattext.h>
#include <wx/timer.h>
#include <wx/uiaction.h>
#include <wx/xrc/xmlres.h>

#include "dialog_script.h"
#include "laptop_contest.h"
#include "small_screen.h"
#include "core/translate.h"
#include "services/laptops.h"
#include "services/signoff.h"
#include "ui/file_dialog.h"
#include "ui/kit_open.h"
#include "ui/laptops_panel.h"
#include "ui/main_frame.h"
#include "ui/packet_export.h"
#include "ui/passphrase_dialog.h"
#include "ui/signoff_dialog.h"

using namespace plumb;

namespace {

using test::on_screen;

std::unique_ptr<ui::MainFrame> frame_on(std::unique_ptr<ui::Console> console,
                                        const std::string& lang) {
    const ui::FrameHost host = test::idle_host(lang);
    auto f = std::make_unique<ui::MainFrame>(std::move(console), host);
    f->frame()->Show();
    test::pump(300);
    return f;
}

// A master with laptop L1's first packet imported and a signed-off sheet, and L1 itself.
struct Day {
    test::LoginContest c{false};
    test::LaptopFile laptop;
    Day() {
        CompetitionSession& m = c.console->session();
        laptop = test::make_laptop(m, c.dir / "l1.plumb", "brick 1", {"J01", "J02"});
        CompetitionSession l = CompetitionSession::open(laptop.db);
        enter_mark(l, unchecked_login("J01"),
                   MarkRequest{"bricklaying", "01", "J01", "A1", "1493", {}, {}});
        sign_off(l, unchecked_login("J01"), "bricklaying", "01", "J01");
        import_packets(m, unchecked_login(kOrganiser),
                       {{"l1.packet", export_packet(l, laptop.kit.passphrase), {}}});
        enter_mark(m, unchecked_login("J02"),
                   MarkRequest{"bricklaying", "01", "J02", "A1", "1494", {}, {}});
        c.console->changed();
    }
};

void check_on_screen(wxWindow* root, const char* name) {
    wxWindow* w = root->FindWindow(XRCID(name));
    INFO(name);
    REQUIRE(w);
    CHECK(w->IsShownOnScreen());
    CHECK(on_screen(w->GetScreenRect()));
}

}  // namespace

TEST_CASE("1024x600: the Laptops and Conflicts pages and a laptop's window fit the screen") {
    REQUIRE(wxDisplay(0u).GetClientArea().width <= 1024);
    for (const char* lang : {"zh_CN", "en"}) {
        CAPTURE(lang);
        test::use_language(lang);
        Day day;
        {
            auto master = frame_on(std::move(day.c.console), lang);
            wxFrame* f = master->frame();
            CHECK(on_screen(f->GetScreenRect()));
            master->select("laptops");
            test::pump(200);
            for (const char* name :
                 {"kit_event", "kit_device", "kit_judges", "write_kit", "laptop_list",
                  "import_packets", "import_folder", "import_results"})
                check_on_screen(f, name);
            CHECK(
                save_screenshot(f, test::screenshot_path(std::string("laptops-1024x600-") + lang)));
            master->select("conflicts");
            test::pump(200);
            for (const char* name :
                 {"conflicts_event", "conflict_list", "settle_value", "settle_reason", "settle",
                  "signoff_list", "reopen_reason", "reopen_sheet"})
                check_on_screen(f, name);
            CHECK(save_screenshot(
                f, test::screenshot_path(std::string("conflicts-1024x600-") + lang)));
            f->Destroy();
            test::pump(50);
        }
        {
            auto laptop = frame_on(
                std::make_unique<ui::Console>(
                    std::make_unique<CompetitionSession>(CompetitionSession::open(day.laptop.db))),
                lang);
            wxFrame* f = laptop->frame();
            CHECK(on_screen(f->GetScreenRect()));
            auto* banner = XRCCTRL(*f, "laptop_banner", wxStaticText);
            REQUIRE(banner);
            CHECK(banner->IsShownOnScreen());
            CHECK(on_screen(banner->GetScreenRect()));
            laptop->select("entry");
            test::pump(200);
            check_on_screen(f, "sign_off_sheet");
            CHECK(save_screenshot(
                f, test::screenshot_path(std::string("laptop-window-1024x600-") + lang)));
            laptop->select("conflicts");
            test::pump(200);
            check_on_screen(f, "signoff_list");
            f->Destroy();
            test::pump(50);
        }
    }
    test::use_language("en");
}

TEST_CASE("1024x600: the dialogs of the laptop day are on the screen") {
    test::use_language("zh_CN");
    Day day;
    auto master = frame_on(std::move(day.c.console), "zh_CN");
    wxFrame* f = master->frame();
    ui::Console& mc = *master->console();
    const auto check = [](wxDialog* d, const char* name) {
        INFO(name);
        d->Show();
        test::pump(300);
        const wxRect where = test::x_window_rect(d);
        CHECK(on_screen(where));
        CHECK(save_screenshot(d, test::screenshot_path(std::string(name) + "-1024x600-zh_CN")));
        d->Hide();
    };
    {
        const KitExport kit = export_kit(mc.session(), unchecked_login(kOrganiser), "bricklaying",
                                         "砌筑 2", day.c.dir / "brick2.kit", {"J01", "J03"});
        const wxString file = wxString::FromUTF8("/media/judge/STICK/砌筑 2.kit");
        ui::KitWrittenDialog d(f, mc, "bricklaying", "砌筑 2", {"J01", "J03"}, kit, file);
        check(d.dialog(), "kit-passphrase");
        ui::KitCheckDialog k(f, read_kit(kit.bytes, kit.passphrase), file);
        check(k.dialog(), "kit-open");
    }
    {
        ui::PassphraseDialog d(
            f, wxString::Format(_("Open the judge kit %s"), wxString::FromUTF8("砌筑 2.kit")),
            wxString::FromUTF8(format(tr("the judge kit is refused: %s"),
                                      {tr("the passphrase does not open it (type the passphrase "
                                          "given with the kit)")})
                                   .c_str()));
        check(d.dialog(), "passphrase");
    }
    {
        CompetitionSession l = CompetitionSession::open(day.laptop.db);
        ui::PacketWrittenDialog d(f, "/media/judge/STICK/brick 1-20191018-1130.packet", "brick 1",
                                  packet_contents(l));
        check(d.dialog(), "packet-export");
    }
    {
        ui::SignOffDialog d(f, mc, "bricklaying", "02", "J01",
                            missing_before_signoff(mc.session(), "bricklaying", "02", "J01"));
        check(d.dialog(), "signoff");
    }
    f->Destroy();
    test::pump(50);
    test::use_language("en");
}

TEST_CASE("1024x600: the folder chooser of Export score packet is on the screen") {
    test::use_language("zh_CN");
    Day day;
    auto laptop = frame_on(std::make_unique<ui::Console>(std::make_unique<CompetitionSession>(
                               CompetitionSession::open(day.laptop.db))),
                           "zh_CN");
    {
        // Gone before its parent frame is destroyed, which would delete it a second time.
        wxDirDialog dialog(laptop->frame(), wxString::FromUTF8("选择存放评分包的文件夹或U盘"),
                           test::ui_path(day.c.dir));
        test::check_dialog_on_screen(dialog, "packet-folder-1024x600-zh_CN");
    }
    laptop->frame()->Destroy();
    test::pump(50);
    test::use_language("en");
}
