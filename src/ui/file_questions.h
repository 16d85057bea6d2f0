// Where the laptop screens and the Export menu ask for files and folders: GTK's choosers fitted
// to the screen (file_dialog.h), unless a GUI test answers instead, as the tests answer PIN
// prompts through the console's secret source. One set for the process: the kit-opening flow
// runs before any competition, and so before any Console, exists.
#pragma once

#include <functional>

#include <wx/arrstr.h>
#include <wx/string.h>

class wxWindow;

namespace plumb::ui {

struct FileQuestions {
    // One existing file; "" when cancelled. `wildcard` as for wxFileDialog.
    std::function<wxString(wxWindow* parent, const wxString& title, const wxString& wildcard)>
        open_file;
    // Several existing files; none when cancelled.
    std::function<wxArrayString(wxWindow* parent, const wxString& title, const wxString& wildcard)>
        open_files;
    // A new file's path, starting in `folder` with `name`; "" when cancelled.
    std::function<wxString(wxWindow* parent, const wxString& title, const wxString& folder,
                           const wxString& name, const wxString& wildcard)>
        save_file;
    // A folder, starting in `folder`; "" when cancelled.
    std::function<wxString(wxWindow* parent, const wxString& title, const wxString& folder)> folder;
};

// `name` fit for a file name on any USB stick (FAT): '/', ':', '*' and the like become '_'.
wxString safe_file_name(const wxString& name);
// Where removable media appear (/media/USER), else the documents folder: a first place to offer.
wxString removable_media_folder();

// The questions in use (GTK's choosers unless replaced).
FileQuestions& file_questions();
// GTK's choosers, shown through show_file_dialog().
FileQuestions gtk_file_questions();

}  // namespace plumb::ui
