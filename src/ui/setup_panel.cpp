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
        // Laid out now, before GTK first allocates the outer notebook's page: a notebook still
        // at the size it was created with (0x0) cannot hold its tabs, which GTK reported at every
        // start (gtk_box_gadget_distribute: assertion 'size >= 0' failed in GtkNotebook).
        panel_->SetSize(panel_->GetBestSize());
        panel_->Layout();
        stale_.assign(pages_.size(), true);
        refresh_if_stale(0);
        // A mark entered elsewhere changes nothing shown here; imports, edits and draws do. The
        // page in view is read again at once, the others when they are next selected: on a
        // 10,000-contestant competition reading every page takes about a second.
        console.listen([this](const std::string& event) {
            if (!event.empty()) return;
            stale_.assign(pages_.size(), true);
            refresh_if_stale(book_->GetSelection());
        });
        book_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& e) {
            if (e.GetEventObject() == book_) refresh_if_stale(e.GetSelection());
            e.Skip();
        });
    }

    wxWindow* window() override { return panel_; }
    wxString title() const override { return _("Set-up"); }
    const char* name() const override { return "setup"; }

private:
    void refresh_if_stale(int page) {
        if (page < 0 || page >= static_cast<int>(pages_.size()) || !stale_[page]) return;
        stale_[page] = false;
        pages_[page]->refresh();
    }

    wxPanel* panel_ = nullptr;
    wxNotebook* book_ = nullptr;
    std::vector<std::unique_ptr<SetupPage>> pages_;
    std::vector<bool> stale_;
};

}  // namespace

std::unique_ptr<TaskPanel> make_setup_panel(wxWindow* parent, Console& console) {
    return std::make_unique<SetupPanel>(parent, console);
}

}  // namespace plumb::ui
