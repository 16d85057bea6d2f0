// The Export menu as an organiser uses it: the HR file's events ticked, the file named in the
// save dialog, the export run; what the console then says.
#include <doctest/doctest.h>

#include <filesystem>

#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/frame.h>
#include <wx/listbox.h>
#include <wx/memconf.h>
#include <wx/menu.h>
#include <wx/modalhook.h>
#include <wx/msgdlg.h>
#include <wx/weakref.h>

#include "gui_fixture.h"
#include "keyboard.h"
#include "laptop_contest.h"
#include "modal_script.h"
#include "services/result_state.h"
#include "services/roles.h"
#include "services/signing.h"
#include "ui/export_folder.h"
#include "ui/file_questions.h"
#include "ui/main_frame.h"
#include "ui/wx_text.h"

// After wxWidgets, as in keyboard.cpp.
#include <gtk/gtk.h>

using namespace plumb;

namespace {

// Answers the Export menu's dialogs as an organiser does: OK to the events' list (the locked
// ones are ticked), the file named in the real save dialog (its path set, then Save), OK to
// what the console says, which is kept and saved as a picture. GTK's file dialog enters the hook
// twice (its own ShowModal and wxDialog's): it is shown, and scripted once.
class ExportAnswers : public wxModalDialogHook {
public:
    ExportAnswers(wxString file, std::string shot)
        : file_(std::move(file)), shot_(std::move(shot)) {
        Register();
    }
    ~ExportAnswers() override { Unregister(); }
    std::vector<wxString> messages;
    int file_dialogs = 0;
    bool saved = false;  // the console's message, as a picture
    bool lists_whole = true;  // every choice list showed all its items

protected:
    int Enter(wxDialog* dialog) override {
        wxWeakRef<wxDialog> form(dialog);
        if (auto* m = dynamic_cast<wxMessageDialogBase*>(dialog)) {
            messages.push_back(m->GetMessage() + "\n" + m->GetExtendedMessage());
            // Shown, saved as a picture, then OK.
            wxTheApp->CallAfter([this, form] {
                test::pump(300);
                if (!form) return;
                saved = save_screenshot(form.get(), test::screenshot_path(shot_));
                gtk_dialog_response(GTK_DIALOG(form->GetHandle()), GTK_RESPONSE_OK);
            });
            return wxID_NONE;
        }
        if (!dynamic_cast<wxFileDialog*>(dialog)) {
            wxTheApp->CallAfter([this, form] {
                test::pump(200);
                if (!form) return;
                // The events' list shows every event, none cut off at the bottom.
                for (wxWindow* child : form->GetChildren())
                    if (auto* list = dynamic_cast<wxListBox*>(child))
                        lists_whole = lists_whole &&
                                      list->GetCountPerPage() >= static_cast<int>(list->GetCount());
                test::click_ok(form.get());
            });
            return wxID_NONE;
        }
        if (file_dialogs++ > 0) return wxID_NONE;
        wxTheApp->CallAfter([form, file = file_] {
            test::pump(300);  // mapped
            if (!form) return;
            static_cast<wxFileDialog*>(form.get())->SetPath(file);
            test::pump(100);
            // Its Save button (GTK's chooser is no wx window to click into).
            gtk_dialog_response(GTK_DIALOG(form->GetHandle()), GTK_RESPONSE_ACCEPT);
            test::pump(300);
            if (form && form->IsModal()) form->EndModal(wxID_CANCEL);  // not accepted: fails
        });
        return wxID_NONE;
    }
    void Exit(wxDialog*) override {}

private:
    wxString file_;
    std::string shot_;
};

}  // namespace

// `plumb export hr` printed the signing key's fingerprint to announce to whoever receives the
// file; the console said only the rows and the .sig file.
TEST_CASE("the HR export from the Export menu says the signing key's fingerprint to announce") {
    test::use_language("zh_CN");
    test::DemoConsole demo;
    lock_results(demo.console->session(), unchecked_login("chief judge"), "bricklaying", "checked");
    const std::filesystem::path file = demo.dir / "hr.xlsx";
    const ui::FrameHost host = test::idle_host("zh_CN");
    ui::MainFrame frame(std::move(demo.console), host);
    frame.frame()->Show();
    test::pump(300);
    wxMenuBar* bar = frame.frame()->GetMenuBar();
    const int hr = bar->FindMenuItem(_("&Export"), _("&HR file (XLSX)..."));
    REQUIRE(hr != wxNOT_FOUND);
    {
        ExportAnswers forms(ui::u8(file.string()), "export-hr-done-zh_CN");
        wxCommandEvent pick(wxEVT_MENU, hr);
        frame.frame()->GetEventHandler()->ProcessEvent(pick);
        test::pump(300);
        CHECK(forms.file_dialogs >= 1);
        REQUIRE(std::filesystem::exists(file));
        REQUIRE(!forms.messages.empty());
        const wxString said = forms.messages.back();
        CAPTURE(said);
        const auto key = existing_device_key(frame.console()->session().store());
        REQUIRE(key);
        CHECK(said.Contains(wxString::FromUTF8("签名密钥指纹：") +
                            ui::u8(key_fingerprint(key->public_hex))));
        CHECK(said.Contains(wxString::FromUTF8("请告知文件的接收方")));
        CHECK(said.Contains(wxT("hr.xlsx.sig")));
        CHECK(forms.saved);
        CHECK(forms.lists_whole);  // the events' list shows all four
        // The status bar keeps one line: the rows and the file.
        CHECK_FALSE(frame.frame()->GetStatusBar()->GetStatusText().Contains(wxT("\n")));
    }
    frame.frame()->Destroy();
    test::pump(50);
    test::use_language("en");
}

namespace {

// The user's settings (plumbline.conf) kept in memory for the life of the object, so that a test
// neither reads nor changes the settings of whoever runs it.
struct SettingsInMemory {
    std::unique_ptr<wxConfigBase> before{wxConfigBase::Set(new wxMemoryConfig())};
    ~SettingsInMemory() { delete wxConfigBase::Set(before.release()); }
};

void pick(ui::MainFrame& frame, const wxString& item, const std::string& shot) {
    const int id = frame.frame()->GetMenuBar()->FindMenuItem(_("&Export"), item);
    REQUIRE(id != wxNOT_FOUND);
    ExportAnswers forms({}, shot);  // OK to the event's list and to what the console says
    wxCommandEvent ev(wxEVT_MENU, id);
    frame.frame()->GetEventHandler()->ProcessEvent(ev);
    test::pump(300);
    CHECK(forms.file_dialogs == 0);  // the file question is answered, no GTK chooser shown
    CHECK(!forms.messages.empty());
    CHECK(forms.lists_whole);  // "All events" and the four: none cut off
}

}  // namespace

// An organiser exporting results, then score sheets, to a USB stick had to find the stick again
// in every save dialog: each opened in the same default folder.
TEST_CASE("the Export menu's save dialog opens in the folder the last export was saved to") {
    SettingsInMemory settings;
    test::DemoConsole demo;
    const std::filesystem::path stick = demo.dir / "stick";
    std::filesystem::create_directories(stick);
    const ui::FrameHost host = test::idle_host("en");
    ui::MainFrame frame(std::move(demo.console), host);
    frame.frame()->Show();
    test::pump(300);
    {
        test::FileAnswers answers;
        answers.save_file = ui::u8((stick / "results.csv").string());
        pick(frame, _("Results as CS&V..."), "export-folder-results");
        REQUIRE(std::filesystem::exists(stick / "results.csv"));
        answers.save_file = ui::u8((stick / "score-sheets.pdf").string());
        pick(frame, _("&Paper score sheets (PDF)..."), "export-folder-sheets");
        CHECK(std::filesystem::exists(stick / "score-sheets.pdf"));
        REQUIRE(answers.save_folders.size() == 2);
        CHECK(answers.save_folders[0] == ui::removable_media_folder());  // nothing remembered yet
        CHECK(answers.save_folders[1] == ui::u8(stick.string()));
    }
    frame.frame()->Destroy();
    test::pump(50);
    // The stick taken out: the next export starts where removable media appear.
    std::filesystem::remove_all(stick);
    CHECK(ui::export_folder() == ui::removable_media_folder());
}
