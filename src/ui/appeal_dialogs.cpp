// The appeal forms filled from the competition's events, aspects and judges, read back on OK.
#include "ui/appeal_dialogs.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/radiobox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "services/history.h"
#include "ui/console.h"
#include "ui/setup_text.h"
#include "ui/sheet_cells.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

wxDialog* load(wxWindow* parent, const char* name) {
    wxDialog* d = wxXmlResource::Get()->LoadDialog(parent, name);
    if (!d) throw std::runtime_error(std::string("the ") + name + " form could not be loaded");
    return d;
}

std::string text(const wxTextCtrl* t) {
    return to_u8(t->GetValue().Strip(wxString::both));
}

// OK saves; the dialog stays open when the save was refused.
void close_on_save(wxDialog* dialog, std::function<bool()> save) {
    dialog->Bind(
        wxEVT_BUTTON,
        [dialog, save](wxCommandEvent&) {
            if (save()) dialog->EndModal(wxID_OK);
        },
        wxID_OK);
}

}  // namespace

AppealLodgeDialog::AppealLodgeDialog(wxWindow* parent, const Console& console,
                                     const std::string& event, Save on_save)
    : console_(console), save_(std::move(on_save)) {
    dialog_ = load(parent, "appeal_lodge_dialog");
    event_ = XRCCTRL(*dialog_, "lodge_event", wxChoice);
    workstation_ = XRCCTRL(*dialog_, "lodge_workstation", wxTextCtrl);
    aspect_ = XRCCTRL(*dialog_, "lodge_aspect", wxChoice);
    judge_ = XRCCTRL(*dialog_, "lodge_judge", wxChoice);
    value_ = XRCCTRL(*dialog_, "lodge_value", wxTextCtrl);
    by_ = XRCCTRL(*dialog_, "lodge_by", wxTextCtrl);
    grounds_ = XRCCTRL(*dialog_, "lodge_grounds", wxTextCtrl);
    now_ = XRCCTRL(*dialog_, "lodge_now", wxStaticText);
    for (const Event& e : console_.competition().events) event_->Append(event_name(e));
    event_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        fill_aspects();
        fill_judges();
        show_now();
    });
    aspect_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        fill_judges();
        show_now();
    });
    judge_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { show_now(); });
    workstation_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { show_now(); });
    close_on_save(dialog_, [this] { return save_(request(), grounds()); });
    choose_event(event.empty() && !console_.competition().events.empty()
                     ? console_.competition().events.front().code
                     : event);
    dialog_->Fit();
    dialog_->CentreOnParent();
    workstation_->SetFocus();
}

AppealLodgeDialog::~AppealLodgeDialog() {
    dialog_->Destroy();
}

void AppealLodgeDialog::choose_event(const std::string& event) {
    const auto& events = console_.competition().events;
    for (std::size_t i = 0; i < events.size(); ++i)
        if (events[i].code == event) event_->SetSelection(static_cast<int>(i));
    fill_aspects();
    fill_judges();
    show_now();
}

namespace {

// "J01=2; J02=3" with each value as the sheet shows it: a choice by its label, pass/fail in words.
wxString labelled_values(const Aspect* aspect, const std::string& stored) {
    if (!aspect) return u8(said_values(stored));
    wxString out;
    for (const auto& [judge, value] : stored_values(stored))
        out += (out.empty() ? wxString() : wxString(wxT("; "))) +
               (judge.empty() ? wxString() : u8(judge + "=")) + value_label(*aspect, value);
    return out;
}

}  // namespace

void AppealLodgeDialog::show_now() {
    const AppealRequest q = request();
    if (q.workstation.empty() || q.aspect.empty()) {
        now_->SetLabel(wxString());
        return;
    }
    const std::string now =
        appealed_values(console_.session(), q.event, q.workstation, q.aspect, q.judge);
    const Event* ev = console_.competition().find_event(q.event);
    now_->SetLabel(now.empty()
                       ? _("no such mark")
                       : labelled_values(ev ? ev->scheme.find_aspect(q.aspect) : nullptr, now));
}

void AppealLodgeDialog::fill_aspects() {
    aspect_->Clear();
    aspect_ids_.clear();
    const int e = event_->GetSelection();
    if (e < 0) return;
    const Event& ev = console_.competition().events[static_cast<std::size_t>(e)];
    for (const Aspect* a : ev.scheme.aspects()) {
        aspect_ids_.push_back(a->id);
        aspect_->Append(u8(a->id + "  " + a->name));
    }
    if (!aspect_ids_.empty()) aspect_->SetSelection(0);
}

// A judge is named for a judgement aspect only: a measurement is one value for every judge.
void AppealLodgeDialog::fill_judges() {
    judge_->Clear();
    judge_codes_.clear();
    const int e = event_->GetSelection(), a = aspect_->GetSelection();
    if (e < 0 || a < 0) return;
    const Event& ev = console_.competition().events[static_cast<std::size_t>(e)];
    const Aspect* aspect = ev.scheme.find_aspect(aspect_ids_[static_cast<std::size_t>(a)]);
    const bool judgement = aspect && aspect->is_judgement();
    if (judgement) {
        for (const Judge& j : console_.competition().judges) {
            if (!j.judges(ev.code)) continue;
            judge_codes_.push_back(j.code);
            judge_->Append(u8(j.code + "  " + j.name));
        }
    } else {
        judge_->Append(_("every judge (a measurement)"));
    }
    judge_->SetSelection(0);
    judge_->Enable(judgement);
    dialog_->Layout();
}

AppealRequest AppealLodgeDialog::request() const {
    AppealRequest r;
    const int e = event_->GetSelection(), a = aspect_->GetSelection(), j = judge_->GetSelection();
    if (e >= 0) r.event = console_.competition().events[static_cast<std::size_t>(e)].code;
    if (a >= 0) r.aspect = aspect_ids_[static_cast<std::size_t>(a)];
    if (j >= 0 && static_cast<std::size_t>(j) < judge_codes_.size())
        r.judge = judge_codes_[static_cast<std::size_t>(j)];
    r.workstation = text(workstation_);
    r.value = text(value_);
    r.lodged_by = text(by_);
    return r;
}

std::string AppealLodgeDialog::grounds() const {
    return text(grounds_);
}

int AppealLodgeDialog::show_modal() {
    return dialog_->ShowModal();
}

AppealDecideDialog::AppealDecideDialog(wxWindow* parent, const Console& console,
                                       const Appeal& appeal, Save on_save)
    : save_(std::move(on_save)) {
    dialog_ = load(parent, "appeal_decide_dialog");
    choice_ = XRCCTRL(*dialog_, "decide_choice", wxRadioBox);
    reason_ = XRCCTRL(*dialog_, "decide_reason", wxTextCtrl);
    wxString summary =
        appeal_summary(console, appeal) + wxT("\n") +
        wxString::Format(_("Lodged by %s: %s"), u8(appeal.lodged_by), u8(appeal.reason));
    XRCCTRL(*dialog_, "decide_summary", wxStaticText)->SetLabel(summary);
    close_on_save(dialog_, [this] { return save_(upheld(), reason()); });
    dialog_->Fit();
    dialog_->CentreOnParent();
    reason_->SetFocus();
}

AppealDecideDialog::~AppealDecideDialog() {
    dialog_->Destroy();
}

bool AppealDecideDialog::upheld() const {
    return choice_->GetSelection() == 0;
}

std::string AppealDecideDialog::reason() const {
    return text(reason_);
}

int AppealDecideDialog::show_modal() {
    return dialog_->ShowModal();
}

wxString appeal_summary(const Console& console, const Appeal& a) {
    const Event* e = console.competition().find_event(a.event);
    const Aspect* aspect = e ? e->scheme.find_aspect(a.aspect) : nullptr;
    return event_name(console.competition(), a.event) + wxT(" \u00B7 ") +
           wxString::Format(_("Workstation %s"), u8(a.workstation)) + wxT(" \u00B7 ") +
           u8(a.aspect + (aspect ? "  " + aspect->name : "")) +
           (a.judge.empty() ? wxString() : wxT(" \u00B7 ") + u8(a.judge)) + wxT(": ") +
           u8(said_values(a.old_value)) + wxT(" \u2192 ") + u8(said_value(a.new_value));
}

}  // namespace plumb::ui
