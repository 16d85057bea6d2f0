// The last export's folder in the user's settings.
#include "ui/export_folder.h"

#include <wx/config.h>
#include <wx/filefn.h>
#include <wx/filename.h>

#include "ui/file_questions.h"

namespace plumb::ui {

namespace {
constexpr const char* kKey = "export/folder";
}

wxString export_folder() {
    wxString folder;
    if (wxConfigBase::Get()->Read(kKey, &folder) && !folder.empty() && wxDirExists(folder))
        return folder;
    return removable_media_folder();
}

void remember_export_folder(const wxString& file) {
    const wxString folder = wxFileName(file).GetPath();
    if (folder.empty()) return;
    wxConfigBase* settings = wxConfigBase::Get();
    settings->Write(kKey, folder);
    settings->Flush();
}

}  // namespace plumb::ui
