// Fills the judge form and reads it back.
#include "ui/setup_judge_dialog.h"

#include <wx/checklst.h>
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "ui/dialog_form.h"
#include "ui/setup_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

JudgeDialog::JudgeDialog(wxWindow* parent, const Competition& competition, const Judge* judge,
                         Save on_save)
    : competition_(competition), save_(std::move(on_save)) {
    dialog_ = wxXmlResource::Get()->LoadDialog(parent, "setup_judge_dialog");
    if (!dialog_) throw std::runtime_error("the setup_judge_dialog form could not be loaded");
    code_ = XRCCTRL(*dialog_, "judge_code", wxTextCtrl);
    name_ = XRCCTRL(*dialog_, "judge_name", wxTextCtrl);
    employer_ = XRCCTRL(*dialog_, "judge_employer", wxTextCtrl);
    events_ = XRCCTRL(*dialog_, "judge_events", wxCheckListBox);
    reason_ = XRCCTRL(*dialog_, "judge_reason", wxTextCtrl);

    for (const Event& e : competition.events) {
        const int i = events_->Append(event_name(e) + " (" + u8(e.code) + ")");
        events_->Check(i, judge && judge->judges(e.code));
    }
    if (judge) {
        dialog_->SetTitle(_("Change judge"));
        code_->SetValue(u8(judge->code));
        code_->SetEditable(false);
        name_->SetValue(u8(judge->name));
        employer_->SetValue(u8(judge->employer));
    } else {
        dialog_->SetTitle(_("Add judge"));
        code_->SetValue(u8(next_judge_code(competition)));
        // A new judge needs no reason: the addition itself is the record.
        XRCCTRL(*dialog_, "judge_reason_label", wxStaticText)->Hide();
        reason_->Hide();
    }
    ready_form(dialog_, [this] { return save(); });
    (judge ? name_ : code_)->SetFocus();
}

JudgeDialog::~JudgeDialog() {
    dialog_->Destroy();
}

Judge JudgeDialog::edited() const {
    Judge j;
    j.code = to_u8(code_->GetValue().Strip(wxString::both));
    j.name = to_u8(name_->GetValue().Strip(wxString::both));
    j.employer = to_u8(employer_->GetValue().Strip(wxString::both));
    for (unsigned i = 0; i < events_->GetCount() && i < competition_.events.size(); ++i)
        if (events_->IsChecked(i)) j.events.push_back(competition_.events[i].code);
    return j;
}

std::string JudgeDialog::reason() const {
    return reason_->IsShown() ? to_u8(reason_->GetValue().Strip(wxString::both)) : std::string();
}

bool JudgeDialog::save() {
    return save_(edited(), reason());
}

int JudgeDialog::show_modal() {
    return dialog_->ShowModal();
}

std::string next_judge_code(const Competition& competition) {
    int highest = 0;
    for (const Judge& j : competition.judges) {
        if (j.code.size() < 2 || j.code[0] != 'J') continue;
        try {
            std::size_t used = 0;
            const int n = std::stoi(j.code.substr(1), &used);
            if (used == j.code.size() - 1 && n > highest) highest = n;
        } catch (const std::exception&) {
        }
    }
    char code[16];
    std::snprintf(code, sizeof code, "J%02d", highest + 1);
    return code;
}

}  // namespace plumb::ui
