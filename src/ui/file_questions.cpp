// GTK's file and folder choosers behind FileQuestions.
#include "ui/file_questions.h"

#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/filefn.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "ui/file_dialog.h"

namespace plumb::ui {

FileQuestions gtk_file_questions() {
    FileQuestions q;
    q.open_file = [](wxWindow* parent, const wxString& title, const wxString& wildcard) {
        wxFileDialog dlg(parent, title, {}, {}, wildcard, wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        return show_file_dialog(dlg) == wxID_OK ? dlg.GetPath() : wxString();
    };
    q.open_files = [](wxWindow* parent, const wxString& title, const wxString& wildcard) {
        wxFileDialog dlg(parent, title, {}, {}, wildcard,
                         wxFD_OPEN | wxFD_FILE_MUST_EXIST | wxFD_MULTIPLE);
        wxArrayString paths;
        if (show_file_dialog(dlg) == wxID_OK) dlg.GetPaths(paths);
        return paths;
    };
    q.save_file = [](wxWindow* parent, const wxString& title, const wxString& folder,
                     const wxString& name, const wxString& wildcard) {
        wxFileDialog dlg(parent, title, folder, name, wildcard, wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        return show_file_dialog(dlg) == wxID_OK ? dlg.GetPath() : wxString();
    };
    q.folder = [](wxWindow* parent, const wxString& title, const wxString& folder) {
        wxDirDialog dlg(parent, title, folder, wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
        return show_file_dialog(dlg) == wxID_OK ? dlg.GetPath() : wxString();
    };
    return q;
}

wxString safe_file_name(const wxString& name) {
    wxString out;
    for (const wxUniChar c : name)
        out += (c < 0x20 || wxString("/\\:*?\"<>|").Find(c) != wxNOT_FOUND) ? wxUniChar('_') : c;
    return out.empty() || out[0] == '.' ? "laptop" + out : out;
}

wxString removable_media_folder() {
    const wxString media = "/media/" + wxGetUserId();
    return wxDirExists(media) ? media : wxStandardPaths::Get().GetDocumentsDir();
}

FileQuestions& file_questions() {
    static FileQuestions questions = gtk_file_questions();
    return questions;
}

}  // namespace plumb::ui
