// Small conversions between Plumbline's UTF-8 strings and decimals and wxString.
#pragma once

#include <optional>
#include <string>

#include <wx/string.h>

#include "core/decimal.h"

namespace plumb::ui {

inline wxString u8(const std::string& s) { return wxString::FromUTF8(s.c_str()); }
inline std::string to_u8(const wxString& s) { return std::string(s.utf8_str()); }
inline wxString fixed(const std::optional<Decimal>& d, int places) {
    return d ? u8(d->str(places)) : wxString(wxT("—"));
}

// Makes the console speak `language` ("zh_CN" or "en"): Plumbline's catalogue, wxWidgets' own
// (standard buttons, the print preview's "Page 1 of 1": wxstd-3.2.mo of wx3.2-i18n), GTK's
// words, and the core's marked messages.
void install_translations(const std::string& language);

// Lets the core's marked messages (refused values, ID number problems) follow the console's
// language: they are translated through the same catalogs ("zh_CN" or "en").
void install_core_translator(const std::string& language = "en");

// The translated name of a prize ("first" -> 一等奖 / First prize).
wxString award_label(const std::string& award);
// The translated name of a row status ("complete", "absent", ...).
wxString status_label(const std::string& status);

}  // namespace plumb::ui
