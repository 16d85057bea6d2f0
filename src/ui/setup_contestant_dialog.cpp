// The contestant and status dialogs: forms filled from a contestant, read back on Save.
#include "ui/setup_contestant_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "ui/dialog_form.h"
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

ContestantFields find_fields(wxDialog* d, const std::string& prefix, const char* event_choice) {
    ContestantFields f;
    f.name = XRCCTRL(*d, (prefix + "name").c_str(), wxTextCtrl);
    f.id = XRCCTRL(*d, (prefix + "id").c_str(), wxTextCtrl);
    f.gender = XRCCTRL(*d, (prefix + "gender").c_str(), wxChoice);
    f.employer = XRCCTRL(*d, (prefix + "employer").c_str(), wxTextCtrl);
    f.phone = XRCCTRL(*d, (prefix + "phone").c_str(), wxTextCtrl);
    f.event = XRCCTRL(*d, event_choice, wxChoice);
    f.workstation = XRCCTRL(*d, (prefix + "workstation").c_str(), wxTextCtrl);
    return f;
}

// The typed person's fields into C (the registration number and status stay as they are).
void read_fields(const ContestantFields& f, const Competition& competition, Contestant& c) {
    c.name = text(f.name);
    c.id_number = text(f.id);
    const int g = f.gender->GetSelection();
    c.gender = kGenders[g >= 0 && g < 3 ? g : 0];
    c.employer = text(f.employer);
    c.phone = text(f.phone);
    const int e = f.event->GetSelection();
    if (e >= 0 && e < static_cast<int>(competition.events.size()))
        c.event = competition.events[static_cast<std::size_t>(e)].code;
    c.workstation = text(f.workstation);
}

}  // namespace

ContestantDialog::ContestantDialog(wxWindow* parent, const Competition& competition,
                                   const Contestant& contestant, Save on_save)
    : competition_(competition), original_(contestant), save_(std::move(on_save)) {
    dialog_ = load(parent, "setup_contestant_dialog");
    fields_ = find_fields(dialog_, "contestant_", "contestant_event_choice");
    reason_ = XRCCTRL(*dialog_, "contestant_reason", wxTextCtrl);

    XRCCTRL(*dialog_, "contestant_reg", wxStaticText)->SetLabel(u8(contestant.registration_no));
    fields_.name->SetValue(u8(contestant.name));
    fields_.id->SetValue(u8(contestant.id_number));
    fields_.gender->SetSelection(contestant.gender == "男" ? 1 : contestant.gender == "女" ? 2 : 0);
    fields_.employer->SetValue(u8(contestant.employer));
    fields_.phone->SetValue(u8(contestant.phone));
    for (const Event& e : competition.events) {
        fields_.event->Append(event_name(e) + " (" + u8(e.code) + ")");
        if (e.code == contestant.event) fields_.event->SetSelection(fields_.event->GetCount() - 1);
    }
    fields_.workstation->SetValue(u8(contestant.workstation));
    XRCCTRL(*dialog_, "contestant_draw", wxStaticText)
        ->SetLabel(contestant.draw_no ? wxString::Format("%d", *contestant.draw_no)
                                      : _("not drawn"));
    XRCCTRL(*dialog_, "contestant_status", wxStaticText)
        ->SetLabel(status_with_reason(contestant.status, contestant.status_reason));

    ready_form(dialog_, [this] { return save(); });
    fields_.name->SetFocus();
}

ContestantDialog::~ContestantDialog() {
    dialog_->Destroy();
}

Contestant ContestantDialog::edited() const {
    Contestant c = original_;
    read_fields(fields_, competition_, c);
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
    fields_ = find_fields(dialog_, "add_", "add_event");
    for (const Event& e : competition.events)
        fields_.event->Append(event_name(e) + " (" + u8(e.code) + ")");
    if (!competition.events.empty()) fields_.event->SetSelection(0);
    ready_form(dialog_, [this] { return save_(typed()); });
    reg_->SetFocus();
}

AddContestantDialog::~AddContestantDialog() {
    dialog_->Destroy();
}

Contestant AddContestantDialog::typed() const {
    Contestant c;
    c.registration_no = text(reg_);
    read_fields(fields_, competition_, c);
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
    ready_form(dialog_, [this] { return save(); });
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
