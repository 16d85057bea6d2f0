// Helpers for GUI tests: a demo competition in a scratch folder, event pumping, screenshots.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include <vector>

#include <wx/app.h>
#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/modalhook.h>
#include <wx/msgdlg.h>
#include <wx/translation.h>
#include <wx/utils.h>

#include "services/demo.h"
#include "ui/console.h"
#include "ui/main_frame.h"
#include "ui/screenshot.h"
#include "ui/wx_text.h"

namespace plumb::test {

// Lets the window system map, lay out and paint for a while.
inline void pump(int milliseconds = 200) {
    const auto until = wxGetLocalTimeMillis() + milliseconds;
    while (wxGetLocalTimeMillis() < until) {
        wxTheApp->Yield(true);
        wxMilliSleep(10);
    }
}

// The console's language, as plumbline sets it (wxWidgets' own catalogue included).
inline void use_language(const std::string& lang) {
    ui::install_translations(lang);
}

// A demo competition (40 contestants unless told) in a folder removed at the end.
struct DemoConsole {
    std::filesystem::path dir;
    std::unique_ptr<ui::Console> console;
    explicit DemoConsole(int contestants = 40) {
        char tmpl[] = "/tmp/plumb-gui-XXXXXX";
        dir = mkdtemp(tmpl);
        create_demo(dir / "demo.plumb", DemoOptions{contestants, 20191018, true});
        console = std::make_unique<ui::Console>(
            std::make_unique<CompetitionSession>(CompetitionSession::open(dir / "demo.plumb")));
    }
    ~DemoConsole() {
        console.reset();
        std::filesystem::remove_all(dir);
    }
};

// Answers every modal dialog without showing it, keeping its message (or, for other dialogs,
// its title): the tests run unattended. Message boxes are answered Yes/OK, the rest Cancel.
class DialogCatcher : public wxModalDialogHook {
public:
    DialogCatcher() { Register(); }
    std::vector<wxString> messages;

protected:
    int Enter(wxDialog* dialog) override {
        if (auto* m = dynamic_cast<wxMessageDialogBase*>(dialog)) {
            messages.push_back(m->GetMessage() + "\n" + m->GetExtendedMessage());
            return (m->GetMessageDialogStyle() & wxYES_NO) ? wxID_YES : wxID_OK;
        }
        messages.push_back(dialog->GetTitle());
        return wxID_CANCEL;
    }
};

// A main frame's host that opens nothing and changes no language: the frame alone is tested.
inline ui::FrameHost idle_host(const std::string& language) {
    ui::FrameHost host;
    host.language = language;
    host.open = [](const wxString&) {};
    host.set_language = [](const std::string&) {};
    return host;
}

// Where GUI tests save what they show: build/screenshots.
inline wxString screenshot_path(const std::string& name) {
    std::filesystem::create_directories(SCREENSHOT_DIR);
    return wxString::FromUTF8((std::string(SCREENSHOT_DIR) + "/" + name + ".png").c_str());
}

}  // namespace plumb::test
