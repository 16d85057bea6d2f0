// Builds the main frame from its form and hosts the task panels.
#include "ui/main_frame.h"

#include <wx/display.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "services/data_dir.h"
#include "services/demo.h"
#include "services/permissions.h"
#include "ui/about_box.h"
#include "ui/console.h"
#include "ui/export_menu.h"
#include "ui/file_check_dialog.h"
#include "ui/file_dialog.h"
#include "ui/idle_logout.h"
#include "ui/import_menu.h"
#include "ui/kit_open.h"
#include "ui/laptop_window.h"
#include "ui/login_badge.h"
#include "ui/login_dialog.h"
#include "ui/panels.h"
#include "ui/start_page.h"
#include "ui/wx_text.h"

namespace plumb::ui {

MainFrame::MainFrame(std::unique_ptr<Console> console, FrameHost host)
    : console_(std::move(console)), host_(std::move(host)) {
    frame_ = wxXmlResource::Get()->LoadFrame(nullptr, "main_frame");
    if (!frame_) throw std::runtime_error("the main_frame form could not be loaded");
    book_ = XRCCTRL(*frame_, "task_book", wxNotebook);
    auto* title = XRCCTRL(*frame_, "competition_title", wxStaticText);
    build_menu();

    if (!console_) {
        title->SetLabel(_("Plumbline - judging console"));
        panels_.push_back(make_start_page(book_, host_));
    } else {
        const Competition& c = console_->competition();
        title->SetLabel(u8(c.name));
        frame_->SetTitle(u8(c.name) + wxT(" — Plumbline"));
        // A judge's laptop shows only what can happen on it (the permission table's "where").
        const CompetitionSession& s = console_->session();
        if (possible_here(s, Act::Draw)) panels_.push_back(make_setup_panel(book_, *console_));
        if (possible_here(s, Act::ExportKit))
            panels_.push_back(make_laptops_panel(book_, *console_));
        panels_.push_back(make_entry_panel(book_, *console_));
        panels_.push_back(make_progress_panel(book_, *console_));
        panels_.push_back(make_conflicts_panel(book_, *console_));
        if (possible_here(s, Act::Reveal)) panels_.push_back(make_results_panel(book_, *console_));
        // The chief judge's tab: lock, appeals, double entry and audit happen on the master.
        if (possible_here(s, Act::Lock)) panels_.push_back(make_chief_panel(book_, *console_));
    }
    for (const auto& p : panels_) book_->AddPage(p->window(), p->title());
    if (console_) {
        ask_logins_by_dialog(frame_, *console_);  // when roles are on
        login_badge_ = std::make_unique<LoginBadge>(frame_, *console_);
        idle_logout_ = std::make_unique<IdleLogout>(*console_);
        const CompetitionSession& s = console_->session();
        if (possible_here(s, Act::ImportMarks)) add_import_menu(frame_, *console_);
        if (possible_here(s, Act::Reveal)) add_export_menu(frame_, *console_);  // names, results
        show_laptop_identity(frame_, *console_);
    }
    // Closing the window (its close button, Competition > Quit) first saves a value still being
    // typed in a score sheet: a mark is kept the moment the judge leaves its cell, and closing
    // leaves it too.
    frame_->Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& ev) {
        if (!may_close() && ev.CanVeto()) return ev.Veto();
        ev.Skip();
    });
    fit_to_screen();
    frame_->Layout();
}

MainFrame::~MainFrame() = default;

// A judge's laptop may have 1024x600 pixels, less the desktop's own bars: the window takes at
// most the screen's work area and may shrink well below its usual size (the panels scroll).
void MainFrame::fit_to_screen() {
    frame_->SetMinSize(frame_->FromDIP(wxSize(760, 480)));
    const int display = wxDisplay::GetFromWindow(frame_);
    const wxRect area = wxDisplay(display == wxNOT_FOUND ? 0u : static_cast<unsigned>(display)).GetClientArea();
    wxSize size = frame_->GetSize();
    size.DecTo(area.GetSize());
    size.IncTo(frame_->GetMinSize());
    frame_->SetSize(size);
    frame_->SetPosition(area.GetPosition() + (area.GetSize() - size) / 2);
}

bool MainFrame::may_close() {
    for (const auto& p : panels_)
        if (!p->may_close()) return false;
    return true;
}

TaskPanel* MainFrame::select(const std::string& name) {
    for (std::size_t i = 0; i < panels_.size(); ++i) {
        if (name == panels_[i]->name()) {
            book_->SetSelection(i);
            return panels_[i].get();
        }
    }
    return nullptr;
}

void MainFrame::build_menu() {
    frame_->Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_open(); }, XRCID("menu_open"));
    frame_->Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_new(); }, XRCID("menu_new"));
    frame_->Bind(wxEVT_MENU, [this](wxCommandEvent&) { host_.open(open_demo_path()); }, XRCID("menu_demo"));
    frame_->Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            const wxString db = open_judge_kit(frame_);
            if (!db.empty()) host_.open(db);
        },
        XRCID("menu_open_kit"));
    frame_->Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            check_received_file(frame_, console_ ? &console_->session() : nullptr);
        },
        XRCID("menu_check_file"));
    frame_->Bind(wxEVT_MENU, [this](wxCommandEvent&) { frame_->Close(); }, wxID_EXIT);
    frame_->Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { show_about_box(frame_); }, wxID_ABOUT);
    frame_->Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (console_) show_announce_board(frame_, *console_);
        },
        XRCID("menu_announce"));
    wxMenuBar* bar = frame_->GetMenuBar();
    bar->Check(XRCID(host_.language == "en" ? "menu_lang_en" : "menu_lang_zh"), true);
    bar->Enable(XRCID("menu_announce"), console_ != nullptr);
    frame_->Bind(wxEVT_MENU, [this](wxCommandEvent&) { host_.set_language("zh_CN"); }, XRCID("menu_lang_zh"));
    frame_->Bind(wxEVT_MENU, [this](wxCommandEvent&) { host_.set_language("en"); }, XRCID("menu_lang_en"));
}

void MainFrame::on_open() {
    // In the open competition's folder, where the next one most likely is.
    const wxString folder =
        console_ ? wxFileName(u8(console_->session().store().path())).GetPath() : wxString();
    wxFileDialog dlg(frame_, _("Open a competition"), folder, {},
                     _("Plumbline competitions (*.plumb)|*.plumb|All files|*"),
                     wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (show_file_dialog(dlg) == wxID_OK) host_.open(dlg.GetPath());
}

void MainFrame::on_new() {
    const wxString db = create_competition_dialog(frame_);
    if (!db.empty()) host_.open(db);
}

}  // namespace plumb::ui
