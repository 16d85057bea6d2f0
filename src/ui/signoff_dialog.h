// A judge signs off a workstation's sheet (score entry, on a laptop or the master): the dialog
// lists what is still missing first, then sign_off() through the gate.
#pragma once

#include <string>
#include <vector>

#include <wx/string.h>

class wxDialog;
class wxWindow;

namespace plumb::ui {

class Console;

class SignOffDialog {
public:
    // `missing`: aspect ids still without this judge's value (missing_before_signoff).
    SignOffDialog(wxWindow* parent, const Console& console, const std::string& event,
                  const std::string& workstation, const std::string& judge,
                  const std::vector<std::string>& missing);
    ~SignOffDialog();
    SignOffDialog(const SignOffDialog&) = delete;
    SignOffDialog& operator=(const SignOffDialog&) = delete;
    wxDialog* dialog() const { return dialog_; }

private:
    wxDialog* dialog_ = nullptr;
};

// Shows the dialog and, confirmed, signs the sheet off as `judge` (their PIN asked with roles
// on unless they are logged in). A refusal is shown with the gate's reason. True when signed.
bool sign_off_sheet(wxWindow* parent, Console& console, const std::string& event,
                    const std::string& workstation, const std::string& judge);

}  // namespace plumb::ui
