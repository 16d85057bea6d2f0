// The kit-opening flow: passphrase (asked again while it does not open the kit), fingerprint,
// the laptop database's place, import_kit().
#include "ui/kit_open.h"

#include <filesystem>
#include <stdexcept>

#include <wx/checkbox.h>
#include <wx/dialog.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>
#include <wx/xrc/xmlres.h>

#include "exchange/envelope.h"
#include "io/file_bytes.h"
#include "ui/file_questions.h"
#include "ui/passphrase_dialog.h"
#include "ui/wrapped_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

void show_refusal(wxWindow* parent, const wxString& what, const wxString& why) {
    wxMessageDialog dlg(parent, what, _("Open a judge kit"), wxOK | wxICON_ERROR);
    dlg.SetExtendedMessage(why);
    dlg.ShowModal();
}

}  // namespace

KitCheckDialog::KitCheckDialog(wxWindow* parent, const KitImport& kit, const wxString& kit_file) {
    dialog_ = wxXmlResource::Get()->LoadDialog(parent, "kit_check_dialog");
    if (!dialog_) throw std::runtime_error("the kit_check_dialog form could not be loaded");
    const int width = dialog_->FromDIP(480);
    auto* heading = XRCCTRL(*dialog_, "kit_heading", wxStaticText);
    heading->SetLabel(wxString::Format(_("Judge kit for laptop \"%s\""), u8(kit.device_name)));
    wrap_label(heading, width);
    auto* details = XRCCTRL(*dialog_, "kit_details", wxStaticText);
    details->SetLabel(wxString::Format(_("Competition: %s\nWorkstations: %d\nKit file: %s"),
                                       u8(kit.competition_name), kit.contestants, kit_file));
    wrap_label(details, width);
    auto* fingerprint = XRCCTRL(*dialog_, "kit_fingerprint", wxStaticText);
    fingerprint->SetLabel(u8(kit.master_fingerprint));
    wrap_label(fingerprint, width);
    wrap_label(XRCCTRL(*dialog_, "kit_compare", wxStaticText), width);
    delete_ = XRCCTRL(*dialog_, "kit_delete", wxCheckBox);
    dialog_->Fit();
    dialog_->CentreOnParent();
}

KitCheckDialog::~KitCheckDialog() {
    dialog_->Destroy();
}

bool KitCheckDialog::delete_kit() const {
    return delete_->GetValue();
}

wxString open_judge_kit(wxWindow* parent, wxString kit_file) {
    if (kit_file.empty())
        kit_file = file_questions().open_file(parent, _("Open a judge kit"),
                                              _("Judge kits (*.kit)|*.kit|All files|*"));
    if (kit_file.empty()) return {};
    std::string bytes;
    try {
        bytes = read_file_bytes(to_u8(kit_file), exchange::kMaxKitBytes);
    } catch (const std::exception& e) {
        show_refusal(parent, _("The judge kit could not be read."), u8(e.what()));
        return {};
    }
    // The passphrase until it opens the kit, or they give up.
    std::string passphrase;
    KitImport kit;
    wxString error;
    const wxString heading =
        wxString::Format(_("Open the judge kit %s"), wxFileName(kit_file).GetFullName());
    for (;;) {
        const auto typed = ask_passphrase(parent, heading, error);
        if (!typed) return {};
        try {
            kit = read_kit(bytes, to_u8(*typed));
            passphrase = to_u8(*typed);
            break;
        } catch (const std::exception& e) {
            error = u8(e.what());
        }
    }
    bool delete_kit = false;
    {
        KitCheckDialog check(parent, kit, kit_file);
        if (check.dialog()->ShowModal() != wxID_OK) return {};
        delete_kit = check.delete_kit();
    }
    const wxString db = file_questions().save_file(parent, _("Save the laptop's database as"),
                                                   wxStandardPaths::Get().GetDocumentsDir(),
                                                   safe_file_name(u8(kit.device_name)) + ".plumb",
                                                   _("Plumbline competitions (*.plumb)|*.plumb"));
    if (db.empty()) return {};
    try {
        import_kit(to_u8(db), bytes, passphrase, Actor{{}, "console:" + to_u8(wxGetUserId()), {}});
    } catch (const std::exception& e) {
        show_refusal(parent, _("The laptop's database was not made."), u8(e.what()));
        return {};
    }
    std::error_code ec;
    if (delete_kit && !std::filesystem::remove(to_u8(kit_file), ec))
        show_refusal(
            parent, _("The laptop's database is made, but the kit file could not be deleted."),
            wxString::Format(_("Delete %s by hand: it holds the laptop's signing key."), kit_file));
    return db;
}

}  // namespace plumb::ui
