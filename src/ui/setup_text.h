// Words the set-up pages share: event names in the console's language, status
// labels, and the dialog that tells the organiser why an action was refused.
#pragma once

#include <exception>
#include <string>

#include <wx/string.h>

#include "core/competition.h"

class wxStaticText;
class wxWindow;

namespace plumb::ui {

// True when the console speaks Chinese (the translations in use are zh_*).
bool chinese_ui();

// The event's trade in the console's language ("砌筑工" or "Bricklaying"), its code as a fallback.
wxString event_name(const Event& event);
// The event's name by code, or the code itself when the competition does not define it.
wxString event_name(const Competition& competition, const std::string& code);

// The translated name of a contestant's status, and all statuses in the order offered.
wxString contestant_status_label(ContestantStatus status);
// "absent: did not arrive" ("缺考：未到场"); the status alone when no reason is recorded.
wxString status_with_reason(ContestantStatus status, const std::string& reason);
// The stored gender (男/女) in the console's language.
wxString gender_label(const std::string& gender);
inline constexpr ContestantStatus kStatuses[] = {ContestantStatus::Active, ContestantStatus::Absent,
                                                 ContestantStatus::Withdrawn,
                                                 ContestantStatus::Disqualified};

// A long note wrapped to the width of its parent, again whenever that changes (a small laptop's
// screen is narrower than one line of it).
void keep_wrapped(wxStaticText* label);

// A refused action: a plain message, the services' reason as the details.
void show_refusal(wxWindow* parent, const wxString& message, const wxString& details);
void show_refusal(wxWindow* parent, const wxString& message, const std::exception& error);

}  // namespace plumb::ui
