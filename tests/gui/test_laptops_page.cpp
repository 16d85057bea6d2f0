// The master's Laptops page driven as the organiser drives it: a laptop's name typed, its judges
// ticked, Write the kit pressed; the passphrase the dialog shows opens the kit written. Packets
// imported from a folder or as files: added, already here, or refused with the very reason
// `plumb packet import` gives, and then nothing is imported.
#include <doctest/doctest.h>

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "dialog_script.h"
#include "laptop_contest.h"
#include "services/laptops.h"
#include "services/seal.h"
#include "services/settings_keys.h"
#include "ui/laptops_panel.h"

using namespace plumb;

namespace {

using Window = test::PanelWindow<ui::LaptopsPanel>;

// Presses a button of the page with the keyboard: focus on it, then the space bar.
void press(ui::LaptopsPanel* panel, const char* button) {
    wxWindow* b = panel->window()->FindWindow(XRCID(button));
    REQUIRE(b);
    b->SetFocus();
    test::pump(30);
    test::press_key(WXK_SPACE);
    test::pump(100);
}

std::string run_cli(const std::string& arguments, std::string& err) {
    const std::filesystem::path out = std::filesystem::temp_directory_path() / "plumb-gui-cli.out";
    const std::filesystem::path errs = std::filesystem::temp_directory_path() / "plumb-gui-cli.err";
    const std::string cmd = std::string(PLUMB_BINARY) + " " + arguments + " >'" + out.string() +
                            "' 2>'" + errs.string() + "'";
    const int status = std::system(cmd.c_str());
    err = read_file_bytes(errs);
    const std::string printed = read_file_bytes(out);
    std::filesystem::remove(out);
    std::filesystem::remove(errs);
    return status == 0 ? printed : "exit " + std::to_string(status);
}

wxString cell(wxListCtrl* list, long row, int column) {
    return list->GetItemText(row, column);
}

}  // namespace

TEST_CASE(
    "the Laptops page registers a laptop: name typed, judges ticked, kit saved where "
    "chosen, and the passphrase it shows opens the kit") {
    test::use_language("en");
    test::LoginContest c(false);
    Window w(ui::make_laptops_panel, *c.console);
    test::FileAnswers files;
    files.save_file = test::ui_path(c.dir / "stick" / "brick1.kit");
    std::filesystem::create_directories(c.dir / "stick");

    w.panel->device_name()->SetFocus();
    test::pump(30);
    test::type_text("brick 1");
    CHECK(w.panel->device_name()->GetValue() == "brick 1");
    // J03 scores on another laptop: unticked with the space bar.
    wxCheckListBox* judges = w.panel->judge_checks();
    REQUIRE(judges->GetCount() == 5);
    CHECK(judges->IsChecked(2));
    judges->SetFocus();
    judges->SetSelection(2);
    test::pump(30);
    test::press_key(WXK_SPACE);
    CHECK_FALSE(judges->IsChecked(2));

    wxString passphrase, fingerprint;
    {
        test::DialogScript script;
        script.then("kit_passphrase_dialog", [&](wxDialog* d) {
            passphrase = test::label_of(d, "kit_passphrase");
            fingerprint = test::label_of(d, "kit_master_fingerprint");
            test::pump(200);
            CHECK(save_screenshot(d, test::screenshot_path("kit-passphrase-dialog-en")));
            test::give_focus(d);
            test::press_key(WXK_RETURN);
        });
        press(w.panel, "write_kit");
        CHECK(script.finished());
        CHECK(script.unexpected.empty());
    }
    CHECK(files.suggested_names == std::vector<wxString>{"brick 1.kit"});

    // The kit is where it was saved, and what the dialog showed opens it.
    const std::string bytes = read_file_bytes(c.dir / "stick" / "brick1.kit");
    const KitImport read = read_kit(bytes, test::to_std(passphrase));
    CHECK(read.device_name == "brick 1");
    CHECK(read.event == "bricklaying");
    CHECK(test::to_std(fingerprint) == read.master_fingerprint);
    const auto laptops = registered_laptops(c.console->session());
    REQUIRE(laptops.size() == 1);
    CHECK(laptops[0].judges == std::vector<std::string>{"J01", "J02", "J04", "J05"});
    CHECK(w.panel->laptop_list()->GetItemCount() == 1);
    CHECK(cell(w.panel->laptop_list(), 0, 0) == "brick 1");
    CHECK(cell(w.panel->laptop_list(), 0, 4) == "none yet");
    CHECK(w.panel->device_name()->GetValue().empty());

    // The same name again: the gate's reason, and no second kit.
    files.save_file = test::ui_path(c.dir / "stick" / "again.kit");
    w.panel->device_name()->SetFocus();
    test::type_text("brick 1");
    test::DialogScript refused;
    press(w.panel, "write_kit");
    REQUIRE(refused.messages.size() == 1);
    CHECK(refused.messages[0].Contains("The laptop was not registered."));
    CHECK(refused.messages[0].Contains("a device named 'brick 1' is already registered"));
    CHECK_FALSE(std::filesystem::exists(c.dir / "stick" / "again.kit"));
    CHECK(registered_laptops(c.console->session()).size() == 1);
}

TEST_CASE("with roles on, a kit needs the organiser's password; a wrong one registers nothing") {
    test::use_language("en");
    test::LoginContest c(true);
    Window w(ui::make_laptops_panel, *c.console);
    test::FileAnswers files;
    files.save_file = test::ui_path(c.dir / "brick1.kit");
    w.panel->device_name()->SetFocus();
    test::type_text("brick 1");
    c.answer({"not-the-password", std::nullopt});
    press(w.panel, "write_kit");
    REQUIRE(c.asked.size() == 2);
    CHECK(c.asked[0].who == "organiser");
    CHECK(c.asked[1].error == "wrong password for organiser");
    CHECK(files.asked.empty());  // not even asked where
    CHECK(registered_laptops(c.console->session()).empty());

    c.answer({test::kPassword});
    test::DialogScript script;
    script.then("kit_passphrase_dialog", test::press_enter());
    press(w.panel, "write_kit");
    CHECK(script.finished());
    CHECK(registered_laptops(c.console->session()).size() == 1);
    CHECK(std::filesystem::exists(c.dir / "brick1.kit"));
}

TEST_CASE(
    "packets on the Laptops page: a damaged one is refused with the reason plumb packet "
    "import gives and nothing is imported; then added once, then already here") {
    test::use_language("en");
    test::LoginContest c(false);
    CompetitionSession& master = c.console->session();
    const test::LaptopFile l = test::make_laptop(master, c.dir / "l1.plumb", "L1", {"J01"});
    std::string laptop_seal;
    {
        CompetitionSession laptop = CompetitionSession::open(l.db);
        for (const char* ws : {"01", "02"})
            enter_mark(laptop, unchecked_login("J01"),
                       MarkRequest{"bricklaying", ws, "J01", "A1", "1491", {}, {}});
        const std::string bytes = export_packet(laptop, l.kit.passphrase);
        laptop_seal = audit_seal(laptop.store());
        std::filesystem::create_directories(c.dir / "stick");
        write_file_atomically(c.dir / "stick" / "a-good.packet", bytes);
        std::string damaged = bytes;
        damaged[damaged.size() / 2] ^= 0x20;
        write_file_atomically(c.dir / "stick" / "b-damaged.packet", damaged);
    }
    Window w(ui::make_laptops_panel, *c.console);
    test::FileAnswers files;
    const auto marks_before = master.store().mark_count();

    files.folder = test::ui_path(c.dir / "stick");
    {
        test::DialogScript script;
        press(w.panel, "import_folder");
        REQUIRE(script.messages.size() == 1);
        CHECK(script.messages[0].StartsWith("Nothing was imported: 1 file was refused"));
    }
    wxListCtrl* results = w.panel->import_results();
    REQUIRE(results->GetItemCount() == 2);
    CHECK(cell(results, 0, ui::LaptopsPanel::kFile) == "a-good.packet");
    CHECK(cell(results, 0, ui::LaptopsPanel::kOutcome) == "not imported: another file was refused");
    CHECK(cell(results, 1, ui::LaptopsPanel::kFile) == "b-damaged.packet");
    const wxString refused = cell(results, 1, ui::LaptopsPanel::kOutcome);
    CHECK(refused.StartsWith("refused: "));
    CHECK(master.store().mark_count() == marks_before);
    CHECK(master.store().packets().empty());
    // The same files through plumb: the same reason, after the file's name.
    std::string err;
    const std::string good = (c.dir / "stick" / "a-good.packet").string();
    const std::string bad = (c.dir / "stick" / "b-damaged.packet").string();
    CHECK(run_cli("packet import '" + master.store().path() + "' '" + good + "' '" + bad + "'", err)
              .rfind("exit", 0) == 0);
    CHECK(err.find(bad + ": refused: " + test::to_std(refused.Mid(9)) + "\n") != std::string::npos);
    CHECK(master.store().mark_count() == marks_before);

    // The good one alone, as files: added; then again: already here, as plumb says.
    files.open_files.Add(test::ui_path(c.dir / "stick" / "a-good.packet"));
    {
        test::DialogScript script;
        press(w.panel, "import_packets");
        REQUIRE(script.messages.size() == 1);
        CHECK(script.messages[0].StartsWith("Imported: the packet brought new records"));
    }
    REQUIRE(results->GetItemCount() == 1);
    CHECK(cell(results, 0, ui::LaptopsPanel::kLaptop) == "L1");
    CHECK(cell(results, 0, ui::LaptopsPanel::kOutcome).StartsWith("added: "));
    // The seal the laptop showed when it wrote the packet, to compare with the hand-over sheet.
    CHECK(cell(results, 0, ui::LaptopsPanel::kOutcome) == "added: 3 new records (2 entries)");
    CHECK(cell(results, 0, ui::LaptopsPanel::kSeal) == laptop_seal);
    CHECK(master.store().mark_count() == marks_before + 2);
    CHECK(cell(w.panel->laptop_list(), 0, 4) != "none yet");
    {
        test::DialogScript script;
        press(w.panel, "import_packets");
        REQUIRE(script.messages.size() == 1);
        CHECK(script.messages[0].StartsWith("Imported: 0 of 1 packets brought new records"));
    }
    CHECK(cell(results, 0, ui::LaptopsPanel::kOutcome) == "already imported; nothing to add");
    CHECK(run_cli("packet import '" + master.store().path() + "' '" + good + "'", err) ==
          good + ": already imported; nothing to add\n");
    CHECK(master.store().mark_count() == marks_before + 2);
    test::pump(100);
    CHECK(save_screenshot(w.frame, test::screenshot_path("laptops-import-en")));
}

TEST_CASE("the Laptops page retires the laptop selected, once a reason is given") {
    test::use_language("en");
    test::LoginContest c(false);
    CompetitionSession& master = c.console->session();
    test::make_laptop(master, c.dir / "l1.plumb", "L1", {"J01"});
    Window w(ui::make_laptops_panel, *c.console);
    wxListCtrl* list = w.panel->laptop_list();
    REQUIRE(list->GetItemCount() == 1);
    {
        test::DialogScript script;
        press(w.panel, "retire_laptop");
        REQUIRE(script.messages.size() == 1);
        CHECK(script.messages[0].StartsWith("Select the laptop in the list first."));
        CHECK(script.shown.empty());
    }
    list->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    test::DialogScript script;
    script.then("laptop_retire_dialog", [](wxDialog* d) {
        test::give_focus(d);
        test::press_key(WXK_RETURN);  // no reason yet: refused, the dialog stays
        test::pump(100);
        XRCCTRL(*d, "retire_reason", wxTextCtrl)->SetFocus();
        test::pump(30);
        test::type_text("dropped on the site");
        test::press_key(WXK_RETURN);
    });
    press(w.panel, "retire_laptop");
    CHECK(script.finished());
    REQUIRE(script.messages.size() == 1);
    CHECK(script.messages[0].Contains("retiring a laptop needs a reason"));
    const auto laptops = registered_laptops(master);
    REQUIRE(laptops.size() == 1);
    CHECK_FALSE(laptops[0].retired_at.empty());
    CHECK(cell(list, 0, 0) == "L1");
    CHECK(cell(list, 0, 4) == "retired (its packets are refused)");
    const auto records = master.store().audit_records({"kit.retire"});
    REQUIRE(records.size() == 1);
    CHECK(records[0].actor.find("organiser") != std::string::npos);
}
