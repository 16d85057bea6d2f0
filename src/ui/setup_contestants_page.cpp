// Set-up, contestants page: the roster filtered by event and text; import with a preview, edit a
// contestant, change a status. Every write goes through the services, then Console::changed().
#include <map>

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "services/importing.h"
#include "services/roster_admin.h"
#include "services/viewing.h"
#include "ui/console.h"
#include "ui/file_dialog.h"
#include "ui/setup_contestant_dialog.h"
#include "ui/setup_page.h"
#include "ui/setup_roster_preview.h"
#include "ui/setup_row_list.h"
#include "ui/setup_text.h"
#include "ui/who_acts.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

// `shown` false: the fields that tell who a contestant is, or where, are masked.
// SHOWN: the person's name, employer and workstation may be seen; PERSONAL: the ID number too.
std::vector<wxString> row_of(const Competition& competition, const Contestant& c, bool shown,
                             bool personal) {
    // An active contestant's reason is why they came back: not worth a column's width.
    const wxString status = c.status == ContestantStatus::Active
                                ? contestant_status_label(c.status)
                                : status_with_reason(c.status, c.status_reason);
    const auto masked = [](bool show, const wxString& text) {
        return show || text.empty() ? text : wxString(wxT("•••"));
    };
    return {u8(c.registration_no),
            masked(shown, u8(c.name)),
            masked(shown && personal, u8(c.id_number)),
            gender_label(c.gender),
            masked(shown, u8(c.employer)),
            event_name(competition, c.event),
            masked(shown, u8(c.workstation)),
            masked(shown, c.draw_no ? wxString::Format("%d", *c.draw_no) : wxString()),
            status};
}

// Searching hidden fields would show them by what it finds: only the others are searched.
bool matches(const Contestant& c, const std::string& text, bool shown, bool personal) {
    if (text.empty()) return true;
    if (c.registration_no.find(text) != std::string::npos) return true;
    if (!shown) return false;
    if (personal && c.id_number.find(text) != std::string::npos) return true;
    for (const std::string* field : {&c.name, &c.employer, &c.workstation})
        if (field->find(text) != std::string::npos) return true;
    return false;
}

class ContestantsPage : public SetupPage {
public:
    ContestantsPage(wxWindow* parent, Console& console) : console_(console) {
        panel_ = wxXmlResource::Get()->LoadPanel(parent, "setup_contestants");
        if (!panel_) throw std::runtime_error("the setup_contestants form could not be loaded");
        event_ = XRCCTRL(*panel_, "contestant_event", wxChoice);
        search_ = XRCCTRL(*panel_, "contestant_search", wxSearchCtrl);
        count_ = XRCCTRL(*panel_, "contestant_count", wxStaticText);
        hidden_note_ = XRCCTRL(*panel_, "roster_hidden_note", wxStaticText);
        list_ = new RowList(panel_);
        list_->SetName("contestant_list");
        wxXmlResource::Get()->AttachUnknownControl("contestant_list", list_, panel_);
        list_->set_columns({{_("Registration no."), 80},
                            {_("Name"), 70},
                            {_("ID number"), 150},
                            {_("Gender"), 40},
                            {_("Employer"), 200},
                            {_("Event"), 70},
                            {_("Workstation"), 50, true},
                            {_("Draw no."), 50, true},
                            {_("Status"), 70}});
        search_->ShowCancelButton(true);
        search_->SetDescriptiveText(_("Name, number, employer..."));

        event_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { show(); });
        search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { show(); });
        search_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) {
            search_->Clear();
            show();
        });
        list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { edit(); });
        panel_->Bind(
            wxEVT_BUTTON, [this](wxCommandEvent&) { import(); }, XRCID("import_roster"));
        panel_->Bind(
            wxEVT_BUTTON, [this](wxCommandEvent&) { add(); }, XRCID("add_contestant"));
        panel_->Bind(
            wxEVT_BUTTON, [this](wxCommandEvent&) { edit(); }, XRCID("edit_contestant"));
        panel_->Bind(
            wxEVT_BUTTON, [this](wxCommandEvent&) { change_status(); }, XRCID("set_status"));
        panel_->Bind(
            wxEVT_BUTTON,
            [this](wxCommandEvent&) {
                if (console_.organiser()) show();
            },
            XRCID("show_roster"));
        // Hidden again as soon as the organiser is logged out (a judge's login, idle minutes).
        console_.listen_logins([this](const Console::LoginChange&) { show(); });
    }

    wxWindow* window() override { return panel_; }
    wxString title() const override { return _("Contestants"); }

    void refresh() override {
        const Competition& c = console_.competition();
        const int selected = event_->GetSelection();
        event_->Clear();
        event_->Append(_("All events"));
        for (const Event& e : c.events) event_->Append(event_name(e));
        event_->SetSelection(
            selected > 0 && selected < static_cast<int>(event_->GetCount()) ? selected : 0);
        all_ = console_.session().contestants();
        show();
    }

private:
    // Fills the list with the contestants passing the filters, keeping the selection.
    void show() {
        const std::string keep = selected_registration();
        const int e = event_->GetSelection() - 1;
        const auto& events = console_.competition().events;
        const std::string event =
            e >= 0 && e < static_cast<int>(events.size()) ? events[e].code : std::string();
        const std::string text = to_u8(search_->GetValue().Strip(wxString::both));
        // Whether the person at the console may see each event's names (services/viewing).
        const Login who = console_.logged_in().value_or(Login{});
        std::map<std::string, bool> visible;
        for (const Event& ev : events)
            visible[ev.code] = names_visible(console_.session(), ev.code, who);
        const auto shown = [&visible](const Contestant& c) {
            const auto at = visible.find(c.event);
            return at == visible.end() || at->second;
        };
        const bool personal = personal_data_visible(console_.session(), who);
        shown_.clear();
        std::vector<std::vector<wxString>> rows;
        bool hidden = !personal && !all_.empty();
        for (const Contestant& c : all_) {
            hidden = hidden || !shown(c);
            if ((!event.empty() && c.event != event) || !matches(c, text, shown(c), personal))
                continue;
            shown_.push_back(c.registration_no);
            rows.push_back(row_of(console_.competition(), c, shown(c), personal));
        }
        hidden_note_->GetContainingSizer()->ShowItems(hidden);
        list_->set_rows(std::move(rows));
        count_->SetLabel(wxString::Format(_("%d of %d contestants"),
                                          static_cast<int>(shown_.size()),
                                          static_cast<int>(all_.size())));
        for (std::size_t i = 0; i < shown_.size(); ++i)
            if (shown_[i] == keep) list_->select_only(static_cast<long>(i));
        panel_->Layout();
    }

    std::string selected_registration() const {
        const long i = list_->current();
        return i >= 0 && i < static_cast<long>(shown_.size()) ? shown_[static_cast<std::size_t>(i)]
                                                              : std::string();
    }

    const Contestant* selected() const {
        const std::string reg = selected_registration();
        for (const Contestant& c : all_)
            if (c.registration_no == reg) return &c;
        return nullptr;
    }

    void import() {
        const auto by = console_.organiser();  // asked once per console session when roles are on
        if (!by) return;
        wxFileDialog pick(panel_, _("Choose the roster file"), {}, {},
                          _("Roster files (*.csv)|*.csv|All files|*"),
                          wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (show_file_dialog(pick) != wxID_OK) return;
        const std::filesystem::path path(to_u8(pick.GetPath()));
        RosterPreview preview;
        try {
            preview = preview_roster(console_.session(), path);
        } catch (const std::exception& e) {
            show_refusal(panel_, _("The roster file could not be read."), e);
            return;
        }
        RosterPreviewDialog dialog(panel_, console_.competition(), preview);
        if (dialog.show_modal() != wxID_OK || !preview.importable()) return;
        try {
            const ImportSummary s = import_roster(console_.session(), *by, path);
            console_.changed();
            wxMessageDialog done(panel_,
                                 wxString::Format(_("%d contestants were registered."), s.added),
                                 _("Set-up"), wxOK | wxICON_INFORMATION);
            done.ShowModal();
        } catch (const std::exception& e) {
            show_refusal(panel_, _("The roster was not imported."), e);
        }
    }

    void add() {
        const auto by = console_.organiser();
        if (!by) return;
        AddContestantDialog dialog(
            panel_, console_.competition(), [this, by](const Contestant& typed) {
                try {
                    add_contestant(console_.session(), *by, typed);
                } catch (const std::exception& e) {
                    show_refusal(panel_, _("The contestant was not registered."), e);
                    return false;
                }
                console_.changed();
                return true;
            });
        dialog.show_modal();
    }

    void edit() {
        const Contestant* c = selected();
        if (!c) {
            show_refusal(panel_, _("Select a contestant first."), wxString());
            return;
        }
        const Contestant chosen = *c;  // asking for the password may refresh the list
        const auto by = console_.organiser();
        if (!by) return;
        ContestantDialog dialog(
            panel_, console_.competition(), chosen,
            [this, by](const Contestant& edited, const std::string& reason) {
                try {
                    if (update_contestant(console_.session(), *by, edited, reason))
                        console_.changed();
                    return true;
                } catch (const std::exception& e) {
                    show_refusal(panel_, _("The contestant was not changed."), e);
                    return false;
                }
            });
        dialog.show_modal();
    }

    void change_status() {
        const Contestant* c = selected();
        if (!c) {
            show_refusal(panel_, _("Select a contestant first."), wxString());
            return;
        }
        const Contestant chosen = *c;
        // The organiser, or the chief judge of the contestant's event with their PIN.
        const auto by = organiser_or_chief_login(panel_, console_, chosen.event);
        if (!by) return;
        const std::string reg = chosen.registration_no;
        StatusDialog dialog(panel_, chosen,
                            [this, by, reg](ContestantStatus s, const std::string& reason) {
                                try {
                                    set_status(console_.session(), *by, reg, s, reason);
                                    console_.changed();
                                    return true;
                                } catch (const std::exception& e) {
                                    show_refusal(panel_, _("The status was not changed."), e);
                                    return false;
                                }
                            });
        dialog.show_modal();
    }

    Console& console_;
    wxPanel* panel_ = nullptr;
    wxChoice* event_ = nullptr;
    wxSearchCtrl* search_ = nullptr;
    wxStaticText* count_ = nullptr;
    wxStaticText* hidden_note_ = nullptr;
    RowList* list_ = nullptr;
    std::vector<Contestant> all_;
    std::vector<std::string> shown_;  // registration numbers in list order
};

}  // namespace

std::unique_ptr<SetupPage> make_contestants_page(wxWindow* parent, Console& console) {
    return std::make_unique<ContestantsPage>(parent, console);
}

}  // namespace plumb::ui
