// The start page: recent competitions (kept in the user's settings), new, demo, a judge kit,
// checking a received file.
#include "ui/start_page.h"

#include <wx/app.h>
#include <wx/button.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>
#include <wx/xrc/xmlres.h>

#include "services/demo.h"
#include "ui/file_check_dialog.h"
#include "ui/file_dialog.h"
#include "ui/kit_open.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

constexpr int kRecentMax = 8;

wxArrayString recent() {
    wxArrayString out;
    wxConfigBase* c = wxConfigBase::Get();
    for (int i = 0; i < kRecentMax; ++i) {
        wxString path;
        if (c->Read(wxString::Format("recent/%d", i), &path) && wxFileExists(path)) out.Add(path);
    }
    return out;
}

void show_error(wxWindow* parent, const wxString& what, const std::exception& e) {
    wxMessageDialog dlg(parent, what, "Plumbline", wxOK | wxICON_ERROR);
    dlg.SetExtendedMessage(u8(e.what()));
    dlg.ShowModal();
}

class StartPage : public TaskPanel {
public:
    StartPage(wxWindow* parent, FrameHost host) : host_(std::move(host)) {
        panel_ = wxXmlResource::Get()->LoadPanel(parent, "start_page");
        list_ = XRCCTRL(*panel_, "recent_list", wxListBox);
        list_->Set(recent());
        if (!list_->IsEmpty()) list_->SetSelection(0);
        auto open_selected = [this] {
            if (list_->GetSelection() != wxNOT_FOUND) host_.open(list_->GetStringSelection());
        };
        list_->Bind(wxEVT_LISTBOX_DCLICK, [open_selected](wxCommandEvent&) { open_selected(); });
        panel_->Bind(wxEVT_BUTTON, [open_selected](wxCommandEvent&) { open_selected(); },
                     XRCID("open_recent"));
        panel_->Bind(
            wxEVT_BUTTON,
            [this](wxCommandEvent&) {
                wxFileDialog dlg(panel_, _("Open a competition"), {}, {},
                                 _("Plumbline competitions (*.plumb)|*.plumb|All files|*"),
                                 wxFD_OPEN | wxFD_FILE_MUST_EXIST);
                if (show_file_dialog(dlg) == wxID_OK) host_.open(dlg.GetPath());
            },
            XRCID("open_other"));
        panel_->Bind(
            wxEVT_BUTTON,
            [this](wxCommandEvent&) {
                const wxString db = create_competition_dialog(panel_);
                if (!db.empty()) host_.open(db);
            },
            XRCID("create_new"));
        panel_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { host_.open(open_demo_path()); },
                     XRCID("open_demo"));
        panel_->Bind(
            wxEVT_BUTTON,
            [this](wxCommandEvent&) {
                const wxString db = open_judge_kit(panel_);
                if (!db.empty()) host_.open(db);
            },
            XRCID("open_kit"));
        panel_->Bind(
            wxEVT_BUTTON, [this](wxCommandEvent&) { check_received_file(panel_); },
            XRCID("check_file"));
    }
    wxWindow* window() override { return panel_; }
    wxString title() const override { return _("Start"); }
    const char* name() const override { return "start"; }

private:
    FrameHost host_;
    wxPanel* panel_ = nullptr;
    wxListBox* list_ = nullptr;
};

}  // namespace

std::unique_ptr<TaskPanel> make_start_page(wxWindow* parent, const FrameHost& host) {
    return std::make_unique<StartPage>(parent, host);
}

void remember_recent(const wxString& db) {
    wxArrayString list = recent();
    const wxString full = wxFileName(db).GetAbsolutePath();
    list.Remove(full);
    list.Insert(full, 0);
    wxConfigBase* c = wxConfigBase::Get();
    for (int i = 0; i < kRecentMax && i < static_cast<int>(list.size()); ++i)
        c->Write(wxString::Format("recent/%d", i), list[i]);
    c->Flush();
}

void use_user_paths() {
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
    // wxFileConfig writes its file but makes no folder: ~/.config may not exist yet.
    const wxFileName settings(wxFileConfig::GetLocalFileName(wxTheApp->GetAppName()));
    wxFileName::Mkdir(settings.GetPath(), wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
}

wxString demo_folder() {
#ifdef __WXMSW__
    return wxStandardPaths::Get().GetUserDataDir();
#else
    // wx 3.2's XDG layout moves the settings but not GetUserDataDir(), still ~/.plumbline.
    wxString base;
    if (!wxGetEnv("XDG_DATA_HOME", &base) || base.empty()) base = wxGetHomeDir() + "/.local/share";
    return base + "/" + wxTheApp->GetAppName();
#endif
}

wxString open_demo_path() {
    const wxString dir = demo_folder();
    wxFileName::Mkdir(dir, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    const wxString db = dir + wxFILE_SEP_PATH + "zhengyun-cup.plumb";
    if (!wxFileExists(db)) {
        try {
            create_demo(to_u8(db), DemoOptions{});
        } catch (const std::exception& e) {
            show_error(nullptr, _("The demo competition could not be created."), e);
            return {};
        }
    }
    return db;
}

wxString create_competition_dialog(wxWindow* parent) {
    wxFileDialog pick(parent, _("Choose the competition file"), {}, {},
                      _("Competition files (*.toml)|*.toml"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (show_file_dialog(pick) != wxID_OK) return {};
    wxFileName target(pick.GetPath());
    target.SetExt("plumb");
    wxFileDialog save(parent, _("Save the new competition as"), target.GetPath(),
                      target.GetFullName(), _("Plumbline competitions (*.plumb)|*.plumb"),
                      wxFD_SAVE);  // no "replace?": a competition is never written over
    if (show_file_dialog(save) != wxID_OK) return {};
    try {
        if (wxFileExists(save.GetPath()))
            throw std::runtime_error(to_u8(wxString::Format(
                _("%s exists already: a new competition needs a new file name"), save.GetPath())));
        CompetitionSession::init(to_u8(save.GetPath()), to_u8(pick.GetPath()), Actor{{}, "organiser", {}});
    } catch (const std::exception& e) {
        show_error(parent, _("The competition could not be created."), e);
        return {};
    }
    return save.GetPath();
}

}  // namespace plumb::ui
