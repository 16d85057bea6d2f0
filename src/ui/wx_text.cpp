// Translated labels for values the core reports as plain words.
#include "ui/wx_text.h"

#include <wx/intl.h>
#include <wx/translation.h>

#include "core/translate.h"
#include "services/language.h"

namespace plumb::ui {

void install_translations(const std::string& language) {
    use_messages_language(language);
    auto* t = new wxTranslations();
    t->SetLanguage(language == "en" ? wxLANGUAGE_ENGLISH_US : wxLANGUAGE_CHINESE_SIMPLIFIED);
    t->AddStdCatalog();
    t->AddCatalog("plumbline");
    wxTranslations::Set(t);
    install_core_translator(language);
}

void install_core_translator(const std::string& language) {
    set_translator(
        [](const char* msgid) -> std::string {
            return std::string(wxGetTranslation(wxString::FromUTF8(msgid)).utf8_str());
        },
        language != "en");
}

wxString award_label(const std::string& award) {
    if (award == "first") return _("First prize");
    if (award == "second") return _("Second prize");
    if (award == "third") return _("Third prize");
    if (award == "merit") return _("Merit award");
    return {};
}

wxString status_label(const std::string& status) {
    if (status == "complete") return _("complete");
    if (status == "incomplete") return _("incomplete");
    if (status == "absent") return _("absent");
    if (status == "withdrawn") return _("withdrawn");
    if (status == "disqualified") return _("disqualified");
    return u8(status);
}

}  // namespace plumb::ui
