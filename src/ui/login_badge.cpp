// The login badge: "J01 王建国 logged in" or "Nobody logged in", and Log out.
#include "ui/login_badge.h"

#include <wx/button.h>
#include <wx/frame.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "ui/console.h"
#include "ui/event_state_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

LoginBadge::LoginBadge(wxFrame* frame, Console& console) : frame_(frame), console_(console) {
    status_ = XRCCTRL(*frame, "login_status", wxStaticText);
    log_out_ = XRCCTRL(*frame, "login_log_out", wxButton);
    log_out_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { console_.log_out(); });
    console_.listen_logins([this](const Console::LoginChange&) { update(); });
    console_.listen([this](const std::string& event) {
        if (event.empty()) update();  // roles may have been switched on, the minutes changed
    });
    update();
}

void LoginBadge::update() {
    const bool roles = console_.roles_on();
    const auto& login = console_.logged_in();
    wxString who;
    if (login && login->who == kOrganiser) {
        who = _("Organiser");
    } else if (login) {
        const Judge* j = console_.competition().find_judge(login->who);
        who = u8(login->who + (j ? "  " + j->name : ""));
    }
    set_label_fitted(status_,
                     login ? wxString::Format(_("Logged in: %s"), who) : _("Nobody logged in"));
    status_->SetForegroundColour(login ? wxColour(0, 90, 0) : wxColour(90, 90, 90));
    status_->SetToolTip(
        wxString::Format(_("Logged out by itself after %d minutes without a key press or click."),
                         console_.idle_minutes()));
    status_->Show(roles);
    log_out_->Show(roles && login.has_value());
    // The badge's own panel: the frame's Layout alone keeps its children where they were.
    status_->GetParent()->Layout();
    frame_->Layout();
}

}  // namespace plumb::ui
