// The login dialog (forms/login_dialog.xrc): a judge's PIN or the organiser's password, with the
// reason the previous try was refused. The console asks through it when roles are on.
#pragma once

#include <optional>
#include <string>

#include <wx/string.h>

class wxDialog;
class wxStaticText;
class wxTextCtrl;
class wxWindow;

namespace plumb::ui {

class Console;

class LoginDialog {
public:
    // `who` is a judge code or "organiser"; `error` is shown under the field ("" = none).
    LoginDialog(wxWindow* parent, const Console& console, const std::string& who,
                const wxString& error);
    ~LoginDialog();
    LoginDialog(const LoginDialog&) = delete;
    LoginDialog& operator=(const LoginDialog&) = delete;

    wxDialog* dialog() const { return dialog_; }
    wxString secret() const;
    // The secret typed, or nullopt when cancelled.
    std::optional<wxString> ask();

private:
    wxDialog* dialog_ = nullptr;
    wxTextCtrl* secret_ = nullptr;
};

// Makes the console ask through LoginDialog, over `parent`.
void ask_logins_by_dialog(wxWindow* parent, Console& console);

}  // namespace plumb::ui
