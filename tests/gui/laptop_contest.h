// A master for the laptop tests (the login tests' competition: bricklaying at 01..03, with or
// without roles), its laptops made from kits through the services, the file and folder
// questions answered, and a task panel in a window of its own.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <wx/frame.h>
#include <wx/sizer.h>

#include "gui_fixture.h"
#include "io/file_bytes.h"
#include "keyboard.h"
#include "login_contest.h"
#include "services/judge_kit.h"
#include "services/score_packet.h"
#include "ui/file_questions.h"
#include "ui/panels.h"

namespace plumb::test {

namespace fs = std::filesystem;

inline wxString ui_path(const fs::path& p) {
    return wxString::FromUTF8(p.string().c_str());
}
inline std::string to_std(const wxString& s) {
    return std::string(s.utf8_str());
}

// A laptop's database made from a kit of the master, as `plumb kit import` makes it.
struct LaptopFile {
    fs::path db;
    KitExport kit;
};

inline LaptopFile make_laptop(CompetitionSession& master, const fs::path& db,
                              const std::string& name, const std::vector<std::string>& judges) {
    LaptopFile l{db, export_kit(master, unchecked_login(kOrganiser), "bricklaying", name,
                                fs::path(db).replace_extension(".kit"), judges)};
    import_kit(db, l.kit.bytes, l.kit.passphrase, Actor{{}, "laptop", {}});
    return l;
}

// Answers the file and folder questions for the life of the object; what was asked is kept.
struct FileAnswers {
    ui::FileQuestions before = ui::file_questions();
    wxString open_file, save_file, folder;
    wxArrayString open_files;
    std::vector<wxString> asked;            // titles, in order
    std::vector<wxString> suggested_names;  // save questions' proposed names
    std::vector<wxString> save_folders;     // the folders save questions opened in
    FileAnswers() {
        auto& q = ui::file_questions();
        q.open_file = [this](wxWindow*, const wxString& title, const wxString&) {
            asked.push_back(title);
            return open_file;
        };
        q.open_files = [this](wxWindow*, const wxString& title, const wxString&) {
            asked.push_back(title);
            return open_files;
        };
        q.save_file = [this](wxWindow*, const wxString& title, const wxString& start,
                             const wxString& name, const wxString&) {
            asked.push_back(title);
            suggested_names.push_back(name);
            save_folders.push_back(start);
            return save_file;
        };
        q.folder = [this](wxWindow*, const wxString& title, const wxString&) {
            asked.push_back(title);
            return folder;
        };
    }
    ~FileAnswers() { ui::file_questions() = before; }
};

// A task panel in a frame of its own, shown, with the X input focus.
template <class Panel>
struct PanelWindow {
    wxFrame* frame;
    std::unique_ptr<ui::TaskPanel> task;
    Panel* panel;
    PanelWindow(std::unique_ptr<ui::TaskPanel> (*make)(wxWindow*, ui::Console&),
                ui::Console& console, wxSize size = wxSize(1280, 740)) {
        frame = new wxFrame(nullptr, wxID_ANY, "panel", wxPoint(0, 0), size);
        task = make(frame, console);
        panel = dynamic_cast<Panel*>(task.get());
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(task->window(), 1, wxEXPAND);
        frame->SetSizer(sizer);
        frame->CreateStatusBar();
        frame->Show();
        pump(300);
        give_focus(frame);
    }
    ~PanelWindow() {
        frame->Destroy();
        pump(50);
    }
};

}  // namespace plumb::test
