// Fills the login dialog for a judge or the organiser and reads the secret back.
#include "ui/login_dialog.h"

#include <stdexcept>

#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "ui/console.h"
#include "ui/wx_text.h"

namespace plumb::ui {

LoginDialog::LoginDialog(wxWindow* parent, const Console& console, const std::string& who,
                         const wxString& error) {
    dialog_ = wxXmlResource::Get()->LoadDialog(parent, "login_dialog");
    if (!dialog_) throw std::runtime_error("the login_dialog form could not be loaded");
    secret_ = XRCCTRL(*dialog_, "login_secret", wxTextCtrl);
    auto* name = XRCCTRL(*dialog_, "login_who", wxStaticText);
    auto* prompt = XRCCTRL(*dialog_, "login_prompt", wxStaticText);
    auto* refusal = XRCCTRL(*dialog_, "login_error", wxStaticText);
    if (who == kOrganiser) {
        name->SetLabel(_("Organiser"));
        prompt->SetLabel(
            _("This needs the organiser's password: set-up, imports, exports with names, and "
              "showing the roster."));
    } else {
        const Judge* judge = console.competition().find_judge(who);
        name->SetLabel(
            wxString::Format(_("Judge %s"), u8(who + (judge ? "  " + judge->name : ""))));
        prompt->SetLabel(
            _("Type your PIN: what you do next is done and recorded under your name (marks; for a "
              "chief judge also locking, revealing, settling and appeals)."));
    }
    prompt->Wrap(prompt->FromDIP(380));
    refusal->SetLabel(error);
    refusal->Show(!error.empty());
    secret_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { dialog_->EndModal(wxID_OK); });
    dialog_->Fit();
    dialog_->CentreOnParent();
    secret_->SetFocus();
}

LoginDialog::~LoginDialog() {
    dialog_->Destroy();
}

wxString LoginDialog::secret() const {
    return secret_->GetValue();
}

std::optional<wxString> LoginDialog::ask() {
    if (dialog_->ShowModal() != wxID_OK) return std::nullopt;
    return secret();
}

void ask_logins_by_dialog(wxWindow* parent, Console& console) {
    console.set_secret_source(
        [parent, &console](const std::string& who,
                           const std::string& error) -> std::optional<std::string> {
            LoginDialog dialog(parent, console, who, u8(error));
            const auto secret = dialog.ask();
            if (!secret) return std::nullopt;
            return to_u8(*secret);
        });
}

}  // namespace plumb::ui
