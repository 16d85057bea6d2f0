// Checking a received file against an announced fingerprint, through verify_manifest().
#include "ui/file_check_dialog.h"

#include <exception>
#include <stdexcept>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/filesys.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>
#include <wx/xrc/xmlres.h>

#include "services/export_manifest.h"
#include "services/hr_file_state.h"
#include "services/signing.h"
#include "ui/export_folder.h"
#include "ui/file_dialog.h"
#include "ui/history_dialog.h"
#include "ui/setup_text.h"
#include "ui/wrapped_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

// A path as people paste or drag it: in quotes, as a file:// address, or from ~.
wxString typed_path(const wxString& typed) {
    wxString path = typed.Strip(wxString::both);
    if (path.size() >= 2 && (path[0] == '"' || path[0] == '\'') && path.Last() == path[0])
        path = path.Mid(1, path.size() - 2);
    if (path.StartsWith("file://")) path = wxFileSystem::URLToFileName(path).GetFullPath();
    if (path == "~" || path.StartsWith("~/")) path = wxGetHomeDir() + path.Mid(1);
    return path;
}

}  // namespace

wxString out_of_date_text(const CompetitionSession& session,
                          const std::vector<ResultsMoved>& moved) {
    const auto state = [](bool final) { return final ? _("locked") : _("draft (open)"); };
    wxString text = _("Verified, but out of date: its results have changed since it was made.");
    for (const ResultsMoved& m : moved)
        text += wxT("\n") + wxString::Format(_("%s: the file holds revision %d (%s); the results "
                                               "are now revision %d (%s)."),
                                             event_name(session.competition(), m.event),
                                             m.file_revision, state(m.file_final), m.revision,
                                             state(m.final));
    return text + wxT("\n") + _("Export the HR file again and send it in place of this one.");
}

bool received_file_outcome(const wxString& file, const wxString& typed, wxString& says,
                           const CompetitionSession* open) {
    const wxString path = typed_path(file);
    if (path.empty()) {
        says = _("Choose the file to check.");
        return false;
    }
    const auto fingerprint = fingerprint_from_text(to_u8(typed));
    if (!fingerprint) {
        says = typed.Strip(wxString::both).empty()
                   ? _("Type the key fingerprint the organiser announced (16 hex digits, e.g. "
                       "9721 326e 3adb 21bd): without it anyone could have signed the file.")
                   : wxString::Format(_("'%s' is not a key fingerprint (16 hex digits, e.g. "
                                        "9721 326e 3adb 21bd)"),
                                      typed);
        return false;
    }
    ManifestCheck r;
    try {
        r = verify_manifest(to_u8(path), TrustedSigner{{}, *fingerprint});
    } catch (const std::exception& e) {  // whatever the file system says, said, not a crash
        r.reason = e.what();
    }
    const wxString name = wxFileName(path).GetFullName();
    // Compared with the open competition's results only when that competition signed it: a
    // file of another competition would be measured against revisions that are not its own.
    const auto own_key = open ? existing_device_key(open->store()) : std::nullopt;
    if (r.ok && own_key && own_key->public_hex == r.public_hex) {
        if (const auto moved = hr_results_moved(*open, r.results); !moved.empty()) {
            says = out_of_date_text(*open, moved);
            return false;
        }
    }
    if (r.ok) {
        says = wxString::Format(_("Verified: %s is unchanged since it was signed at %s, with the "
                                  "key whose fingerprint you typed. Competition: %s."),
                                name, local_time(r.signed_at), u8(r.competition));
        return true;
    }
    // Not the signer's fingerprint: copied from here into the field, it would pass any file.
    if (r.other_signer)
        says =
            _("NOT VERIFIED: the file was not signed with the key of the fingerprint you "
              "typed. Check the fingerprint against the one the organiser announced.");
    else
        says = wxString::Format(_("NOT VERIFIED: %s"), u8(r.reason));
    if (!r.public_hex.empty())  // a signature was there: the file is not what was sent
        says += wxT("\n") + _("Do not take this file into worker records; ask the organiser "
                              "for it again.");
    return false;
}

void check_received_file(wxWindow* parent, const CompetitionSession* open) {
    wxDialog* dialog = wxXmlResource::Get()->LoadDialog(parent, "file_check_dialog");
    if (!dialog) throw std::runtime_error("the file_check_dialog form could not be loaded");
    auto* path = XRCCTRL(*dialog, "check_path", wxTextCtrl);
    auto* fingerprint = XRCCTRL(*dialog, "check_fingerprint", wxTextCtrl);
    auto* browse = XRCCTRL(*dialog, "check_browse", wxButton);
    auto* outcome = XRCCTRL(*dialog, "check_outcome", wxTextCtrl);
    browse->MoveAfterInTabOrder(fingerprint);  // Tab goes from the file to the fingerprint
    outcome->DisableFocusFromKeyboard();
    browse->Bind(wxEVT_BUTTON, [dialog, path](wxCommandEvent&) {
        const wxFileName typed(typed_path(path->GetValue()));
        // The folder of what is typed, else where the last export went (a USB stick).
        wxFileDialog pick(dialog, _("Choose the file to check"),
                          typed.GetPath().empty() ? export_folder() : typed.GetPath(),
                          typed.GetFullName(),
                          _("HR files (*.xlsx;*.csv)|*.xlsx;*.csv|All files|*"),
                          wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (show_file_dialog(pick) == wxID_OK) path->SetValue(pick.GetPath());
    });
    // An outcome says what was checked: typing anew clears it.
    for (wxTextCtrl* field : {path, fingerprint})
        field->Bind(wxEVT_TEXT, [outcome](wxCommandEvent&) { outcome->Clear(); });
    dialog->Bind(
        wxEVT_BUTTON,
        [=](wxCommandEvent&) {
            wxString says;
            const bool ok =
                received_file_outcome(path->GetValue(), fingerprint->GetValue(), says, open);
            outcome->SetForegroundColour(ok ? wxColour(0, 110, 0) : wxColour(170, 0, 0));
            outcome->ChangeValue(says);
        },
        wxID_APPLY);
    dialog->Fit();  // the note wraps to the width the fields take
    wrap_label(XRCCTRL(*dialog, "check_note", wxStaticText),
               dialog->GetClientSize().x - dialog->FromDIP(24));
    dialog->Fit();
    dialog->CentreOnParent();
    path->SetFocus();
    dialog->ShowModal();
    dialog->Destroy();
}

}  // namespace plumb::ui
