// Fills the sign-off dialog and signs the sheet off.
#include "ui/signoff_dialog.h"

#include <stdexcept>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "services/signoff.h"
#include "ui/console.h"
#include "ui/wrapped_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

SignOffDialog::SignOffDialog(wxWindow* parent, const Console& console, const std::string& event,
                             const std::string& workstation, const std::string& judge,
                             const std::vector<std::string>& missing) {
    dialog_ = wxXmlResource::Get()->LoadDialog(parent, "signoff_dialog");
    if (!dialog_) throw std::runtime_error("the signoff_dialog form could not be loaded");
    const int width = dialog_->FromDIP(440);
    const Competition& c = console.competition();
    const Judge* j = c.find_judge(judge);
    auto* heading = XRCCTRL(*dialog_, "signoff_heading", wxStaticText);
    heading->SetLabel(wxString::Format(_("Sign off workstation %s as %s?"), u8(workstation),
                                       u8(judge + (j ? " " + j->name : ""))));
    wrap_label(heading, width);
    auto* label = XRCCTRL(*dialog_, "signoff_missing_label", wxStaticText);
    auto* list = XRCCTRL(*dialog_, "signoff_missing", wxListBox);
    const Event* e = c.find_event(event);
    for (const std::string& id : missing) {
        const Aspect* a = e ? e->scheme.find_aspect(id) : nullptr;
        list->Append(u8(id + (a ? "  " + a->name : "")));
    }
    if (missing.empty()) {
        label->SetLabel(_("Every aspect has your value."));
        label->SetForegroundColour(wxColour(0, 110, 0));
        list->Hide();
    } else {
        label->SetLabel(
            wxString::Format(wxPLURAL("Still missing: %d aspect has no value of yours.",
                                      "Still missing: %d aspects have no value of yours.",
                                      static_cast<int>(missing.size())),
                             static_cast<int>(missing.size())));
        label->SetForegroundColour(wxColour(180, 0, 0));
    }
    wrap_label(label, width);
    wrap_label(XRCCTRL(*dialog_, "signoff_meaning", wxStaticText), width);
    // With something missing, Enter does not sign off by mistake.
    auto* sign = wxDynamicCast(dialog_->FindWindow(wxID_OK), wxButton);
    auto* cancel = wxDynamicCast(dialog_->FindWindow(wxID_CANCEL), wxButton);
    (missing.empty() ? sign : cancel)->SetDefault();
    (missing.empty() ? sign : cancel)->SetFocus();
    dialog_->Fit();
    dialog_->CentreOnParent();
}

SignOffDialog::~SignOffDialog() {
    dialog_->Destroy();
}

bool sign_off_sheet(wxWindow* parent, Console& console, const std::string& event,
                    const std::string& workstation, const std::string& judge) {
    try {
        const auto missing = missing_before_signoff(console.session(), event, workstation, judge);
        {
            SignOffDialog dialog(parent, console, event, workstation, judge, missing);
            if (dialog.dialog()->ShowModal() != wxID_OK) return false;
        }
        const auto login = console.ensure_login(judge);
        if (!login) return false;
        sign_off(console.session(), *login, event, workstation, judge);
        return true;
    } catch (const std::exception& e) {
        wxMessageDialog dlg(parent, _("The sheet was not signed off."), _("Sign off the sheet"),
                            wxOK | wxICON_ERROR);
        dlg.SetExtendedMessage(u8(e.what()));
        dlg.ShowModal();
        return false;
    }
}

}  // namespace plumb::ui
