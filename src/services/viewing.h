// Reading is an action too: with roles on, before an event is revealed, its contestants' names,
// ID numbers, employers and phones are shown to the organiser only; everyone else sees
// workstations only. Screens anyone may look at (the results panel, the announce board) show
// names only once revealed, with or without roles. Every path that shows results or the roster
// reads them through here: rank, check, exports, the console's lists, the announce board.
#pragma once

#include <string>
#include <vector>

#include "core/results.h"
#include "services/roles.h"

namespace plumb {

// True when `by` may see the event's names: once it is revealed; before, only the organiser
// (who registered them). Without roles configured everyone may (nobody proves who they are).
bool names_visible(const CompetitionSession& session, const std::string& event, const Login& by);
// True when `by` may see ID numbers and phones: the organiser only, before and after the
// reveal (a reveal announces names and employers, never ID numbers). Without roles, everyone.
bool personal_data_visible(const CompetitionSession& session, const Login& by);
// True once the event is revealed: what a public screen may show.
bool names_public(const CompetitionSession& session, const std::string& event);

// Clears names, employers and registration numbers: rows keep their workstations.
void hide_names(EventResults& results);

// The event's results as `by` may see them.
EventResults results_for(const CompetitionSession& session, const Login& by,
                         const std::string& event);

// The roster as `by` may see it: contestants of events whose names `by` may not see keep their
// registration number's place, workstation, event and status, with name, ID number, employer
// and phone blank; ID numbers and phones are blank for anyone but the organiser (roles on).
std::vector<Contestant> roster_for(const CompetitionSession& session, const Login& by);

// Refuses (ActionError) when `by` may not see the event's names: for exports that are nothing
// without them (certificates, the HR file).
void require_names(const CompetitionSession& session, const Login& by, const std::string& event);
// Refuses (ActionError) when `by` may not see ID numbers: the HR file carries them.
void require_personal_data(const CompetitionSession& session, const Login& by);

}  // namespace plumb
