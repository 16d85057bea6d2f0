// The contestant and status dialogs: forms filled from a contestant, read back on Save.
#include "ui/setup_contestant_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "ui/setup_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

// The gender choice: first entry "from the ID number", then the stored words.
const char* const kGenders[] = {"", "男", "女"};

wxDialog* load(wxWindow* parent, const char* name) {
    wxDialog* d = wxXmlResource::Get()->LoadDialog(parent, name);
    if (!d) throw std::runtime_error(std::string("the ") + name + " form could not be loaded");
    return d;
}

std::string text(const wxTextCtrl* t) {
    return to_u8(t->GetValue().Strip(wxString::both));
}

}  // namespace

ContestantDialog::ContestantDialog(wxWindow* parent, const Competition& competition,
                                   const Contestant& contestant, Save on_save)
    : competition_(competition), original_(contestant), save_(std::move(on_save)) {
    dialog_ = load(parent, "setup_contestant_dialog");
    name_ = XRCCTRL(*dialog_, "contestant_name", wxTextCtrl);
    id_ = XRCCTRL(*dialog_, "contestant_id", wxTextCtrl);
    gender_ = XRCCTRL(*dialog_, "contestant_gender", wxChoice);
    employer_ = XRCCTRL(*dialog_, "contestant_employer", wxTextCtrl);
    phone_ = XRCCTRL(*dialog_, "contestant_phone", wxTextCtrl);
    event_ = XRCCTRL(*dialog_, "contestant_event_choice", wxChoice);
    workstation_ = XRCCTRL(*dialog_, "contestant_workstation", wxTextCtrl);
    reason_ = XRCCTRL(*dialog_, "contestant_reason", wxTextCtrl);

    XRCCTRL(*dialog_, "contestant_reg", wxStaticText)->SetLabel(u8(contestant.registration_no));
    name_->SetValue(u8(contestant.name));
    id_->SetValue(u8(contestant.id_number));
    gender_->SetSelection(contestant.gender == "男" ? 1 : contestant.gender == "女" ? 2 : 0);
    employer_->SetValue(u8(contestant.employer));
    phone_->SetValue(u8(contestant.phone));
    for (const Event& e : competition.events) {
        event_->Append(event_name(e) + " (" + u8(e.code) + ")");
        if (e.code == contestant.event) event_->SetSelection(event_->GetCount() - 1);
    }
    workstation_->SetValue(u8(contestant.workstation));
    XRCCTRL(*dialog_, "contestant_draw", wxStaticText)
        ->SetLabel(contestant.draw_no ? wxString::Format("%d", *contestant.draw_no)
                                      : _("not drawn"));
    XRCCTRL(*dialog_, "contestant_status", wxStaticText)
        ->SetLabel(status_with_reason(contestant.status, contestant.status_reason));

    dialog_->Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            if (save()) dialog_->EndModal(wxID_OK);
        },
        wxID_OK);
    dialog_->Fit();
    dialog_->CentreOnParent();
    name_->SetFocus();
}

ContestantDialog::~ContestantDialog() {
    dialog_->Destroy();
}

Contestant ContestantDialog::edited() const {
    Contestant c = original_;
    c.name = text(name_);
    c.id_number = text(id_);
    const int g = gender_->GetSelection();
    c.gender = kGenders[g >= 0 && g < 3 ? g : 0];
    c.employer = text(employer_);
    c.phone = text(phone_);
    const int e = event_->GetSelection();
    if (e >= 0 && e < static_cast<int>(competition_.events.size()))
        c.event = competition_.events[static_cast<std::size_t>(e)].code;
    c.workstation = text(workstation_);
    return c;
}

std::string ContestantDialog::reason() const {
    return text(reason_);
}

bool ContestantDialog::save() {
    return save_(edited(), reason());
}

int ContestantDialog::show_modal() {
    return dialog_->ShowModal();
}

AddContestantDialog::AddContestantDialog(wxWindow* parent, const Competition& competition,
                                         Save on_save)
    : competition_(competition), save_(std::move(on_save)) {
    dialog_ = load(parent, "setup_add_contestant_dialog");
    reg_ = XRCCTRL(*dialog_, "add_reg", wxTextCtrl);
    name_ = XRCCTRL(*dialog_, "add_name", wxTextCtrl);
    id_ = XRCCTRL(*dialog_, "add_id", wxTextCtrl);
    gender_ = XRCCTRL(*dialog_, "add_gender", wxChoice);
    employer_ = XRCCTRL(*dialog_, "add_employer", wxTextCtrl);
    phone_ = XRCCTRL(*dialog_, "add_phone", wxTextCtrl);
    event_ = XRCCTRL(*dialog_, "add_event", wxChoice);
    workstation_ = XRCCTRL(*dialog_, "add_workstation", wxTextCtrl);
    for (const Event& e : competition.events)
        event_->Append(event_name(e) + " (" + u8(e.code) + ")");
    if (!competition.events.empty()) event_->SetSelection(0);
    dialog_->Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            if (save_(typed())) dialog_->EndModal(wxID_OK);
        },
        wxID_OK);
    dialog_->Fit();
    dialog_->CentreOnParent();
    reg_->SetFocus();
}

AddContestantDialog::~AddContestantDialog() {
    dialog_->Destroy();
}

Contestant AddContestantDialog::typed() const {
    Contestant c;
    c.registration_no = text(reg_);
    c.name = text(name_);
    c.id_number = text(id_);
    const int g = gender_->GetSelection();
    c.gender = kGenders[g >= 0 && g < 3 ? g : 0];
    c.employer = text(employer_);
    c.phone = text(phone_);
    const int e = event_->GetSelection();
    if (e >= 0 && e < static_cast<int>(competition_.events.size()))
        c.event = competition_.events[static_cast<std::size_t>(e)].code;
    c.workstation = text(workstation_);
    return c;
}

int AddContestantDialog::show_modal() {
    return dialog_->ShowModal();
}

StatusDialog::StatusDialog(wxWindow* parent, const Contestant& contestant, Save on_save)
    : save_(std::move(on_save)) {
    dialog_ = load(parent, "setup_status_dialog");
    status_ = XRCCTRL(*dialog_, "status_choice", wxChoice);
    reason_ = XRCCTRL(*dialog_, "status_reason", wxTextCtrl);
    XRCCTRL(*dialog_, "status_who", wxStaticText)
        ->SetLabel(u8(contestant.registration_no) + "  " + u8(contestant.name));
    XRCCTRL(*dialog_, "status_now", wxStaticText)
        ->SetLabel(status_with_reason(contestant.status, contestant.status_reason));
    for (ContestantStatus s : kStatuses) {
        status_->Append(contestant_status_label(s));
        // Offer the likely change: an active contestant is usually being marked absent.
        const ContestantStatus suggested = contestant.status == ContestantStatus::Active
                                               ? ContestantStatus::Absent
                                               : ContestantStatus::Active;
        if (s == suggested) status_->SetSelection(status_->GetCount() - 1);
    }
    dialog_->Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            if (save()) dialog_->EndModal(wxID_OK);
        },
        wxID_OK);
    dialog_->Fit();
    dialog_->CentreOnParent();
    status_->SetFocus();
}

StatusDialog::~StatusDialog() {
    dialog_->Destroy();
}

ContestantStatus StatusDialog::status() const {
    const int i = status_->GetSelection();
    return i >= 0 && i < 4 ? kStatuses[i] : ContestantStatus::Active;
}

std::string StatusDialog::reason() const {
    return text(reason_);
}

bool StatusDialog::save() {
    return save_(status(), reason());
}

int StatusDialog::show_modal() {
    return dialog_->ShowModal();
}

}  // namespace plumb::ui
