// The permission table: who may do each action, in which state of its events, on which kind of
// database. Written once here; the gate (gate.h) applies it to every action, and docs/rules.md
// is the same table for people.
#pragma once

#include <string>

#include "core/competition.h"
#include "core/event_state.h"
#include "services/gate.h"

namespace plumb {

// Who may act (bits): with roles off, anyone may do anything the rules allow.
enum Who : unsigned {
    kByOrganiser = 1u << 0,     // logged in with the organiser's password
    kByChief = 1u << 1,         // the chief judge of every event concerned
    kByTheJudge = 1u << 2,      // the judge the action names (their own marks, their sheet)
    kByEventJudges = 1u << 3,   // any judge of the event (a measurement, one value for all)
};

// What the events' states allow.
enum class WhenLocked {
    Refused,   // only while open: nothing changes a locked event's results but an appeal
    Required,  // only once locked (appeals)
    Allowed,   // either
};

// Where the action may happen.
enum class Where { Master, Laptop, Both };

struct Permission {
    Act act;
    unsigned who;
    WhenLocked locked;
    Where where;
};

const Permission& permission(Act act);

// Refuses (ActionError) when `by` may not do `act` on `event` (empty: the competition as a
// whole) in `state`: the role, then the state. `judge` is the judge the action names (marks,
// sign-off); `measurement` whether a mark's aspect is one value shared by all judges.
void check_permission(const Competition& competition, bool roles_on, const Login& by, Act act,
                      const EventState* state, const std::string& judge = {},
                      bool measurement = false);
// Refuses an action that belongs on the other kind of database.
void check_place(Act act, bool laptop);

// Whether anyone at all could do `act` on this database: the table's "where" (master or
// laptop); on a laptop, an action only the chief judge may do also needs the event's chief
// judge to have come with the kit (the master takes a laptop's reopening only then). The console hides what cannot happen here
// rather than offering it to be refused; the gate still checks every action.
bool possible_here(const CompetitionSession& session, Act act, const std::string& event = {});

}  // namespace plumb
