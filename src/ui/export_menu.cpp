// Export menu items: choose events and a file, run the export as a background job, report.
#include "ui/export_menu.h"

#include <algorithm>

#include <filesystem>
#include <tuple>

#include <wx/choicdlg.h>
#include <wx/display.h>
#include <wx/listbox.h>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>

#include "services/export_certificates.h"
#include "services/export_hr.h"
#include "services/export_results.h"
#include "services/export_sheets.h"
#include "ui/background_job.h"
#include "ui/console.h"
#include "ui/event_state_text.h"
#include "ui/export_folder.h"
#include "ui/file_questions.h"
#include "ui/setup_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

// A choice dialog's list tall enough for every event: wx sizes it for about four lines, and at
// 1024x600 the fifth (手工木工) was cut in half.
// A competition of many trades keeps the dialog on the screen: beyond that the list scrolls.
void show_every_item(wxDialog& dialog) {
    dialog.Fit();
    const int display = wxDisplay::GetFromWindow(&dialog);
    const int screen = wxDisplay(display == wxNOT_FOUND ? 0u : static_cast<unsigned>(display))
                           .GetClientArea()
                           .height;
    for (wxWindow* child : dialog.GetChildren()) {
        auto* list = dynamic_cast<wxListBoxBase*>(child);
        if (!list || list->GetCount() == 0) continue;
        const int rows = static_cast<int>(list->GetCount());
        const int line = list->GetCharHeight() * 7 / 4 + dialog.FromDIP(4);
        const int rest = dialog.GetSize().y - list->GetSize().y;  // the text and the buttons
        const int room = screen - rest - dialog.FromDIP(40);
        list->SetMinSize(
            wxSize(list->GetBestSize().x,
                   std::max(3 * line, std::min(rows * line + dialog.FromDIP(8), room))));
    }
    dialog.Fit();
    dialog.CentreOnParent();
}

// Every event, or one chosen from a list (empty when cancelled).
std::vector<std::string> choose_events(wxWindow* parent, Console& console, bool allow_all) {
    wxArrayString names;
    if (allow_all) names.Add(_("All events"));
    for (const Event& e : console.competition().events) names.Add(event_name(e));
    wxSingleChoiceDialog dlg(parent, _("Which event?"), _("Export"), names);
    show_every_item(dlg);
    if (dlg.ShowModal() != wxID_OK) return {};
    const int i = dlg.GetSelection() - (allow_all ? 1 : 0);
    std::vector<std::string> out;
    for (std::size_t k = 0; k < console.competition().events.size(); ++k)
        if (i < 0 || static_cast<std::size_t>(i) == k) out.push_back(console.competition().events[k].code);
    return out;
}

// The file to write, asked in the folder the last export went to; "" when cancelled.
wxString ask_file(wxWindow* parent, const wxString& title, const wxString& name, const wxString& wildcard) {
    return file_questions().save_file(parent, title, export_folder(), name, wildcard);
}

// Runs an export that writes `file`; a cancelled export leaves no file behind, a written one's
// folder is where the next export's save dialog opens.
void run_export(wxFrame* frame, const wxString& file, std::function<wxString()> work) {
    auto message = std::make_shared<wxString>();
    run_job(
        frame, _("Exporting"), [work, message](JobControl&) { *message = work(); },
        [frame, file, message](bool cancelled, std::exception_ptr error) {
            if (cancelled) {
                std::error_code ec;
                std::filesystem::remove(to_u8(file), ec);
                frame->SetStatusText(_("Export cancelled."));
                return;
            }
            if (error) {
                try {
                    std::rethrow_exception(error);
                } catch (const std::exception& e) {
                    wxMessageDialog dlg(frame, _("The export could not be written."), _("Export"), wxOK | wxICON_ERROR);
                    dlg.SetExtendedMessage(u8(e.what()));
                    dlg.ShowModal();
                }
                return;
            }
            remember_export_folder(file);
            report_done(frame, _("Export"), *message);
        });
}

// The events the HR file takes: every event listed with its state, the locked ones ticked
// (HR gets final results); empty when cancelled or none chosen.
std::vector<std::string> choose_hr_events(wxWindow* parent, Console& console) {
    const auto& events = console.competition().events;
    wxArrayString names;
    wxArrayInt ticked;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const EventState state = console.session().store().event_state(events[i].code);
        names.Add(event_name(events[i]) + wxT("  (") + state_line(state) + wxT(")"));
        if (state.locked) ticked.Add(static_cast<int>(i));
    }
    wxMultiChoiceDialog dlg(parent, _("Which events go into the HR file? HR gets final results: "
                                      "the locked events are ticked."),
                            _("Export"), names);
    dlg.SetSelections(ticked);
    show_every_item(dlg);
    if (dlg.ShowModal() != wxID_OK) return {};
    std::vector<std::string> out;
    for (int i : dlg.GetSelections()) out.push_back(events[static_cast<std::size_t>(i)].code);
    return out;
}

}  // namespace

void add_export_menu(wxFrame* frame, Console& console) {
    auto* menu = new wxMenu();
    const int certificates = wxWindow::NewControlId(), results_pdf = wxWindow::NewControlId(),
              results_xlsx = wxWindow::NewControlId(), results_csv = wxWindow::NewControlId(),
              results_json = wxWindow::NewControlId(), hr = wxWindow::NewControlId(),
              sheets = wxWindow::NewControlId();
    menu->Append(certificates, _("&Certificates (PDF)..."));
    menu->Append(results_pdf, _("&Results sheet (PDF)..."));
    menu->Append(results_xlsx, _("Results &workbook (XLSX)..."));
    menu->Append(results_csv, _("Results as CS&V..."));
    menu->Append(results_json, _("Results as &JSON..."));
    menu->Append(hr, _("&HR file (XLSX)..."));
    menu->AppendSeparator();
    menu->Append(sheets, _("&Paper score sheets (PDF)..."));
    wxMenuBar* bar = frame->GetMenuBar();
    bar->Insert(1, menu, _("&Export"));

    frame->Bind(wxEVT_MENU, [frame, &console](wxCommandEvent&) {
        const auto events = choose_events(frame, console, true);
        if (events.empty()) return;
        const auto by = console.organiser();  // names before the reveal: the organiser's
        if (!by) return;
        const wxString file = ask_file(frame, _("Save certificates as"), _("certificates.pdf"), "PDF (*.pdf)|*.pdf");
        if (file.empty()) return;
        run_export(frame, file, [&console, events, file, by = *by] {
            const CertificateExport r = export_certificates(console.session(), by, events, to_u8(file));
            return wxString::Format(_("%d certificates written to %s (%d drafts)."), r.pages, file, r.drafts);
        });
    }, certificates);
    // Suggested names in the console's language (成绩表.pdf), with the format's wildcard.
    const std::tuple<int, std::string, wxString, wxString> result_formats[] = {
        {results_pdf, "pdf", _("results.pdf"), "PDF (*.pdf)|*.pdf"},
        {results_xlsx, "xlsx", _("results.xlsx"), "Excel (*.xlsx)|*.xlsx"},
        {results_csv, "csv", _("results.csv"), "CSV (*.csv)|*.csv"},
        {results_json, "json", _("results.json"), "JSON (*.json)|*.json"}};
    for (const auto& [id, format, name, wildcard] : result_formats) {
        const std::string fmt = format;
        frame->Bind(wxEVT_MENU, [frame, &console, fmt, name = name, wildcard = wildcard](wxCommandEvent&) {
            const auto events = choose_events(frame, console, true);
            if (events.empty()) return;
            const auto by = console.organiser();
            if (!by) return;
            const wxString file = ask_file(frame, _("Save results as"), name, wildcard);
            if (file.empty()) return;
            run_export(frame, file, [&console, events, file, fmt, by = *by] {
                export_results(console.session(), by, events, fmt, to_u8(file));
                return wxString::Format(_("Results written to %s."), file);
            });
        }, id);
    }
    frame->Bind(wxEVT_MENU, [frame, &console](wxCommandEvent&) {
        const auto events = choose_hr_events(frame, console);
        if (events.empty()) return;
        bool draft = false;  // asked only when a chosen event is not locked yet
        for (const std::string& e : events) draft = draft || !console.session().store().event_state(e).locked;
        if (draft && wxMessageBox(_("Some chosen events are not locked yet: export them as drafts, marked 草稿?"),
                                  _("Export"), wxYES_NO | wxICON_QUESTION, frame) != wxYES)
            return;
        const auto by = console.organiser();
        if (!by) return;
        const wxString file = ask_file(frame, _("Save the HR file as"), _("hr.xlsx"), "Excel (*.xlsx)|*.xlsx|CSV (*.csv)|*.csv");
        if (file.empty()) return;
        run_export(frame, file, [&console, file, draft, events, by = *by] {
            HrOptions options;
            options.allow_draft = draft;
            options.events = events;
            const HrExport r = export_hr(console.session(), by, to_u8(file), options);
            return wxString::Format(_("%d rows written to %s, signed in %s."), r.rows, file,
                                    u8(r.manifest.string())) +
                   wxT("\n") +
                   wxString::Format(
                       _("signing key fingerprint: %s (announce it to whoever receives the file)"),
                       u8(r.fingerprint));
        });
    }, hr);
    frame->Bind(wxEVT_MENU, [frame, &console](wxCommandEvent&) {
        const auto events = choose_events(frame, console, false);
        if (events.empty()) return;
        const wxString file = ask_file(frame, _("Save score sheets as"), _("score-sheets.pdf"), "PDF (*.pdf)|*.pdf");
        if (file.empty()) return;
        run_export(frame, file, [&console, events, file] {
            const int pages = export_score_sheets(console.session(), events.front(), to_u8(file));
            return wxString::Format(_("%d pages of score sheets written to %s."), pages, file);
        });
    }, sheets);
}

}  // namespace plumb::ui
