// Fills the passphrase dialog and reads the passphrase back.
#include "ui/passphrase_dialog.h"

#include <stdexcept>

#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "ui/wrapped_text.h"

namespace plumb::ui {

PassphraseDialog::PassphraseDialog(wxWindow* parent, const wxString& heading,
                                   const wxString& error) {
    dialog_ = wxXmlResource::Get()->LoadDialog(parent, "passphrase_dialog");
    if (!dialog_) throw std::runtime_error("the passphrase_dialog form could not be loaded");
    text_ = XRCCTRL(*dialog_, "passphrase_text", wxTextCtrl);
    const int width = dialog_->FromDIP(440);
    XRCCTRL(*dialog_, "passphrase_heading", wxStaticText)->SetLabel(heading);
    wrap_label(XRCCTRL(*dialog_, "passphrase_heading", wxStaticText), width);
    wrap_label(XRCCTRL(*dialog_, "passphrase_prompt", wxStaticText), width);
    auto* refusal = XRCCTRL(*dialog_, "passphrase_error", wxStaticText);
    refusal->SetLabel(error);
    wrap_label(refusal, width);
    refusal->Show(!error.empty());
    text_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { dialog_->EndModal(wxID_OK); });
    dialog_->Fit();
    dialog_->CentreOnParent();
    text_->SetFocus();
}

PassphraseDialog::~PassphraseDialog() {
    dialog_->Destroy();
}

std::optional<wxString> PassphraseDialog::ask() {
    if (dialog_->ShowModal() != wxID_OK) return std::nullopt;
    return text_->GetValue();
}

std::optional<wxString> ask_passphrase(wxWindow* parent, const wxString& heading,
                                       const wxString& error) {
    PassphraseDialog dialog(parent, heading, error);
    return dialog.ask();
}

}  // namespace plumb::ui
