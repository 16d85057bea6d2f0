// The two fields must agree before the services see the secret.
#include "ui/secret_dialog.h"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "ui/dialog_form.h"
#include "ui/wx_text.h"

namespace plumb::ui {

SecretDialog::SecretDialog(wxWindow* parent, const wxString& title, const wxString& prompt,
                           Save on_save)
    : save_(std::move(on_save)) {
    dialog_ = wxXmlResource::Get()->LoadDialog(parent, "secret_dialog");
    if (!dialog_) throw std::runtime_error("the secret_dialog form could not be loaded");
    dialog_->SetTitle(title);
    new_ = XRCCTRL(*dialog_, "secret_new", wxTextCtrl);
    again_ = XRCCTRL(*dialog_, "secret_again", wxTextCtrl);
    error_ = XRCCTRL(*dialog_, "secret_error", wxStaticText);
    XRCCTRL(*dialog_, "secret_prompt", wxStaticText)->SetLabel(prompt);
    error_->Hide();
    ready_form(dialog_, [this] { return save(); });
    new_->SetFocus();
}

SecretDialog::~SecretDialog() {
    dialog_->Destroy();
}

wxString SecretDialog::error() const {
    return error_->IsShown() ? error_->GetLabel() : wxString();
}

int SecretDialog::show_modal() {
    return dialog_->ShowModal();
}

bool SecretDialog::save() {
    std::string why;
    if (new_->GetValue() != again_->GetValue())
        why = to_u8(_("The two entries differ: type the same twice."));
    else
        why = save_(to_u8(new_->GetValue()));
    error_->SetLabel(u8(why));
    error_->Show(!why.empty());
    dialog_->Fit();
    if (why.empty()) return true;
    new_->Clear();
    again_->Clear();
    new_->SetFocus();
    return false;
}

}  // namespace plumb::ui
