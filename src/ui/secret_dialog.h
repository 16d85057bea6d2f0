// A new password or PIN typed twice (forms/setup_roles.xrc, secret_dialog). The save function
// gets the secret once both fields agree; its refusal (too short, not digits ...) is shown in
// the dialog, which stays open for another try.
#pragma once

#include <functional>
#include <string>

#include <wx/string.h>

class wxDialog;
class wxStaticText;
class wxTextCtrl;
class wxWindow;

namespace plumb::ui {

class SecretDialog {
public:
    // Returns "" when saved, else why not.
    using Save = std::function<std::string(const std::string& secret)>;
    SecretDialog(wxWindow* parent, const wxString& title, const wxString& prompt, Save on_save);
    ~SecretDialog();
    SecretDialog(const SecretDialog&) = delete;
    SecretDialog& operator=(const SecretDialog&) = delete;

    wxDialog* dialog() const { return dialog_; }
    wxTextCtrl* first() const { return new_; }
    wxTextCtrl* second() const { return again_; }
    wxString error() const;
    int show_modal();

private:
    bool save();

    Save save_;
    wxDialog* dialog_ = nullptr;
    wxTextCtrl *new_ = nullptr, *again_ = nullptr;
    wxStaticText* error_ = nullptr;
};

}  // namespace plumb::ui
