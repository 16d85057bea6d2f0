// Asking for a judge kit's passphrase (forms/passphrase_dialog.xrc): on a laptop, to open its kit
// and to sign its score packets; with the reason the previous try was refused.
#pragma once

#include <optional>

#include <wx/string.h>

class wxDialog;
class wxTextCtrl;
class wxWindow;

namespace plumb::ui {

class PassphraseDialog {
public:
    // `heading` says what the passphrase is for; `error` why the last try failed ("" = none).
    PassphraseDialog(wxWindow* parent, const wxString& heading, const wxString& error);
    ~PassphraseDialog();
    PassphraseDialog(const PassphraseDialog&) = delete;
    PassphraseDialog& operator=(const PassphraseDialog&) = delete;

    wxDialog* dialog() const { return dialog_; }
    // The passphrase typed, or nullopt when cancelled.
    std::optional<wxString> ask();

private:
    wxDialog* dialog_ = nullptr;
    wxTextCtrl* text_ = nullptr;
};

// Shows the dialog once; the passphrase typed, or nullopt when cancelled.
std::optional<wxString> ask_passphrase(wxWindow* parent, const wxString& heading,
                                       const wxString& error);

}  // namespace plumb::ui
