// Set-up, judges page: the judges with the events they judge; add one or change one through
// the judge services.
#include <wx/button.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "services/judge_admin.h"
#include "ui/console.h"
#include "ui/setup_judge_dialog.h"
#include "ui/setup_page.h"
#include "ui/setup_row_list.h"
#include "ui/setup_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

class JudgesPage : public SetupPage {
public:
    JudgesPage(wxWindow* parent, Console& console) : console_(console) {
        panel_ = wxXmlResource::Get()->LoadPanel(parent, "setup_judges");
        if (!panel_) throw std::runtime_error("the setup_judges form could not be loaded");
        count_ = XRCCTRL(*panel_, "judge_count", wxStaticText);
        list_ = new RowList(panel_);
        list_->SetName("judge_list");
        wxXmlResource::Get()->AttachUnknownControl("judge_list", list_, panel_);
        list_->set_columns(
            {{_("Code"), 50}, {_("Name"), 80}, {_("Employer"), 220}, {_("Events"), 200}});
        list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { edit(); });
        panel_->Bind(
            wxEVT_BUTTON, [this](wxCommandEvent&) { add(); }, XRCID("add_judge"));
        panel_->Bind(
            wxEVT_BUTTON, [this](wxCommandEvent&) { edit(); }, XRCID("edit_judge"));
    }

    wxWindow* window() override { return panel_; }
    wxString title() const override { return _("Judges"); }

    void refresh() override {
        const Competition& c = console_.competition();
        const long keep = list_->current();
        std::vector<std::vector<wxString>> rows;
        const wxString separator = chinese_ui() ? wxString(wxT("、")) : wxString(", ");
        for (const Judge& j : c.judges) {
            wxString events;
            for (const std::string& e : j.events)
                events += (events.empty() ? wxString() : separator) + event_name(c, e);
            rows.push_back({u8(j.code), u8(j.name), u8(j.employer), events});
        }
        list_->set_rows(std::move(rows));
        list_->select_only(keep);
        count_->SetLabel(wxString::Format(_("%d judges"), static_cast<int>(c.judges.size())));
    }

private:
    bool save(const Login& by, const Judge& judge, const std::string& reason) {
        try {
            if (add_or_update_judge(console_.session(), by, judge, reason))
                console_.changed();
            return true;
        } catch (const std::exception& e) {
            show_refusal(panel_, _("The judge was not saved."), e);
            return false;
        }
    }

    void add() {
        const auto by = console_.organiser();  // asked once per console session when roles are on
        if (!by) return;
        JudgeDialog dialog(
            panel_, console_.competition(), nullptr,
            [this, by](const Judge& j, const std::string& r) { return save(*by, j, r); });
        dialog.show_modal();
    }

    void edit() {
        const long i = list_->current();
        const auto& judges = console_.competition().judges;
        if (i < 0 || i >= static_cast<long>(judges.size())) {
            show_refusal(panel_, _("Select a judge first."), wxString());
            return;
        }
        const Judge judge = judges[static_cast<std::size_t>(i)];  // a copy: saving reloads them
        const auto by = console_.organiser();
        if (!by) return;
        JudgeDialog dialog(
            panel_, console_.competition(), &judge,
            [this, by](const Judge& j, const std::string& r) { return save(*by, j, r); });
        dialog.show_modal();
    }

    Console& console_;
    wxPanel* panel_ = nullptr;
    wxStaticText* count_ = nullptr;
    RowList* list_ = nullptr;
};

}  // namespace

std::unique_ptr<SetupPage> make_judges_page(wxWindow* parent, Console& console) {
    return std::make_unique<JudgesPage>(parent, console);
}

}  // namespace plumb::ui
