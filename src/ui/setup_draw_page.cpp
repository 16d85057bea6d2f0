// Set-up, draw page: choose an event, keep or change the random seed, draw lots through the
// services (refused once marks exist), see and print the result with its seed.
#include <map>
#include <optional>
#include <random>
#include <utility>
#include <vector>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/datetime.h>
#include <wx/html/htmprint.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/valtext.h>
#include <wx/xrc/xmlres.h>

#include "services/roster_admin.h"
#include "services/viewing.h"
#include "ui/console.h"
#include "ui/setup_draw_sheet.h"
#include "ui/setup_page.h"
#include "ui/setup_row_list.h"
#include "ui/setup_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

wxString random_seed() {
    // Nine digits: short enough to read aloud and write on the draw sheet.
    return wxString::Format("%u", std::random_device{}() % 1'000'000'000u);
}

// Once any mark is in, the workstations are what judges have been scoring: the draw is final.
bool has_marks(EventBook& book) {
    for (int i = 0; i < static_cast<int>(book.contestants().size()); ++i)
        for (const auto& judges : book.marks(i).by_aspect)
            if (!judges.empty()) return true;
    return false;
}

class DrawPage : public SetupPage {
public:
    DrawPage(wxWindow* parent, Console& console) : console_(console) {
        panel_ = wxXmlResource::Get()->LoadPanel(parent, "setup_draw");
        if (!panel_) throw std::runtime_error("the setup_draw form could not be loaded");
        event_ = XRCCTRL(*panel_, "draw_event", wxChoice);
        seed_ = XRCCTRL(*panel_, "draw_seed", wxTextCtrl);
        state_ = XRCCTRL(*panel_, "draw_state", wxStaticText);
        list_ = new RowList(panel_);
        list_->SetName("draw_list");
        wxXmlResource::Get()->AttachUnknownControl("draw_list", list_, panel_);
        list_->set_columns({{_("Draw no."), 60, true},
                            {_("Workstation"), 70, true},
                            {_("Registration no."), 90},
                            {_("Name"), 90},
                            {_("Status"), 80}});
        seed_->SetValidator(wxTextValidator(wxFILTER_DIGITS));
        seed_->SetValue(random_seed());

        event_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { show(); });
        console_.listen_logins([this](const Console::LoginChange&) { show(); });
        panel_->Bind(
            wxEVT_BUTTON, [this](wxCommandEvent&) { seed_->SetValue(random_seed()); },
            XRCID("new_seed"));
        panel_->Bind(
            wxEVT_BUTTON, [this](wxCommandEvent&) { draw(); }, XRCID("draw_lots"));
        panel_->Bind(
            wxEVT_BUTTON, [this](wxCommandEvent&) { print(true); }, XRCID("draw_preview"));
        panel_->Bind(
            wxEVT_BUTTON, [this](wxCommandEvent&) { print(false); }, XRCID("draw_print"));
    }

    wxWindow* window() override { return panel_; }
    wxString title() const override { return _("Draw lots"); }

    void refresh() override {
        const int selected = event_->GetSelection();
        event_->Clear();
        for (const Event& e : console_.competition().events) event_->Append(event_name(e));
        if (event_->GetCount() > 0)
            event_->SetSelection(
                selected >= 0 && selected < static_cast<int>(event_->GetCount()) ? selected : 0);
        show();
    }

private:
    const Event* event() const {
        const int i = event_->GetSelection();
        const auto& events = console_.competition().events;
        return i >= 0 && i < static_cast<int>(events.size()) ? &events[static_cast<std::size_t>(i)]
                                                             : nullptr;
    }

    void show() {
        const Event* e = event();
        if (!e) {
            sheet_ = {};
            list_->set_rows({});
            state_->SetLabel({});
            return;
        }
        const auto contestants = console_.session().contestants();
        sheet_ = draw_sheet(console_.competition(), *e, contestants, record_of(*e, contestants));
        locked_ = has_marks(console_.book(e->code));
        // Who drew which workstation is the blinding itself: with roles on, the organiser only.
        const bool shown = names_visible(console_.session(), e->code,
                                         console_.logged_in().value_or(Login{}));
        auto rows = sheet_.rows;
        if (!shown)
            for (auto& row : rows)
                for (std::size_t column : {2u, 3u}) row[column] = wxT("•••");
        list_->set_rows(std::move(rows));
        wxString state;
        if (sheet_.rows.empty())
            state = _("Not drawn yet.");
        else if (sheet_.seed.empty())
            state = wxString::Format(_("%d contestants hold draw numbers."),
                                     static_cast<int>(sheet_.rows.size()));
        else
            state = wxString::Format(_("Drawn on %s by %s with seed %s: %d contestants."),
                                     sheet_.drawn, sheet_.drawn_by, sheet_.seed,
                                     static_cast<int>(sheet_.rows.size()));
        if (locked_) state += " " + _("Marks have been entered: the draw is final.");
        state_->SetLabel(state);
        panel_->Layout();
    }

    // The event's last draw. Finding it reads the whole audit log (about 0.6 s at 10,000
    // contestants), so it is remembered with the draw's rows and read again only when they
    // change; a draw made here is remembered as it is made.
    std::optional<DrawRecord> record_of(const Event& e, const std::vector<Contestant>& all) {
        const auto rows = draw_sheet(console_.competition(), e, all, std::nullopt).rows;
        Known& known = draws_[e.code];
        if (!known.read || known.rows != rows) {
            known.record = just_drawn_ && just_drawn_->first == e.code
                               ? just_drawn_->second
                               : last_draw(console_.session(), e.code);
            known.rows = rows;
            known.read = true;
        }
        just_drawn_.reset();
        return known.record;
    }

    void draw() {
        const Event* e = event();
        if (!e) return;
        unsigned long long seed = 0;
        const wxString typed = seed_->GetValue().Strip(wxString::both);
        // ToULongLong alone would take "-1" (strtoull wraps it round).
        if (typed.empty() || !typed.IsNumber() || typed[0] == '-' || !typed.ToULongLong(&seed)) {
            show_refusal(panel_, _("The seed must be a whole number."),
                         _("Type digits only, or press New seed."));
            seed_->SetFocus();
            return;
        }
        const auto by = console_.organiser();  // asked once per console session when roles are on
        if (!by) return;
        // When marks exist the services refuse and say why; asking first would be pointless.
        if (!sheet_.rows.empty() && !locked_) {
            wxMessageDialog ask(panel_, _("Draw lots again for this event?"), _("Set-up"),
                                wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
            ask.SetExtendedMessage(
                _("Every contestant of the event gets a new draw number and "
                  "workstation. Print the new result for the judges."));
            if (ask.ShowModal() != wxID_YES) return;
        }
        const std::string code = e->code;
        try {
            plumb::draw(console_.session(), *by, code, seed);
            just_drawn_.emplace(code, DrawRecord{seed, utc_now(), by->who});
        } catch (const std::exception& error) {
            show_refusal(panel_, _("The lots were not drawn."), error);
            return;
        }
        console_.changed();
    }

    void print(bool preview) {
        const Event* e = event();
        if (!e || sheet_.rows.empty()) {
            show_refusal(panel_, _("There is no draw to print for this event."), wxString());
            return;
        }
        if (!names_visible(console_.session(), e->code, console_.logged_in().value_or(Login{})) &&
            !console_.organiser())
            return;
        if (!printer_) {
            printer_ = std::make_unique<wxHtmlEasyPrinting>(_("Draw lots"), panel_);
            printer_->SetStandardFonts(12);
        }
        const wxString html = draw_sheet_html(sheet_, wxDateTime::Now().FormatISODate());
        if (preview)
            printer_->PreviewText(html);
        else
            printer_->PrintText(html);
    }

    Console& console_;
    wxPanel* panel_ = nullptr;
    wxChoice* event_ = nullptr;
    wxTextCtrl* seed_ = nullptr;
    wxStaticText* state_ = nullptr;
    RowList* list_ = nullptr;
    DrawSheet sheet_;
    bool locked_ = false;
    struct Known {
        bool read = false;
        std::vector<std::vector<wxString>> rows;
        std::optional<DrawRecord> record;
    };
    std::map<std::string, Known> draws_;  // event -> its last draw
    std::optional<std::pair<std::string, DrawRecord>> just_drawn_;
    std::unique_ptr<wxHtmlEasyPrinting> printer_;
};

}  // namespace

std::unique_ptr<SetupPage> make_draw_page(wxWindow* parent, Console& console) {
    return std::make_unique<DrawPage>(parent, console);
}

}  // namespace plumb::ui
