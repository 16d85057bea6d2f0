// Checking a received file against an announced fingerprint, through verify_manifest().
#include "ui/file_check_dialog.h"

#include <stdexcept>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "services/export_manifest.h"
#include "ui/file_dialog.h"
#include "ui/history_dialog.h"
#include "ui/wrapped_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

bool received_file_outcome(const wxString& file, const wxString& typed, wxString& says) {
    const wxString path = file.Strip(wxString::both);
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
    const ManifestCheck r = verify_manifest(to_u8(path), TrustedSigner{{}, *fingerprint});
    if (!r.ok) {
        says = wxString::Format(_("NOT VERIFIED: %s"), u8(r.reason));
        return false;
    }
    says = wxString::Format(_("Verified: %s is unchanged since it was signed at %s, by the key "
                              "whose fingerprint you typed (%s). Competition: %s. Seal: %s."),
                            path, local_time(r.signed_at), u8(r.fingerprint), u8(r.competition),
                            u8(r.seal));
    return true;
}

void check_received_file(wxWindow* parent) {
    wxDialog* dialog = wxXmlResource::Get()->LoadDialog(parent, "file_check_dialog");
    if (!dialog) throw std::runtime_error("the file_check_dialog form could not be loaded");
    dialog->Fit();  // the note wraps to the width the fields take
    wrap_label(XRCCTRL(*dialog, "check_note", wxStaticText),
               dialog->GetClientSize().x - dialog->FromDIP(24));
    auto* path = XRCCTRL(*dialog, "check_path", wxTextCtrl);
    auto* fingerprint = XRCCTRL(*dialog, "check_fingerprint", wxTextCtrl);
    auto* outcome = XRCCTRL(*dialog, "check_outcome", wxTextCtrl);
    dialog->Bind(
        wxEVT_BUTTON,
        [dialog, path](wxCommandEvent&) {
            wxFileDialog pick(dialog, _("Choose the file to check"), {}, {},
                              _("Signed files (*.xlsx;*.csv;*.pdf)|*.xlsx;*.csv;*.pdf|All files|*"),
                              wxFD_OPEN | wxFD_FILE_MUST_EXIST);
            if (show_file_dialog(pick) == wxID_OK) path->SetValue(pick.GetPath());
        },
        XRCID("check_browse"));
    dialog->Bind(
        wxEVT_BUTTON,
        [=](wxCommandEvent&) {
            wxString says;
            const bool ok = received_file_outcome(path->GetValue(), fingerprint->GetValue(), says);
            outcome->SetForegroundColour(ok ? wxColour(0, 110, 0) : wxColour(170, 0, 0));
            outcome->SetValue(says);
        },
        wxID_APPLY);
    dialog->Fit();
    dialog->CentreOnParent();
    path->SetFocus();
    dialog->ShowModal();
    dialog->Destroy();
}

}  // namespace plumb::ui
