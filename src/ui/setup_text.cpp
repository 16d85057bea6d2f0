// Language-dependent names and the refusal dialog of the set-up pages.
#include "ui/setup_text.h"

#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/translation.h>

#include "ui/wx_text.h"

namespace plumb::ui {

bool chinese_ui() {
    wxTranslations* t = wxTranslations::Get();
    return t && t->GetBestTranslation("plumbline", wxLANGUAGE_ENGLISH_US).StartsWith("zh");
}

wxString event_name(const Event& event) {
    const std::string& preferred = chinese_ui() ? event.scheme.name : event.scheme.name_en;
    if (!preferred.empty()) return u8(preferred);
    if (!event.scheme.name.empty()) return u8(event.scheme.name);
    return u8(event.code);
}

wxString event_name(const Competition& competition, const std::string& code) {
    const Event* e = competition.find_event(code);
    return e ? event_name(*e) : u8(code);
}

wxString contestant_status_label(ContestantStatus status) {
    switch (status) {
        case ContestantStatus::Active: return _("active");
        case ContestantStatus::Absent: return _("absent");
        case ContestantStatus::Withdrawn: return _("withdrawn");
        case ContestantStatus::Disqualified: return _("disqualified");
    }
    return {};
}

wxString status_with_reason(ContestantStatus status, const std::string& reason) {
    const wxString label = contestant_status_label(status);
    if (reason.empty()) return label;
    return label + (chinese_ui() ? wxString(wxT("：")) : wxString(": ")) + u8(reason);
}

wxString gender_label(const std::string& gender) {
    if (gender == "男") return _("Male");
    if (gender == "女") return _("Female");
    return u8(gender);
}

void keep_wrapped(wxStaticText* label) {
    const wxString text = label->GetLabel();
    label->Wrap(label->FromDIP(600));
    label->GetParent()->Bind(wxEVT_SIZE, [label, text](wxSizeEvent& e) {
        e.Skip();
        const int width = label->GetParent()->GetClientSize().x - label->FromDIP(24);
        if (width < label->FromDIP(100) || label->GetLabel().empty()) return;
        label->SetLabel(text);
        label->Wrap(width);
    });
}

void show_refusal(wxWindow* parent, const wxString& message, const wxString& details) {
    wxMessageDialog dlg(parent, message, "Plumbline", wxOK | wxICON_WARNING);
    if (!details.empty()) dlg.SetExtendedMessage(details);
    dlg.ShowModal();
}

void show_refusal(wxWindow* parent, const wxString& message, const std::exception& error) {
    show_refusal(parent, message, u8(error.what()));
}

}  // namespace plumb::ui
