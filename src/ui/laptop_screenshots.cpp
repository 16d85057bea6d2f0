// The laptop day on a scratch demo: a kit out, marks on the laptop, its packet in, a conflict.
#include "ui/laptop_screenshots.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <wx/app.h>
#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/listctrl.h>
#include <wx/modalhook.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

#include "io/file_bytes.h"
#include "services/demo.h"
#include "services/judge_kit.h"
#include "services/laptops.h"
#include "services/score_packet.h"
#include "services/signoff.h"
#include "ui/conflicts_panel.h"
#include "ui/console.h"
#include "ui/entry_panel.h"
#include "ui/kit_open.h"
#include "ui/laptops_panel.h"
#include "ui/main_frame.h"
#include "ui/packet_export.h"
#include "ui/passphrase_dialog.h"
#include "ui/screenshot.h"
#include "ui/signoff_dialog.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

namespace fs = std::filesystem;

void settle(int milliseconds) {
    const auto until = wxGetLocalTimeMillis() + milliseconds;
    while (wxGetLocalTimeMillis() < until) {
        wxTheApp->Yield(true);
        wxMilliSleep(10);
    }
}

// Message boxes the flows show (an import's summary) are answered at once: nobody is there.
class Unattended : public wxModalDialogHook {
public:
    Unattended() { Register(); }
    ~Unattended() override { Unregister(); }

protected:
    int Enter(wxDialog*) override { return wxID_OK; }
    void Exit(wxDialog*) override {}
};

struct Shots {
    wxString dir;
    std::string language;
    bool ok = true;
    void save(wxWindow* window, const char* name) {
        window->Show();
        window->Raise();
        settle(400);
        ok = save_screenshot(window, dir + "/" + name + "-" + u8(language) + ".png") && ok;
    }
};

std::unique_ptr<Console> open_console(const fs::path& db) {
    return std::make_unique<Console>(
        std::make_unique<CompetitionSession>(CompetitionSession::open(db)));
}

std::unique_ptr<MainFrame> show_frame(std::unique_ptr<Console> console, const std::string& lang) {
    FrameHost host;
    host.language = lang;
    host.open = [](const wxString&) {};
    host.set_language = [](const std::string&) {};
    auto frame = std::make_unique<MainFrame>(std::move(console), host);
    frame->frame()->Show();
    settle(300);
    return frame;
}

// A measurement that differs from every value the master holds for the contestant's aspect.
std::string other_value(EventBook& book, int contestant, std::size_t aspect) {
    for (int v = 1491;; ++v) {
        bool taken = false;
        for (const JudgeValue& j : book.marks(contestant).by_aspect.at(aspect))
            taken = taken ||
                    j.value.str(*book.event().scheme.aspects().at(aspect)) == std::to_string(v);
        if (!taken) return std::to_string(v);
    }
}

void laptop_day(Shots& shots, const fs::path& dir) {
    const std::string event = "bricklaying";
    const std::string device = shots.language == "en" ? "bricklaying 1" : "砌筑 1";
    auto master = show_frame(open_console(dir / "master.plumb"), shots.language);
    Console& mc = *master->console();
    Unattended unattended;

    // The kit out: its passphrase to read out, then the laptop opening it.
    const auto organiser = mc.organiser();
    const fs::path kit_file = dir / "brick1.kit";
    const KitExport kit =
        export_kit(mc.session(), *organiser, event, device, kit_file, {"J01", "J02"});
    {
        KitWrittenDialog written(master->frame(), mc, event, device, {"J01", "J02"}, kit,
                                 u8(kit_file.string()));
        shots.save(written.dialog(), "kit-passphrase");
    }
    {
        PassphraseDialog ask(master->frame(),
                             wxString::Format(_("Open the judge kit %s"), "brick1.kit"), {});
        shots.save(ask.dialog(), "passphrase");
    }
    {
        KitCheckDialog check(master->frame(), read_kit(kit.bytes, kit.passphrase),
                             u8(kit_file.string()));
        shots.save(check.dialog(), "kit-open");
    }
    import_kit(dir / "laptop.plumb", kit.bytes, kit.passphrase, Actor{{}, "console", {}});

    // On the laptop: J02 measures A1 of the first workstation otherwise than the master did.
    EventBook& mbook = mc.book(event);
    const std::string ws = mbook.contestants().front().workstation;
    const std::string value = other_value(mbook, 0, 0);
    {
        auto laptop = show_frame(open_console(dir / "laptop.plumb"), shots.language);
        Console& lc = *laptop->console();
        lc.record_mark(event, ws, "J02", "A1", value, {});
        auto* entry = dynamic_cast<EntryPanel*>(laptop->select("entry"));
        if (entry) {
            entry->choose(event, "J02");
            entry->open_workstation(ws);
        }
        shots.save(laptop->frame(), "laptop-window");
        {
            SignOffDialog signoff(laptop->frame(), lc, event, ws, "J02",
                                  missing_before_signoff(lc.session(), event, ws, "J02"));
            shots.save(signoff.dialog(), "signoff");
        }
        const std::string bytes = export_packet(lc.session(), kit.passphrase);
        const fs::path packet = dir / packet_file_name(device, "20191018-1130");
        write_file_atomically(packet, bytes);
        {
            PacketWrittenDialog done(laptop->frame(), u8(packet.string()), device,
                                     packet_contents(lc.session()));
            shots.save(done.dialog(), "packet-export");
        }
        laptop->frame()->Destroy();
        settle(50);

        // On the master: the packet in, the laptop's latest packet listed, the conflict shown.
        if (auto* laptops = dynamic_cast<LaptopsPanel*>(master->select("laptops")))
            laptops->import_files({u8(packet.string())});
        shots.save(master->frame(), "laptops-packets");
    }
    if (auto* conflicts = dynamic_cast<ConflictsPanel*>(master->select("conflicts"))) {
        conflicts->select_event(event);
        if (conflicts->conflict_list()->GetItemCount() > 0)
            conflicts->conflict_list()->SetItemState(0, wxLIST_STATE_SELECTED,
                                                     wxLIST_STATE_SELECTED);
    }
    shots.save(master->frame(), "conflicts-settle");
    master->frame()->Destroy();
    settle(50);
}

}  // namespace

bool save_laptop_screenshots(const wxString& dir, const std::string& language) {
    char tmpl[] = "/tmp/plumbline-shots-XXXXXX";
    if (!mkdtemp(tmpl)) return false;
    const fs::path scratch = tmpl;
    Shots shots{dir, language};
    try {
        create_demo(scratch / "master.plumb", DemoOptions{24, 20191018, true});
        laptop_day(shots, scratch);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "plumbline: laptop screenshots: %s\n", e.what());
        shots.ok = false;
    }
    std::error_code ec;
    fs::remove_all(scratch, ec);
    return shots.ok;
}

}  // namespace plumb::ui
