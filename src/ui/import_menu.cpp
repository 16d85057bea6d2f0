// Import menu items: pick a CSV, import it in the background, report rows or every problem.
#include "ui/import_menu.h"

#include <memory>

#include <wx/filedlg.h>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/xrc/xmlres.h>

#include "io/import_errors.h"
#include "services/importing.h"
#include "ui/background_job.h"
#include "ui/console.h"
#include "ui/file_dialog.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

using Importer = ImportSummary (*)(CompetitionSession&, const Login&, const std::filesystem::path&);

void import_file(wxFrame* frame, Console& console, const wxString& title, Importer importer) {
    const auto by = console.organiser();  // asked once per console session when roles are on
    if (!by) return;
    wxFileDialog pick(frame, title, {}, {}, _("CSV files (*.csv)|*.csv|All files|*"),
                      wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (show_file_dialog(pick) != wxID_OK) return;
    const std::string path = to_u8(pick.GetPath());
    auto summary = std::make_shared<ImportSummary>();
    run_job(
        frame, title,
        [&console, importer, path, summary, by = *by](JobControl&) {
            *summary = importer(console.session(), by, path);
        },
        [frame, &console, path, summary](bool, std::exception_ptr error) {
            if (!error) {
                console.changed();
                report_done(frame, _("Import"),
                            wxString::Format(_("Imported %d rows from %s (%d already recorded)."),
                                             summary->added, u8(path), summary->unchanged));
                return;
            }
            wxString details;
            try {
                std::rethrow_exception(error);
            } catch (const ImportError& e) {
                for (const RowError& r : e.errors()) details += u8(r.str()) + "\n";
            } catch (const std::exception& e) {
                details = u8(e.what());
            }
            wxMessageDialog dlg(frame, _("Nothing was imported. Correct the file and import it again."),
                                _("Import"), wxOK | wxICON_ERROR);
            dlg.SetExtendedMessage(details);
            dlg.ShowModal();
        });
}

}  // namespace

void add_import_menu(wxFrame* frame, Console& console) {
    wxMenu* menu = frame->GetMenuBar()->GetMenu(0);
    const int times = wxWindow::NewControlId(), theory = wxWindow::NewControlId(),
              marks = wxWindow::NewControlId();
    std::size_t at = 0;  // after Open, New, the demo and Open a judge kit
    menu->FindChildItem(XRCID("menu_open_kit"), &at);
    ++at;
    menu->InsertSeparator(at++);
    menu->Insert(at++, times, _("Import &times (CSV)..."));
    menu->Insert(at++, theory, _("Import t&heory scores (CSV)..."));
    menu->Insert(at++, marks, _("Import &marks from paper sheets (CSV)..."));
    frame->Bind(wxEVT_MENU, [frame, &console](wxCommandEvent&) {
        import_file(frame, console, _("Import times"), &import_timing);
    }, times);
    frame->Bind(wxEVT_MENU, [frame, &console](wxCommandEvent&) {
        import_file(frame, console, _("Import theory scores"), &import_theory);
    }, theory);
    frame->Bind(wxEVT_MENU, [frame, &console](wxCommandEvent&) {
        import_file(frame, console, _("Import marks"), &import_marks);
    }, marks);
}

}  // namespace plumb::ui
