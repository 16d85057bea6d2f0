// Set-up, roles page: set_organiser_password, set_judge_pin and set_chief_judge through the
// gate, as the organiser; the list of judges with their PINs and the events they are chief of.
#include <algorithm>

#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "services/roles.h"
#include "ui/console.h"
#include "ui/secret_dialog.h"
#include "ui/setup_page.h"
#include "ui/setup_row_list.h"
#include "ui/setup_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

class RolesPage : public SetupPage {
public:
    RolesPage(wxWindow* parent, Console& console) : console_(console) {
        panel_ = wxXmlResource::Get()->LoadPanel(parent, "setup_roles");
        if (!panel_) throw std::runtime_error("the setup_roles form could not be loaded");
        state_ = XRCCTRL(*panel_, "roles_state", wxStaticText);
        login_ = XRCCTRL(*panel_, "roles_login", wxStaticText);
        list_ = new RowList(panel_);
        list_->SetName("role_list");
        wxXmlResource::Get()->AttachUnknownControl("role_list", list_, panel_);
        list_->set_columns({{_("Code"), 50},
                            {_("Name"), 80},
                            {_("Events"), 160},
                            {_("PIN"), 50},
                            {_("Chief judge of"), 160}});
        list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { set_pin(); });
        panel_->Bind(
            wxEVT_BUTTON, [this](wxCommandEvent&) { set_password(); }, XRCID("set_password"));
        panel_->Bind(
            wxEVT_BUTTON, [this](wxCommandEvent&) { set_pin(); }, XRCID("set_pin"));
        panel_->Bind(
            wxEVT_BUTTON, [this](wxCommandEvent&) { set_chief(); }, XRCID("set_chief"));
        console_.listen_logins([this](const Console::LoginChange&) { show_login(); });
        panel_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
            e.Skip();
            if (panel_->IsShownOnScreen()) panel_->CallAfter([this] { show_login(); });
        });
    }

    wxWindow* window() override { return panel_; }
    wxString title() const override { return _("Roles"); }

    void refresh() override {
        const Competition& c = console_.competition();
        const Store& store = console_.session().store();
        const long keep = list_->current();
        const wxString separator = chinese_ui() ? wxString(wxT("、")) : wxString(", ");
        std::vector<std::vector<wxString>> rows;
        for (const Judge& j : c.judges) {
            wxString events, chief_of;
            for (const std::string& e : j.events) {
                events += (events.empty() ? wxString() : separator) + event_name(c, e);
                if (chief_judge(store, e) == j.code)
                    chief_of += (chief_of.empty() ? wxString() : separator) + event_name(c, e);
            }
            rows.push_back({u8(j.code), u8(j.name), events,
                            has_pin(store, j.code) ? _("set") : _("none"), chief_of});
        }
        list_->set_rows(std::move(rows));
        list_->select_only(keep);
        show_login();
    }

private:
    void show_login() {
        const bool on = console_.roles_on();
        state_->SetLabel(on ? _("Roles are on: set-up changes need the organiser's password, "
                                "marks a judge's PIN, lock and reveal the chief judge's PIN.")
                            : _("Roles are off: nobody is asked who they are. Setting the "
                                "organiser's password turns them on."));
        state_->SetForegroundColour(on ? wxColour(0, 100, 0) : wxColour(138, 75, 0));
        // Wrapped to the page, less the password button beside it (a small laptop's screen).
        const int room = panel_->GetClientSize().x -
                         panel_->FindWindow(XRCID("set_password"))->GetSize().x -
                         panel_->FromDIP(40);
        state_->Wrap(std::max(room, panel_->FromDIP(300)));
        if (!panel_->IsShownOnScreen()) return;  // laid out when it is shown
        const auto& now = console_.logged_in();
        wxString who = _("nobody");
        if (now && now->who == kOrganiser) {
            who = _("Organiser");
        } else if (now) {
            const Judge* j = console_.competition().find_judge(now->who);
            who = u8(now->who + (j ? "  " + j->name : ""));
        }
        login_->SetLabel(on ? wxString::Format(_("Logged in at this console: %s"), who)
                            : wxString());
        panel_->Layout();
    }

    const Judge* selected() const {
        const long i = list_->current();
        const auto& judges = console_.competition().judges;
        return i >= 0 && i < static_cast<long>(judges.size()) ? &judges[static_cast<std::size_t>(i)]
                                                              : nullptr;
    }

    // What the gate said, for the dialog to show; "" when done.
    template <typename F>
    std::string attempt(F&& action) {
        try {
            action();
            return {};
        } catch (const std::exception& e) {
            return e.what();
        }
    }

    void set_password() {
        // The first password turns roles on and may be set by whoever sets the competition up;
        // later ones are the organiser's (Console::organiser asks for the current one).
        const auto by = console_.organiser();
        if (!by) return;
        SecretDialog dialog(
            panel_, _("The organiser's password"),
            _("At least 8 characters. Set-up changes, imports and exports of "
              "names will ask for it."),
            [this, by](const std::string& secret) {
                return attempt([&] { set_organiser_password(console_.session(), *by, secret); });
            });
        if (dialog.show_modal() != wxID_OK) return;
        console_.changed();  // roles may have been switched on: every panel asks from now on
    }

    void set_pin() {
        const Judge* judge = selected();
        if (!judge) {
            show_refusal(panel_, _("Select a judge first."), wxString());
            return;
        }
        const std::string code = judge->code;
        const wxString label = u8(code + "  " + judge->name);
        const auto by = console_.organiser();
        if (!by) return;
        SecretDialog dialog(
            panel_, wxString::Format(_("PIN of %s"), label),
            _("6 to 12 digits. The judge types it to enter marks; it travels to "
              "the laptops only as a hash."),
            [this, by, code](const std::string& secret) {
                return attempt([&] { set_judge_pin(console_.session(), *by, code, secret); });
            });
        if (dialog.show_modal() == wxID_OK) refresh();
    }

    void set_chief() {
        const Judge* judge = selected();
        if (!judge || judge->events.empty()) {
            show_refusal(panel_, _("Select a judge first."), wxString());
            return;
        }
        const Judge chosen = *judge;
        wxArrayString names;
        for (const std::string& e : chosen.events) names.Add(event_name(console_.competition(), e));
        wxSingleChoiceDialog pick(panel_,
                                  wxString::Format(_("Chief judge of which event is %s?"),
                                                   u8(chosen.code + "  " + chosen.name)),
                                  _("Chief judge"), names);
        if (pick.ShowModal() != wxID_OK) return;
        const std::string event = chosen.events.at(static_cast<std::size_t>(pick.GetSelection()));
        const auto by = console_.organiser();
        if (!by) return;
        try {
            set_chief_judge(console_.session(), *by, event, chosen.code);
        } catch (const std::exception& e) {
            show_refusal(panel_, _("The chief judge was not named."), e);
            return;
        }
        console_.changed();
    }

    Console& console_;
    wxPanel* panel_ = nullptr;
    wxStaticText* state_ = nullptr;
    wxStaticText* login_ = nullptr;
    RowList* list_ = nullptr;
};

}  // namespace

std::unique_ptr<SetupPage> make_roles_page(wxWindow* parent, Console& console) {
    return std::make_unique<RolesPage>(parent, console);
}

}  // namespace plumb::ui
