// A judge's laptop in the console: the kit opened from the Competition menu with its passphrase
// typed (a wrong one first), the master key shown to compare, the database made where chosen
// and opened; the laptop's window names its laptop, event and judges and shows only what a
// laptop does; Ctrl+E writes the score packet, asking the passphrase once per session, and the
// master takes it.
#include <doctest/doctest.h>

#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "dialog_script.h"
#include "exchange/envelope.h"
#include "laptop_contest.h"
#include "services/laptops.h"
#include "services/seal.h"
#include "ui/conflicts_panel.h"
#include "ui/kit_open.h"
#include "ui/main_frame.h"

using namespace plumb;

namespace {

struct Frame {
    wxString opened;  // what the frame asked the application to open
    std::unique_ptr<ui::MainFrame> main;
    explicit Frame(std::unique_ptr<ui::Console> console, const std::string& lang = "en") {
        ui::FrameHost host;
        host.language = lang;
        host.open = [this](const wxString& db) { opened = db; };
        host.set_language = [](const std::string&) {};
        main = std::make_unique<ui::MainFrame>(std::move(console), host);
        main->frame()->Show();
        test::pump(300);
        test::give_focus(main->frame());
    }
    ~Frame() {
        main->frame()->Destroy();
        test::pump(50);
    }
    std::vector<std::string> tabs() const {
        std::vector<std::string> out;
        for (const auto& p : main->panels()) out.push_back(p->name());
        return out;
    }
};

std::unique_ptr<ui::Console> open_console(const std::filesystem::path& db) {
    return std::make_unique<ui::Console>(
        std::make_unique<CompetitionSession>(CompetitionSession::open(db)));
}

std::string file_bytes_or_empty(const std::filesystem::path& p) {
    return std::filesystem::exists(p) ? read_file_bytes(p) : std::string();
}

}  // namespace

TEST_CASE(
    "a judge opens a kit from the Competition menu: the passphrase typed, a wrong one "
    "refused first; the master key shown; the database made where chosen and opened") {
    test::use_language("en");
    test::LoginContest c(false);
    std::filesystem::create_directories(c.dir / "stick");
    std::filesystem::create_directories(c.dir / "laptop");
    const KitExport kit =
        export_kit(c.console->session(), unchecked_login(kOrganiser), "bricklaying", "brick 1",
                   c.dir / "stick" / "brick1.kit", {"J01", "J02"});

    Frame f(nullptr);  // the start page of a laptop that holds no competition yet
    test::FileAnswers files;
    files.open_file = test::ui_path(c.dir / "stick" / "brick1.kit");
    files.save_file = test::ui_path(c.dir / "laptop" / "brick 1.plumb");
    wxString refusal, fingerprint;
    test::DialogScript script;
    script.then("passphrase_dialog", test::type_then_enter("AAAA-BBBB-CCCC-DDDD"))
        .then("passphrase_dialog",
              [&](wxDialog* d) {
                  refusal = test::label_of(d, "passphrase_error");
                  test::give_focus(d);
                  test::type_text(wxString::FromUTF8(kit.passphrase.c_str()).Lower());
                  test::press_key(WXK_RETURN);
              })
        .then("kit_check_dialog", [&](wxDialog* d) {
            fingerprint = test::label_of(d, "kit_fingerprint");
            test::give_focus(d);
            test::press_key(WXK_RETURN);
        });
    // The start page's button, clicked (the Competition menu's item does the same).
    wxWindow* open_kit = f.main->frame()->FindWindow(XRCID("open_kit"));
    REQUIRE(open_kit);
    CHECK(f.main->frame()->GetMenuBar()->FindItem(XRCID("menu_open_kit")) != nullptr);
    test::click(open_kit);
    test::pump(200);
    CHECK(script.finished());
    CHECK(script.unexpected.empty());
    CHECK(refusal.Contains("the passphrase does not open it"));
    CHECK(test::to_std(fingerprint) == kit.master_fingerprint);
    CHECK(files.suggested_names == std::vector<wxString>{"brick 1.plumb"});
    CHECK(f.opened == files.save_file);
    // The laptop's database, from this kit; the kit is gone from the stick.
    CompetitionSession laptop = CompetitionSession::open(c.dir / "laptop" / "brick 1.plumb");
    const auto id = laptop_identity(laptop);
    REQUIRE(id);
    CHECK(id->device_name == "brick 1");
    CHECK(id->judges == std::vector<std::string>{"J01", "J02"});
    CHECK_FALSE(std::filesystem::exists(c.dir / "stick" / "brick1.kit"));
}

TEST_CASE(
    "the laptop's window names the laptop, its event and judges, and shows only what a "
    "laptop does") {
    test::use_language("en");
    test::LoginContest c(false);
    const test::LaptopFile l =
        test::make_laptop(c.console->session(), c.dir / "l1.plumb", "brick 1", {"J01", "J02"});
    Frame f(open_console(l.db));
    CHECK(f.tabs() == std::vector<std::string>{"entry", "progress", "conflicts"});
    auto* banner = XRCCTRL(*f.main->frame(), "laptop_banner", wxStaticText);
    REQUIRE(banner);
    CHECK(banner->IsShown());
    CHECK(banner->GetLabel() == wxString::FromUTF8("Judge's laptop \"brick 1\" for 砌筑工 - "
                                                   "judges: J01 王建国, J02 李德全 - its packets "
                                                   "go to the master"));
    wxMenuBar* bar = f.main->frame()->GetMenuBar();
    CHECK(bar->FindItem(XRCID("menu_announce")) == nullptr);
    CHECK(bar->FindItem(XRCID("menu_export_packet")) != nullptr);
    CHECK(bar->FindMenu("Export") == wxNOT_FOUND);
    CHECK(bar->FindMenuItem("Competition", "Import marks from paper sheets (CSV)...") ==
          wxNOT_FOUND);
    auto* sheets = dynamic_cast<ui::ConflictsPanel*>(f.main->select("conflicts"));
    REQUIRE(sheets);
    CHECK(sheets->title() == "Sign-offs");
    CHECK_FALSE(sheets->shows_conflicts());
    // A master keeps every page and says nothing of laptops.
    Frame m(std::move(c.console));
    CHECK(m.tabs() == std::vector<std::string>{"setup", "laptops", "entry", "progress", "conflicts",
                                               "results", "chief"});
    CHECK_FALSE(XRCCTRL(*m.main->frame(), "laptop_banner", wxStaticText)->IsShown());
    CHECK(m.main->frame()->GetMenuBar()->FindItem(XRCID("menu_export_packet")) == nullptr);
}

TEST_CASE(
    "Ctrl+E writes the laptop's packet to the chosen folder, asking the passphrase once "
    "per session and keeping it off the disk; the master takes every packet") {
    test::use_language("en");
    test::LoginContest c(false);
    CompetitionSession& master = c.console->session();
    const test::LaptopFile l = test::make_laptop(master, c.dir / "l1.plumb", "brick 1", {"J01"});
    std::filesystem::create_directories(c.dir / "stick");
    Frame f(open_console(l.db));
    ui::Console& console = *f.main->console();
    console.record_mark("bricklaying", "01", "J01", "A1", "1491", {});
    console.record_mark("bricklaying", "02", "J01", "A1", "1489", {});
    test::FileAnswers files;
    files.folder = test::ui_path(c.dir / "stick");

    wxString contents, seal;
    {
        test::DialogScript script;
        script.then("passphrase_dialog", test::type_then_enter("AAAA-BBBB-CCCC-DDDD"))
            .then("passphrase_dialog",
                  test::type_then_enter(wxString::FromUTF8(l.kit.passphrase.c_str())))
            .then("packet_export_dialog", [&](wxDialog* d) {
                contents = test::label_of(d, "packet_contents");
                seal = test::label_of(d, "packet_seal");
                test::give_focus(d);
                test::press_key(WXK_RETURN);
            });
        test::give_focus(f.main->frame());
        test::press_key('E', wxMOD_CONTROL);
        test::pump(200);
        CHECK(script.finished());
        CHECK(script.unexpected.empty());
    }
    CHECK(contents.StartsWith("It carries 2 mark entries, the latest entered at "));
    CHECK(test::to_std(seal) == audit_seal(console.session().store()));
    std::vector<std::filesystem::path> written;
    for (const auto& e : std::filesystem::directory_iterator(c.dir / "stick"))
        written.push_back(e.path());
    REQUIRE(written.size() == 1);
    CHECK(written[0].filename().string().rfind("brick 1-", 0) == 0);
    CHECK(written[0].extension() == ".packet");
    auto imported = import_packets(master, unchecked_login(kOrganiser),
                                   {{written[0].string(), read_file_bytes(written[0]), {}}});
    CHECK(imported.at(0).entries == 2);

    // Later the same session: no passphrase asked, the newer packet brings the new mark.
    console.record_mark("bricklaying", "03", "J01", "A1", "1490", {});
    std::filesystem::remove(written[0]);
    test::DialogScript again;
    again.then("packet_export_dialog", test::press_enter());
    test::give_focus(f.main->frame());
    test::press_key('E', wxMOD_CONTROL);
    test::pump(200);
    CHECK(again.finished());
    CHECK(again.shown == std::vector<std::string>{"packet_export_dialog"});
    written.clear();
    for (const auto& e : std::filesystem::directory_iterator(c.dir / "stick"))
        written.push_back(e.path());
    REQUIRE(written.size() == 1);
    imported = import_packets(master, unchecked_login(kOrganiser),
                              {{written[0].string(), read_file_bytes(written[0]), {}}});
    CHECK(imported.at(0).entries == 1);
    // The passphrase stayed in memory: not in the laptop's files.
    const std::string plain = l.kit.passphrase;
    std::string bare = plain;
    std::erase(bare, '-');
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const std::string bytes = file_bytes_or_empty(l.db.string() + suffix);
        CHECK(bytes.find(plain) == std::string::npos);
        CHECK(bytes.find(bare) == std::string::npos);
    }
}

TEST_CASE("a kit file larger than a kit can be is refused with the reason, no passphrase asked") {
    test::use_language("en");
    test::LoginContest c(false);
    const std::filesystem::path big = c.dir / "huge.kit";
    write_file_atomically(big, "x");
    std::filesystem::resize_file(big, exchange::kMaxKitBytes + 1);  // sparse: no 16 MB written
    Frame f(nullptr);
    test::DialogScript script;  // no form dialog expected: a passphrase dialog would be noted
    CHECK(ui::open_judge_kit(f.main->frame(), test::ui_path(big)).empty());
    CHECK(script.shown.empty());
    REQUIRE(script.messages.size() == 1);
    CHECK(script.messages[0].StartsWith("The judge kit could not be read."));
    CHECK(script.messages[0].Contains("too large (16.0 MB; at most 16.0 MB)"));
    CHECK(f.opened.empty());
}
