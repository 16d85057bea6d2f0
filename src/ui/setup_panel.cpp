// The Set-up task panel (organiser): competition and schemes, contestants, judges, draw lots,
// each a page of its own; every page is read again when the competition changes.
#include <memory>

#include <wx/dialog.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/xrc/xmlres.h>

#include "ui/console.h"
#include "ui/panels.h"
#include "ui/secret_dialog.h"
#include "ui/setup_contestant_dialog.h"
#include "ui/setup_page.h"

namespace plumb::ui {

namespace {

class SetupPanel : public TaskPanel {
public:
    SetupPanel(wxWindow* parent, Console& console) : console_(console) {
        panel_ = wxXmlResource::Get()->LoadPanel(parent, "setup_panel");
        if (!panel_) throw std::runtime_error("the setup_panel form could not be loaded");
        book_ = XRCCTRL(*panel_, "setup_book", wxNotebook);
        pages_.push_back(make_competition_page(book_, console));
        pages_.push_back(make_contestants_page(book_, console));
        pages_.push_back(make_judges_page(book_, console));
        pages_.push_back(make_draw_page(book_, console));
        pages_.push_back(make_roles_page(book_, console));
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

    // The roles page, and the forms to add a contestant and set a password.
    std::vector<Shot> shots() override {
        std::vector<Shot> out;
        const int roles = static_cast<int>(pages_.size()) - 1;
        const auto page = [this](int i) {
            book_->SetSelection(static_cast<std::size_t>(i));
            refresh_if_stale(i);
            return wxGetTopLevelParent(panel_);
        };
        out.push_back({"roles", [page, roles] { return page(roles); }, {}});
        auto add = std::make_shared<std::unique_ptr<AddContestantDialog>>();
        out.push_back({"add-contestant",
                       [this, add, page]() -> wxWindow* {
                           page(1);
                           *add = std::make_unique<AddContestantDialog>(
                               panel_, console_.competition(),
                               [](const Contestant&) { return false; });
                           (*add)->dialog()->Show();
                           return (*add)->dialog();
                       },
                       [add] { add->reset(); }});
        auto secret = std::make_shared<std::unique_ptr<SecretDialog>>();
        out.push_back({"password",
                       [this, secret, page, roles]() -> wxWindow* {
                           page(roles);
                           *secret = std::make_unique<SecretDialog>(
                               panel_, _("The organiser's password"),
                               _("At least 8 characters. Set-up changes, imports and exports "
                                 "of names will ask for it."),
                               [](const std::string&) { return std::string("-"); });
                           (*secret)->dialog()->Show();
                           return (*secret)->dialog();
                       },
                       [secret] { secret->reset(); }});
        return out;
    }

private:
    void refresh_if_stale(int page) {
        if (page < 0 || page >= static_cast<int>(pages_.size()) || !stale_[page]) return;
        stale_[page] = false;
        pages_[page]->refresh();
    }

    Console& console_;
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
