// Chief judge, audit page: audit_history filtered, Store::verify_audit and verify_packets with
// the seal, seal_problem, verify_certificate and verify_manifest, each result in words.
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "services/certificates.h"
#include "services/export_manifest.h"
#include "services/hr_file_state.h"
#include "services/score_packet.h"
#include "services/seal.h"
#include "services/signing.h"
#include "ui/history_dialog.h"
#include "ui/audit_words.h"
#include "ui/chief_pages.h"
#include "ui/console.h"
#include "ui/event_state_text.h"
#include "ui/export_folder.h"
#include "ui/file_check_dialog.h"
#include "ui/file_dialog.h"
#include "ui/setup_row_list.h"
#include "ui/setup_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

// "2019-10-19T10:20:11.532Z" as "2019-10-19 10:20:11" (UTC, as recorded).
wxString when(const std::string& at) {
    std::string t = at.substr(0, 19);
    if (t.size() > 10 && t[10] == 'T') t[10] = ' ';
    return u8(t);
}

}  // namespace

AuditPage::AuditPage(wxWindow* parent, Console& console) : console_(console) {
    panel_ = wxXmlResource::Get()->LoadPanel(parent, "chief_audit");
    if (!panel_) throw std::runtime_error("the chief_audit form could not be loaded");
    events_ = XRCCTRL(*panel_, "audit_event", wxChoice);
    workstation_ = XRCCTRL(*panel_, "audit_workstation", wxTextCtrl);
    judges_ = XRCCTRL(*panel_, "audit_judge", wxChoice);
    count_ = XRCCTRL(*panel_, "audit_count", wxStaticText);
    seal_ = XRCCTRL(*panel_, "audit_seal", wxTextCtrl);
    result_ = XRCCTRL(*panel_, "audit_result", wxTextCtrl);
    lines_ = new RowList(panel_);
    lines_->SetName("audit_list");
    wxXmlResource::Get()->AttachUnknownControl("audit_list", lines_, panel_);
    lines_->set_columns({{_("No."), 40, true},
                         {_("Time (UTC)"), 120},
                         {_("Device"), 70},
                         {_("Who"), 60},
                         {_("Action"), 70},
                         {_("Event"), 50},
                         {_("Workstation"), 40, true},
                         {_("What"), 160},
                         {_("Why"), 120}});
    events_->Append(_("All events"));
    for (const Event& e : console_.competition().events) events_->Append(event_name(e));
    events_->SetSelection(0);
    judges_->Append(_("Everyone"));
    for (const Judge& j : console_.competition().judges)
        judges_->Append(u8(j.code + "  " + j.name));
    judges_->SetSelection(0);
    events_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { refresh(); });
    judges_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { refresh(); });
    workstation_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { refresh(); });
    seal_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { check_seal(); });
    panel_->Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { verify(); }, XRCID("verify_audit"));
    panel_->Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { check_seal(); }, XRCID("check_seal"));
    panel_->Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { check_certificate(); }, XRCID("check_certificate"));
    panel_->Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { check_hr_file(); }, XRCID("check_hr_file"));
}

wxWindow* AuditPage::window() const {
    return panel_;
}

wxString AuditPage::title() const {
    return _("Audit");
}

void AuditPage::filter(const std::string& event, const std::string& workstation,
                       const std::string& judge) {
    const auto& events = console_.competition().events;
    events_->SetSelection(0);
    for (std::size_t i = 0; i < events.size(); ++i)
        if (events[i].code == event) events_->SetSelection(static_cast<int>(i) + 1);
    judges_->SetSelection(0);
    const auto& judges = console_.competition().judges;
    for (std::size_t i = 0; i < judges.size(); ++i)
        if (judges[i].code == judge) judges_->SetSelection(static_cast<int>(i) + 1);
    workstation_->ChangeValue(u8(workstation));
    refresh();
}

void AuditPage::refresh() {
    const auto& events = console_.competition().events;
    const auto& judges = console_.competition().judges;
    const int e = events_->GetSelection() - 1, j = judges_->GetSelection() - 1;
    const std::string event = e >= 0 ? events[static_cast<std::size_t>(e)].code : std::string();
    const std::string judge = j >= 0 ? judges[static_cast<std::size_t>(j)].code : std::string();
    std::string workstation = to_u8(workstation_->GetValue().Strip(wxString::both));
    // "7" is "07", as everywhere: the event's own spelling of the workstation.
    if (!event.empty() && !workstation.empty()) {
        EventBook& book = console_.book(event);
        const int at = book.find_workstation(workstation);
        if (at >= 0) workstation = book.contestants()[static_cast<std::size_t>(at)].workstation;
    }
    shown_ = audit_history(console_.session(), console_.logged_in().value_or(Login{}), event,
                           workstation, judge);
    std::vector<std::vector<wxString>> rows;
    rows.reserve(shown_.size());
    // Newest first: the chief judge is after what just happened.
    for (auto it = shown_.rbegin(); it != shown_.rend(); ++it)
        rows.push_back(
            {wxString::Format("%lld", static_cast<long long>(it->seq)), when(it->at),
             u8(it->device), u8(it->actor), action_label(it->action),
             it->event.empty() ? wxString() : event_name(console_.competition(), it->event),
             u8(it->workstation), u8(it->what), u8(it->reason)});
    lines_->set_rows(std::move(rows));
    count_->SetLabel(
        wxString::Format(_("%d records, newest first"), static_cast<int>(shown_.size())));
    panel_->Layout();
}

void AuditPage::say(bool good, const wxString& text) {
    result_->SetForegroundColour(good ? wxColour(0, 100, 0) : wxColour(170, 0, 0));
    result_->ChangeValue(text);
}

bool AuditPage::verify() {
    const Store& store = console_.session().store();
    // One state for all it reads and shows, though a packet may be imported meanwhile.
    const Store::Snapshot snapshot = store.snapshot();
    wxString problems;
    int n = 0;
    for (const AuditProblem& p : store.verify_audit()) problems += u8(p.reason) + wxT("\n"), ++n;
    for (const std::string& p : verify_packets(console_.session()))
        problems += u8(p) + wxT("\n"), ++n;
    const wxString seal = wxString::Format(_("Seal now: %s"), u8(audit_seal(store)));
    if (n > 0) {
        say(false, wxString::Format(_("The check found %d problems: the database was changed "
                                      "outside Plumbline, or damaged."),
                                    n) +
                       wxT("\n") + problems + seal);
        return false;
    }
    const auto packets = store.packets().size();
    say(true,
        wxString::Format(_("Every audit record and row is intact: %d records, %d packet "
                           "signatures."),
                         static_cast<int>(store.audit_log().size()), static_cast<int>(packets)) +
            wxT("\n") + seal);
    return true;
}

bool AuditPage::check_seal() {
    const std::string typed = to_u8(seal_->GetValue().Strip(wxString::both).Upper());
    if (typed.empty()) {
        say(false, _("Type the seal printed on the paper (RECORDS-XXXX-XXXX-XXXX-XXXX)."));
        return false;
    }
    const std::string why = seal_problem(console_.session().store(), typed);
    if (!why.empty()) {
        say(false, wxString::Format(_("The database no longer holds the seal %s:"), u8(typed)) +
                       wxT(" ") + u8(why));
        return false;
    }
    say(true, wxString::Format(_("The database holds the seal %s: nothing recorded before it "
                                 "was changed."),
                               u8(typed)));
    return true;
}

bool AuditPage::check_certificate() {
    wxDialog* dialog = wxXmlResource::Get()->LoadDialog(panel_, "certificate_check_dialog");
    if (!dialog) throw std::runtime_error("the certificate_check_dialog form could not be loaded");
    auto* number = XRCCTRL(*dialog, "certificate_number", wxTextCtrl);
    auto* code = XRCCTRL(*dialog, "certificate_code", wxTextCtrl);
    dialog->Fit();
    dialog->CentreOnParent();
    number->SetFocus();
    const bool asked = dialog->ShowModal() == wxID_OK;
    const std::string n = to_u8(number->GetValue().Strip(wxString::both));
    const std::string c = to_u8(code->GetValue().Strip(wxString::both));
    dialog->Destroy();
    if (!asked) return false;
    const CertificateCheck r = verify_certificate(console_.session(), n, c);
    wxString what;
    if (r.certificate) {
        // "，" and "；" between the parts in Chinese, ", " and "; " in English.
        const wxString comma = chinese_ui() ? wxString(wxT("，")) : wxString(", ");
        const wxString semicolon = chinese_ui() ? wxString(wxT("；")) : wxString("; ");
        const Certificate& cert = *r.certificate;
        wxString titles;
        for (const std::string& t : cert.titles) titles += (titles.empty() ? "" : "、") + u8(t);
        what = wxString::Format(_("%s: %s (%s, %s), %s"), u8(cert.number), u8(cert.name),
                                u8(cert.registration_no), u8(cert.employer),
                                event_name(console_.competition(), cert.event));
        if (cert.rank) what += comma + wxString::Format(_("rank %d"), *cert.rank);
        if (!cert.award.empty()) what += comma + award_label(cert.award);
        if (!titles.empty()) what += comma + titles;
        if (!r.withdrawn) what += semicolon + state_line(cert.state);  // a void one's is not known
    }
    if (r.genuine) {
        say(true, wxString::Format(_("Genuine: %s"), what));
        return true;
    }
    if (r.withdrawn) {  // printed by us, then voided by an appeal: not a forgery
        say(false, wxString::Format(_("VOID: %s"), u8(r.reason)) + wxT("\n") +
                       wxString::Format(_("When it was printed it said: %s"), what));
        return false;
    }
    say(false, wxString::Format(_("NOT GENUINE: %s"), u8(r.reason)) +
                   (what.empty() ? wxString()
                                 : wxT("\n") + wxString::Format(_("The number belongs to %s"), what)));
    return false;
}

bool AuditPage::check_file(const wxString& file) {
    const auto key = existing_device_key(console_.session().store());
    TrustedSigner trusted;  // this database's own key: the file is trusted only if it signed it
    if (key) trusted.public_hex = key->public_hex;
    const ManifestCheck r = verify_manifest(to_u8(file), trusted);
    if (!r.ok) {
        say(false, wxString::Format(_("NOT VERIFIED: %s"), u8(r.reason)));
        return false;
    }
    // Genuine, but made before an appeal or a lock changed the results it holds.
    if (const auto moved = hr_results_moved(console_.session(), r.results); !moved.empty()) {
        say(false, out_of_date_text(console_.session(), moved));
        return false;
    }
    say(true, wxString::Format(_("Verified: %s is unchanged since it was signed at %s by this "
                                 "database's key (%s); its seal %s."),
                               file, local_time(r.signed_at), u8(r.fingerprint), u8(r.seal)));
    return true;
}

bool AuditPage::check_hr_file() {
    wxFileDialog pick(panel_, _("Choose the HR file to check"), export_folder(), {},
                      _("HR files (*.xlsx;*.csv)|*.xlsx;*.csv|All files|*"),
                      wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (show_file_dialog(pick) != wxID_OK) return false;
    return check_file(pick.GetPath());
}

}  // namespace plumb::ui
