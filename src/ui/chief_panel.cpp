// The chief judge's tab: its pages in a notebook, read again when the competition changes, and
// the views --screenshot saves (each page, each form).
#include "ui/chief_panel.h"

#include <wx/dialog.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/textdlg.h>
#include <wx/xrc/xmlres.h>

#include "ui/appeal_dialogs.h"
#include "ui/chief_pages.h"
#include "ui/console.h"
#include "ui/panels.h"
#include "ui/setup_text.h"

namespace plumb::ui {

ChiefPanel::ChiefPanel(wxWindow* parent, Console& console) : console_(&console) {
    panel_ = wxXmlResource::Get()->LoadPanel(parent, "chief_panel");
    if (!panel_) throw std::runtime_error("the chief_panel form could not be loaded");
    book_ = XRCCTRL(*panel_, "chief_book", wxNotebook);
    lock_ = std::make_unique<LockPage>(book_, console);
    appeals_ = std::make_unique<AppealsPage>(book_, console);
    double_entry_ = std::make_unique<DoubleEntryPage>(book_, console);
    audit_ = std::make_unique<AuditPage>(book_, console);
    book_->AddPage(lock_->window(), lock_->title());
    book_->AddPage(appeals_->window(), appeals_->title());
    book_->AddPage(double_entry_->window(), double_entry_->title());
    book_->AddPage(audit_->window(), audit_->title());
    // Laid out before GTK first allocates it, as the Set-up notebook (setup_panel.cpp).
    panel_->SetSize(panel_->GetBestSize());
    panel_->Layout();
    stale_.assign(4, true);
    refresh_if_stale(0);
    // A mark may change what blocks a lock and adds to the audit log, but reading the whole log
    // at each mark would slow score entry down: the page in view is read again at once, the
    // others when they are next shown.
    console.listen([this, alive = std::weak_ptr<bool>(alive_)](const std::string&) {
        if (alive.expired() || !panel_) return;
        stale_.assign(4, true);
        if (panel_->IsShownOnScreen()) refresh_if_stale(book_->GetSelection());
    });
    book_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& e) {
        if (e.GetEventObject() == book_) refresh_if_stale(e.GetSelection());
        e.Skip();
    });
    if (auto* tabs = dynamic_cast<wxNotebook*>(parent))
        tabs->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this, tabs](wxBookCtrlEvent& e) {
            e.Skip();
            if (panel_ && e.GetEventObject() == tabs && tabs->GetPage(e.GetSelection()) == panel_)
                refresh_if_stale(book_->GetSelection());
        });
    panel_->Bind(wxEVT_DESTROY, [this](wxWindowDestroyEvent& e) {
        if (e.GetEventObject() == panel_) panel_ = nullptr;
        e.Skip();
    });
}

ChiefPanel::~ChiefPanel() = default;

void ChiefPanel::refresh_if_stale(int page) {
    if (page < 0 || page >= static_cast<int>(stale_.size()) || !stale_[page]) return;
    stale_[page] = false;
    switch (page) {
        case 0: lock_->refresh(); break;
        case 1: appeals_->refresh(); break;
        case 2: double_entry_->refresh(); break;
        case 3: audit_->refresh(); break;
    }
}

wxWindow* ChiefPanel::window() {
    return panel_;
}

wxString ChiefPanel::title() const {
    return _("Chief judge");
}

std::vector<TaskPanel::Shot> ChiefPanel::shots() {
    std::vector<Shot> out;
    const auto page = [this](int i) {
        return [this, i]() -> wxWindow* {
            book_->SetSelection(static_cast<std::size_t>(i));
            refresh_if_stale(i);
            return wxGetTopLevelParent(panel_);
        };
    };
    out.push_back({"appeals", page(1), {}});
    out.push_back({"double-entry", page(2), {}});
    out.push_back({"audit", page(3), {}});
    // The forms, open over the page they belong to.
    auto lodge = std::make_shared<std::unique_ptr<AppealLodgeDialog>>();
    out.push_back({"appeal-lodge",
                   [this, lodge]() -> wxWindow* {
                       book_->SetSelection(1);
                       *lodge = std::make_unique<AppealLodgeDialog>(
                           panel_, *console_, "",
                           [](const AppealRequest&, const std::string&) { return false; });
                       (*lodge)->dialog()->Show();
                       return (*lodge)->dialog();
                   },
                   [lodge] { lodge->reset(); }});
    auto reason = std::make_shared<wxTextEntryDialog*>(nullptr);
    out.push_back({"lock-reason",
                   [this, reason]() -> wxWindow* {
                       book_->SetSelection(0);
                       *reason = new wxTextEntryDialog(
                           panel_,
                           wxString::Format(_("Why are the results of %s final? The reason "
                                              "is recorded with the lock."),
                                            event_name(console_->competition(), lock_->event())),
                           _("Lock results"));
                       (*reason)->Show();
                       return *reason;
                   },
                   [reason] {
                       if (*reason) (*reason)->Destroy();
                       *reason = nullptr;
                   }});
    // Deciding needs an appeal: shown for the first one, when the competition has any.
    const std::vector<Appeal> all = plumb::appeals(console_->session().store());
    if (!all.empty()) {
        auto decide = std::make_shared<std::unique_ptr<AppealDecideDialog>>();
        out.push_back({"appeal-decide",
                       [this, decide, first = all.front()]() -> wxWindow* {
                           book_->SetSelection(1);
                           *decide = std::make_unique<AppealDecideDialog>(
                               panel_, *console_, first,
                               [](bool, const std::string&) { return false; });
                           (*decide)->dialog()->Show();
                           return (*decide)->dialog();
                       },
                       [decide] { decide->reset(); }});
    }
    auto cert = std::make_shared<wxDialog*>(nullptr);
    out.push_back({"certificate-check",
                   [this, cert]() -> wxWindow* {
                       book_->SetSelection(3);
                       *cert = wxXmlResource::Get()->LoadDialog(panel_, "certificate_check_dialog");
                       (*cert)->Fit();
                       (*cert)->CentreOnParent();
                       (*cert)->Show();
                       return *cert;
                   },
                   [cert] {
                       if (*cert) (*cert)->Destroy();
                       *cert = nullptr;
                   }});
    return out;
}

std::unique_ptr<TaskPanel> make_chief_panel(wxWindow* parent, Console& console) {
    return std::make_unique<ChiefPanel>(parent, console);
}

}  // namespace plumb::ui
