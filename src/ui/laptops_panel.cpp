// The Laptops page: kits out, packets in, through export_kit() and import_packets().
#include "ui/laptops_panel.h"

#include <algorithm>
#include <stdexcept>

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/dir.h>
#include <wx/filename.h>
#include <wx/frame.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "core/translate.h"
#include "exchange/envelope.h"
#include "io/file_bytes.h"
#include "services/laptops.h"
#include "services/score_packet.h"
#include "ui/background_job.h"
#include "ui/console.h"
#include "ui/file_questions.h"
#include "ui/history_dialog.h"
#include "ui/laptop_retire_dialog.h"
#include "ui/panels.h"
#include "ui/wrapped_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

wxString event_label(const Competition& c, const std::string& code) {
    const Event* e = c.find_event(code);
    return e ? u8(e->scheme.name) : u8(code);
}

wxString judges_label(const Competition& c, const std::vector<std::string>& codes) {
    wxString out;
    for (const std::string& code : codes) {
        const Judge* j = c.find_judge(code);
        out += (out.empty() ? wxString() : wxString(_(", "))) + u8(code + (j ? " " + j->name : ""));
    }
    return out;
}

void show_error(wxWindow* parent, const wxString& title, const wxString& what,
                const wxString& why) {
    wxMessageDialog dlg(parent, what, title, wxOK | wxICON_ERROR);
    dlg.SetExtendedMessage(why);
    dlg.ShowModal();
}

wxFrame* frame_of(wxWindow* w) {
    return wxDynamicCast(wxGetTopLevelParent(w), wxFrame);
}

}  // namespace

KitWrittenDialog::KitWrittenDialog(wxWindow* parent, const Console& console,
                                   const std::string& event, const std::string& device_name,
                                   const std::vector<std::string>& judges, const KitExport& kit,
                                   const wxString& file) {
    dialog_ = wxXmlResource::Get()->LoadDialog(parent, "kit_passphrase_dialog");
    if (!dialog_) throw std::runtime_error("the kit_passphrase_dialog form could not be loaded");
    const int width = dialog_->FromDIP(500);
    const Competition& c = console.competition();
    auto* heading = XRCCTRL(*dialog_, "kit_written_heading", wxStaticText);
    heading->SetLabel(
        wxString::Format(_("Laptop \"%s\" is registered; its kit is written."), u8(device_name)));
    wrap_label(heading, width);
    auto* details = XRCCTRL(*dialog_, "kit_written_details", wxStaticText);
    details->SetLabel(wxString::Format(_("%s - judges: %s - %d workstations\n%s"),
                                       event_label(c, event), judges_label(c, judges),
                                       kit.contestants, file));
    wrap_label(details, width);
    auto* passphrase = XRCCTRL(*dialog_, "kit_passphrase", wxStaticText);
    passphrase->SetLabel(u8(kit.passphrase));
    wrap_label(passphrase, width);  // measured in its large font
    wrap_label(XRCCTRL(*dialog_, "kit_passphrase_note", wxStaticText), width);
    wrap_label(XRCCTRL(*dialog_, "kit_master_label", wxStaticText), width);
    auto* fingerprint = XRCCTRL(*dialog_, "kit_master_fingerprint", wxStaticText);
    fingerprint->SetLabel(u8(kit.master_fingerprint));
    wrap_label(fingerprint, width);
    dialog_->Fit();
    dialog_->CentreOnParent();
}

KitWrittenDialog::~KitWrittenDialog() {
    dialog_->Destroy();
}

LaptopsPanel::LaptopsPanel(wxWindow* parent, Console& console) : console_(console) {
    panel_ = wxXmlResource::Get()->LoadPanel(parent, "laptops_panel");
    if (!panel_) throw std::runtime_error("the laptops_panel form could not be loaded");
    events_ = XRCCTRL(*panel_, "kit_event", wxChoice);
    device_ = XRCCTRL(*panel_, "kit_device", wxTextCtrl);
    judges_ = XRCCTRL(*panel_, "kit_judges", wxCheckListBox);
    laptops_ = XRCCTRL(*panel_, "laptop_list", wxListCtrl);
    results_ = XRCCTRL(*panel_, "import_results", wxListCtrl);
    summary_ = XRCCTRL(*panel_, "import_summary", wxStaticText);

    for (const Event& e : console_.competition().events) events_->Append(u8(e.scheme.name));
    if (!console_.competition().events.empty()) events_->SetSelection(0);
    events_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fill_judges(); });
    fill_judges();
    // The space bar ticks the judge under the cursor (GTK's list only moves the selection).
    judges_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        const int i = judges_->GetSelection();
        if (e.GetKeyCode() != WXK_SPACE || i == wxNOT_FOUND) return e.Skip();
        judges_->Check(static_cast<unsigned>(i), !judges_->IsChecked(static_cast<unsigned>(i)));
    });

    const wxString laptop_columns[] = {_("Laptop"),     _("Event"),         _("Judges"),
                                       _("Registered"), _("Latest packet"), _("Records")};
    const int laptop_widths[] = {90, 70, 150, 150, 150, 60};
    for (int i = 0; i < 6; ++i)
        laptops_->AppendColumn(laptop_columns[i], wxLIST_FORMAT_LEFT,
                               panel_->FromDIP(laptop_widths[i]));
    // The seal is the one the laptop showed when it wrote the packet (the hand-over sheet's).
    const wxString result_columns[] = {_("File"), _("Laptop"), _("Outcome"), _("Laptop's seal")};
    const int result_widths[] = {130, 80, 270, 190};  // 670: all four fit at 1024x600
    for (int i = 0; i < 4; ++i)
        results_->AppendColumn(result_columns[i], wxLIST_FORMAT_LEFT,
                               panel_->FromDIP(result_widths[i]));

    panel_->Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { write_kit(); }, XRCID("write_kit"));
    panel_->Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            const wxArrayString picked =
                file_questions().open_files(panel_, _("Import score packets"),
                                            _("Score packets (*.packet)|*.packet|All files|*"));
            import_files(std::vector<wxString>(picked.begin(), picked.end()));
        },
        XRCID("import_packets"));
    panel_->Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            const wxString folder = file_questions().folder(
                panel_, _("Import every score packet in a folder"),
                packet_folder_.empty() ? removable_media_folder() : packet_folder_);
            if (folder.empty()) return;
            packet_folder_ = folder;
            wxArrayString found;
            wxDir::GetAllFiles(folder, &found, "*.packet", wxDIR_FILES);
            found.Sort();
            if (found.empty()) {
                results_->DeleteAllItems();
                show_outcome(wxString::Format(_("No score packets (*.packet) in %s."), folder),
                             true);
                return;
            }
            import_files(std::vector<wxString>(found.begin(), found.end()));
        },
        XRCID("import_folder"));
    panel_->Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { retire_selected(); }, XRCID("retire_laptop"));
    console_.listen([this, alive = std::weak_ptr<bool>(alive_)](const std::string& event) {
        if (!alive.expired() && event.empty()) refresh();
    });
    refresh();
}

LaptopsPanel::~LaptopsPanel() = default;

wxWindow* LaptopsPanel::window() {
    return panel_;
}

wxString LaptopsPanel::title() const {
    return _("Laptops");
}

wxString LaptopsPanel::import_summary() const {
    return summary_->GetLabel();
}

std::string LaptopsPanel::event() const {
    const int i = events_->GetSelection();
    return i == wxNOT_FOUND ? std::string()
                            : console_.competition().events.at(static_cast<std::size_t>(i)).code;
}

void LaptopsPanel::fill_judges() {
    judges_->Clear();
    judge_codes_.clear();
    const std::string ev = event();
    for (const Judge& j : console_.competition().judges) {
        if (!j.judges(ev)) continue;
        judge_codes_.push_back(j.code);
        judges_->Check(judges_->Append(u8(j.code + "  " + j.name)));
    }
}

void LaptopsPanel::refresh() {
    const Competition& c = console_.competition();
    laptops_->DeleteAllItems();
    shown_ = registered_laptops(console_.session());
    for (const RegisteredLaptop& l : shown_) {
        const long row = laptops_->InsertItem(laptops_->GetItemCount(), u8(l.name));
        laptops_->SetItem(row, 1, event_label(c, l.event));
        laptops_->SetItem(row, 2, judges_label(c, l.judges));
        laptops_->SetItem(row, 3, local_time(l.registered_at));
        laptops_->SetItem(
            row, 4, l.latest_packet_at.empty() ? _("none yet") : local_time(l.latest_packet_at));
        if (!l.retired_at.empty()) {  // its packets are refused from then on: that is its news
            laptops_->SetItem(row, 4, _("retired (its packets are refused)"));
            laptops_->SetItemTextColour(row, wxColour(120, 120, 120));
        }
        laptops_->SetItem(row, 5, wxString::Format("%lld", static_cast<long long>(l.records)));
    }
}

void LaptopsPanel::retire_selected() {
    const long row = laptops_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || static_cast<std::size_t>(row) >= shown_.size()) {
        wxMessageDialog dlg(panel_, _("Select the laptop in the list first."), _("Retire a laptop"),
                            wxOK | wxICON_INFORMATION);
        dlg.ShowModal();
        return;
    }
    if (retire_with_reason(panel_, console_, shown_[static_cast<std::size_t>(row)])) refresh();
}

wxString LaptopsPanel::write_kit() {
    const std::string ev = event();
    const wxString name = device_->GetValue().Strip(wxString::both);
    std::vector<std::string> chosen;
    for (unsigned i = 0; i < judges_->GetCount(); ++i)
        if (judges_->IsChecked(i)) chosen.push_back(judge_codes_.at(i));
    // Gathering the input: the gate decides the rest (a name taken, a locked event, the draw).
    if (name.empty() || chosen.empty()) {
        wxMessageDialog dlg(panel_,
                            name.empty()
                                ? _("Give the laptop a name, such as the one written on it.")
                                : _("Tick the judges who score on this laptop."),
                            _("Write the kit"), wxOK | wxICON_INFORMATION);
        dlg.ShowModal();
        return {};
    }
    const auto by = console_.organiser();  // with roles on, the organiser's password
    if (!by) return {};
    const wxString file = file_questions().save_file(
        panel_, wxString::Format(_("Save the judge kit for \"%s\""), name),
        kit_folder_.empty() ? removable_media_folder() : kit_folder_, safe_file_name(name) + ".kit",
        _("Judge kits (*.kit)|*.kit"));
    if (file.empty()) return {};
    KitExport kit;
    try {
        // Registered only once the kit is written: a file that cannot be written changes nothing.
        kit = export_kit(console_.session(), *by, ev, to_u8(name), to_u8(file), chosen);
    } catch (const std::exception& e) {
        show_error(panel_, _("Write the kit"), _("The laptop was not registered."), u8(e.what()));
        return {};
    }
    refresh();
    kit_folder_ = wxFileName(file).GetPath();
    device_->Clear();
    if (wxFrame* f = frame_of(panel_))
        f->SetStatusText(wxString::Format(_("Judge kit written: %s"), file));
    KitWrittenDialog shown(panel_, console_, ev, to_u8(name), chosen, kit, file);
    shown.dialog()->ShowModal();
    return file;
}

void LaptopsPanel::show_outcome(const wxString& summary, bool error) {
    summary_->SetLabel(summary);
    summary_->SetForegroundColour(error ? wxColour(180, 0, 0) : wxColour(0, 110, 0));
    panel_->Layout();
}

void LaptopsPanel::import_files(const std::vector<wxString>& files) {
    if (files.empty()) return;
    auto by = console_.logged_in();  // whoever is at the console; else the organiser
    if (!by) by = console_.organiser();
    if (!by) return;
    results_->DeleteAllItems();
    std::vector<PacketFile> given;
    for (const wxString& f : files) {
        results_->InsertItem(results_->GetItemCount(), wxFileName(f).GetFullName());
        const std::string path = to_u8(f);  // read when its turn comes: one file at a time
        given.push_back(
            {path, {}, [path] { return read_file_bytes(path, exchange::kMaxPacketBytes); }});
    }
    auto imported = std::make_shared<std::vector<PacketImport>>();
    const Login who = *by;
    wxString summary;
    wxString refusals;  // each refused file's whole reason, which the list's column cuts
    bool error = false;
    run_job(
        panel_, _("Importing score packets"),
        [this, who, given, imported](JobControl&) {
            *imported = import_packets(console_.session(), who, given);
        },
        [&](bool, std::exception_ptr failure) {
            if (!failure) {
                int added = 0;
                for (std::size_t i = 0; i < imported->size(); ++i) {
                    const PacketImport& r = (*imported)[i];
                    const long row = static_cast<long>(i);
                    results_->SetItem(row, kLaptop, u8(r.device_name));
                    results_->SetItem(
                        row, kOutcome,
                        r.records > 0 ? wxString::Format(_("added: %d new records (%d entries)"),
                                                         r.records, r.entries)
                                      : u8(r.note));
                    results_->SetItem(row, kSeal, u8(r.seal));
                    added += r.records > 0;
                }
                const int count = static_cast<int>(imported->size());
                summary =
                    added == count
                        ? wxString::Format(
                              wxPLURAL("Imported: the packet brought new records.",
                                       "Imported: all %d packets brought new records.", count),
                              count)
                        : wxString::Format(
                              _("Imported: %d of %d packets brought new records; the others "
                                "were here already."),
                              added, count);
                std::size_t replaced = 0;
                for (const PacketImport& r : *imported) replaced += r.replaced.size();
                if (replaced > 0) {
                    summary +=
                        wxT("\n") + wxString::Format(wxPLURAL("%d mark replaced a judge's value "
                                                              "entered on another device:",
                                                              "%d marks replaced judges' values "
                                                              "entered on another device:",
                                                              static_cast<int>(replaced)),
                                                     static_cast<int>(replaced));
                    std::size_t shown = 0;
                    for (const PacketImport& r : *imported)
                        for (const std::string& line : r.replaced)
                            if (shown++ < 10) summary += wxT("\n") + u8(line);
                    if (replaced > 10)
                        summary += wxT("\n") +
                                   wxString::Format(_("and %d more (the audit log has them all)"),
                                                    static_cast<int>(replaced - 10));
                }
                return;
            }
            error = true;
            try {
                std::rethrow_exception(failure);
            } catch (const PacketRefused& e) {
                for (const std::string& reason : e.reasons())
                    refusals += (refusals.empty() ? wxString() : wxString(wxT("\n"))) + u8(reason);
                // Each refused file's reason, as plumb packet import prints it after the name.
                for (std::size_t i = 0; i < given.size(); ++i) {
                    const std::string prefix = format(tr("%s: refused: %s"), {given[i].name, ""});
                    wxString outcome = _("not imported: another file was refused");
                    for (const std::string& reason : e.reasons())
                        if (reason.rfind(prefix, 0) == 0)
                            outcome = _("refused: ") + u8(reason.substr(prefix.size()));
                    results_->SetItem(static_cast<long>(i), kOutcome, outcome);
                }
                summary = wxString::Format(
                    wxPLURAL("Nothing was imported: %d file was refused (every file is checked "
                             "before any is merged).",
                             "Nothing was imported: %d files were refused (every file is checked "
                             "before any is merged).",
                             static_cast<int>(e.reasons().size())),
                    static_cast<int>(e.reasons().size()));
            } catch (const std::exception& e) {
                for (std::size_t i = 0; i < given.size(); ++i)
                    results_->SetItem(static_cast<long>(i), kOutcome, _("not imported"));
                summary = _("Nothing was imported: ") + u8(e.what());
            }
        });
    show_outcome(summary, error);
    if (!error) {
        console_.changed();  // marks arrived: books, progress and results again
        refresh();
    }
    if (wxFrame* f = frame_of(panel_)) {
        if (error)
            show_error(f, _("Import score packets"), summary, refusals);
        else
            report_done(f, _("Import score packets"), summary);
    }
}

std::unique_ptr<TaskPanel> make_laptops_panel(wxWindow* parent, Console& console) {
    return std::make_unique<LaptopsPanel>(parent, console);
}

}  // namespace plumb::ui
