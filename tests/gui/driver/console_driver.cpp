// The console the kill test (tests/gui/console_kill_test.cpp) drives and kills: the real main
// window on a database, in Chinese, driven with real X key events (XTest). It enters a mark,
// opens GTK's file chooser with Ctrl+O in the database's folder and cancels it with Escape,
// runs `PLUMB check DB` as a second program, then enters marks until it is killed. It prints
//   ack WORKSTATION ASPECT VALUE   once the sheet said "已保存 ASPECT = VALUE", never before
//   dialog cancelled               once the file chooser was shown and closed
//   checked                        once `plumb check` ended
// and on anything unexpected a reason on stderr and exit code 1.
//   console_driver DB PLUMB JUDGE
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <wx/app.h>
#include <wx/filedlg.h>
#include <wx/frame.h>
#include <wx/grid.h>
#include <wx/image.h>
#include <wx/init.h>
#include <wx/modalhook.h>
#include <wx/timer.h>
#include <wx/translation.h>
#include <wx/uiaction.h>
#include <wx/utils.h>
#include <wx/xrc/xmlres.h>

#include "keyboard.h"
#include "services/competition_session.h"
#include "ui/console.h"
#include "ui/entry_panel.h"
#include "ui/main_frame.h"
#include "ui/score_sheet_grid.h"
#include "ui/wx_text.h"

void InitForms();

using namespace plumb;

namespace {

void pump(int milliseconds) {
    const auto until = wxGetLocalTimeMillis() + milliseconds;
    while (wxGetLocalTimeMillis() < until) {
        wxTheApp->Yield(true);
        wxMilliSleep(10);
    }
}

void say(const std::string& line) {
    std::printf("%s\n", line.c_str());
    std::fflush(stdout);
}

// Sees the file chooser shown and closed; Escape is pressed a while after it is shown, when it
// has listed the folder (and looked into its files).
class FileDialogWatch : public wxModalDialogHook {
public:
    FileDialogWatch() {
        escape_.Bind(wxEVT_TIMER, [](wxTimerEvent&) { wxUIActionSimulator().Char(WXK_ESCAPE); });
        Register();
    }
    bool shown = false, closed = false;

protected:
    int Enter(wxDialog* dialog) override {
        if (dynamic_cast<wxFileDialog*>(dialog)) {
            shown = true;
            escape_.StartOnce(2500);
        }
        return wxID_NONE;  // shown as usual
    }
    void Exit(wxDialog* dialog) override {
        if (dynamic_cast<wxFileDialog*>(dialog)) closed = true;
    }

private:
    wxTimer escape_;
};

class Driver {
public:
    Driver(const std::string& db, std::string plumb, const std::string& judge)
        : db_(db), plumb_(std::move(plumb)) {
        auto console = std::make_unique<ui::Console>(
            std::make_unique<CompetitionSession>(CompetitionSession::open(db)));
        const Judge* j = console->competition().find_judge(judge);
        if (!j || j->events.empty()) throw std::runtime_error("unknown judge " + judge);
        event_ = j->events.front();
        ui::FrameHost host;
        host.language = "zh_CN";
        host.open = [](const wxString&) { throw std::runtime_error("a competition was opened"); };
        host.set_language = [](const std::string&) {};
        frame_ = std::make_unique<ui::MainFrame>(std::move(console), host);
        frame_->frame()->Show();
        pump(500);
        test::give_focus(frame_->frame());
        entry_ = dynamic_cast<ui::EntryPanel*>(frame_->select("entry"));
        if (!entry_) throw std::runtime_error("no score entry panel");
        pump(200);
        entry_->choose(event_, judge);
        if (entry_->judge() != judge) throw std::runtime_error("the judge could not be chosen");
        for (const Contestant& c : frame_->console()->session().contestants())
            if (c.event == event_ && c.status == ContestantStatus::Active)
                workstations_.push_back(c.workstation);
        if (workstations_.empty()) throw std::runtime_error("no workstation to mark");
    }

    // Types VALUE into the aspect's cell of the workstation's sheet and presses Enter; true once
    // the sheet says it is saved.
    bool enter(const std::string& workstation, const std::string& aspect,
               const std::string& value) {
        if (entry_->sheet().workstation() != workstation && !entry_->open_workstation(workstation))
            return fail("no workstation " + workstation);
        int row = -1;
        for (int r = 0; r < entry_->sheet().rows(); ++r)
            if (entry_->sheet().view().rows[static_cast<std::size_t>(r)].aspect->id == aspect)
                row = r;
        if (row < 0) return fail("no aspect " + aspect);
        wxGrid* grid = entry_->grid();
        grid->GetGridWindow()->SetFocus();
        grid->SetGridCursor(row, ui::ScoreSheetGrid::kValue);
        pump(20);
        test::type_text(ui::u8(value));
        test::press_key(WXK_RETURN);
        const wxString saved = wxString::Format(_("Saved %s = %s"), ui::u8(aspect), ui::u8(value));
        for (int i = 0; i < 250 && entry_->message() != saved; ++i) pump(20);
        if (entry_->message() != saved)
            return fail("not saved: " + ui::to_u8(entry_->message()) + " (wanted " +
                        ui::to_u8(saved) + ")");
        say("ack " + workstation + " " + aspect + " " + value);
        return true;
    }

    // Ctrl+O, the chooser in the database's folder, Escape.
    bool open_and_cancel() {
        FileDialogWatch watch;
        test::press_key('O', wxMOD_CONTROL);
        for (int i = 0; i < 1000 && !watch.closed; ++i) pump(10);
        if (!watch.shown || !watch.closed) return fail("the file chooser was not shown and closed");
        say("dialog cancelled");
        return true;
    }

    bool check() {
        const std::string cmd = plumb_ + " check '" + db_ + "' >/dev/null 2>&1";
        const int status = std::system(cmd.c_str());
        if (status == -1 || !WIFEXITED(status)) return fail("plumb check did not run");
        say("checked");
        return true;
    }

    // Measured aspects, workstation after workstation: each value new, never a correction.
    bool enter_until_killed() {
        const char* const aspects[] = {"A1", "A2", "A4"};
        const int base[] = {1490, 1008, 500};
        int n = 0;
        for (std::size_t w = 1; w < workstations_.size(); ++w)
            for (int a = 0; a < 3; ++a, ++n)
                if (!enter(workstations_[w], aspects[a], std::to_string(base[a] + (n % 5) - 2)))
                    return false;
        say("done");
        for (;;) pump(100);  // waits to be killed
    }

    const std::vector<std::string>& workstations() const { return workstations_; }

private:
    bool fail(const std::string& why) {
        std::fprintf(stderr, "console_driver: %s\n", why.c_str());
        return false;
    }

    std::string db_, plumb_, event_;
    std::unique_ptr<ui::MainFrame> frame_;
    ui::EntryPanel* entry_ = nullptr;
    std::vector<std::string> workstations_;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: console_driver DB PLUMB JUDGE\n");
        return 2;
    }
    wxApp::SetInstance(new wxApp());
    int wx_argc = 1;
    wxEntryStart(wx_argc, argv);
    wxTheApp->CallOnInit();
    wxXmlResource::Get()->InitAllHandlers();
    InitForms();
    wxInitAllImageHandlers();
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(PLUMB_I18N_DIR);
    auto* translations = new wxTranslations();
    translations->SetLanguage(wxLANGUAGE_CHINESE_SIMPLIFIED);
    translations->AddCatalog("plumbline");
    wxTranslations::Set(translations);
    ui::install_core_translator();
    try {
        Driver d(argv[1], argv[2], argv[3]);
        const bool ok = d.enter(d.workstations().front(), "A1", "1491") && d.open_and_cancel() &&
                        d.check() && d.enter_until_killed();
        std::fflush(nullptr);
        std::_Exit(ok ? 0 : 1);  // no tearing down of windows: the test only reads what it said
    } catch (const std::exception& e) {
        std::fprintf(stderr, "console_driver: %s\n", e.what());
        std::_Exit(1);
    }
}
