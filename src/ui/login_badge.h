// Who is logged in on the console, shown at the top of the main window on every tab, with the
// Log out button beside it; hidden when the competition has no roles.
#pragma once

class wxButton;
class wxFrame;
class wxStaticText;

namespace plumb::ui {

class Console;

class LoginBadge {
public:
    // Fills the frame's login_status and login_log_out controls and follows the console's logins.
    LoginBadge(wxFrame* frame, Console& console);
    void update();

private:
    wxFrame* frame_;
    Console& console_;
    wxStaticText* status_ = nullptr;
    wxButton* log_out_ = nullptr;
};

}  // namespace plumb::ui
