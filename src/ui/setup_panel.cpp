// The Set-up task panel (organiser): competition and schemes, contestants, judges, draw lots,
// each a page of its own; every page is read again when the competition changes.
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/xrc/xmlres.h>

#include "ui/console.h"
#include "ui/panels.h"
#include "ui/setup_page.h"

namespace plumb::ui {

namespace {

class SetupPanel : public TaskPanel {
public:
    SetupPanel(wxWindow* parent, Console& console) {
        panel_ = wxXmlResource::Get()->LoadPanel(parent, "setup_panel");
        if (!panel_) throw std::runtime_error("the setup_panel form could not be loaded");
        book_ = XRCCTRL(*panel_, "setup_book", wxNotebook);
        pages_.push_back(make_competition_page(book_, console));
        pages_.push_back(make_contestants_page(book_, console));
        pages_.push_back(make_judges_page(book_, console));
        pages_.push_back(make_draw_page(book_, console));
        for (const auto& p : pages_) book_->AddPage(p->window(), p->title());
        // A mark entered elsewhere changes nothing shown here; imports, edits and draws do.
        console.listen([this](const std::string& event) {
            if (event.empty())
                for (const auto& p : pages_) p->refresh();
        });
    }

    wxWindow* window() override { return panel_; }
    wxString title() const override { return _("Set-up"); }
    const char* name() const override { return "setup"; }

private:
    wxPanel* panel_ = nullptr;
    wxNotebook* book_ = nullptr;
    std::vector<std::unique_ptr<SetupPage>> pages_;
};

}  // namespace

std::unique_ptr<TaskPanel> make_setup_panel(wxWindow* parent, Console& console) {
    return std::make_unique<SetupPanel>(parent, console);
}

}  // namespace plumb::ui
