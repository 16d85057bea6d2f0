// The one gate every change of a competition passes through (docs/rules.md). A change is a
// named action (Act) by someone (Login); an Action opens the write transaction first, then
// checks, inside it, who may act on which events and in which state (the permission table in
// permissions.cpp), then the action's own rules, then writes and commits. The shells (plumb,
// the console) only gather input and show the outcome or the refusal.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "services/competition_session.h"
#include "services/roles.h"

namespace plumb {

// Every kind of change a competition knows.
enum class Act {
    EnterMark,  // enter or correct a mark (console, plumb mark, one row of a marks file)
    ImportRoster,
    ImportMarks,
    ImportTiming,
    ImportTheory,
    ImportPackets,  // laptops' score packets, on the master
    SetStatus,      // absent, withdrawn, disqualified, active again
    AddContestant,
    EditContestant,
    SaveJudge,
    Draw,
    SignOff,
    Reopen,
    Resolve,  // settle a measurement conflict
    Lock,
    Reveal,
    LodgeAppeal,
    DecideAppeal,
    SetPassword,   // the organiser's
    SetPin,        // a judge's
    SetChief,      // name an event's chief judge
    ExportKit,     // register a laptop and write its kit
    RetireLaptop,  // a laptop lost, broken or given a kit by mistake: its packets refused
    SetDoubleEntry,
    SetConsoleSetting,
};

// A reason as a person types it: at most kMaxReasonChars characters, no control characters
// (a terminal or a spreadsheet would act on them). ActionError otherwise. Every action's reason
// passes here (Action's constructor), and so does every reason a laptop's packet brings.
inline constexpr std::size_t kMaxReasonChars = 500;
void check_reason_text(const std::string& reason);

// What the action is called in messages ("enter a mark"), translated.
std::string act_name(Act act);

// One action on its way through the gate. Constructed: the write transaction is open
// (BEGIN IMMEDIATE), so everything read through it is final until commit. allow() must be
// called before commit(); destroyed without commit(), nothing is written.
class Action {
public:
    Action(CompetitionSession& session, const Login& by, Act act, const std::string& reason = {});
    ~Action();
    Action(const Action&) = delete;
    Action& operator=(const Action&) = delete;

    // Checks who may act and the events' states against the permission table, for each event
    // the action touches (none for actions on the whole competition). ActionError otherwise.
    void allow(const std::vector<std::string>& events = {});
    // allow() for a mark: its event, whose mark it is, and its aspect (any judge of the event
    // may enter a measurement, shared by all; a judgement score only its judge or the chief).
    void allow_mark(const std::string& event, const std::string& judge, const std::string& aspect);
    // allow() for an action on a judge's own sheet (a sign-off): `judge` must judge `event`.
    void allow_judge(const std::string& event, const std::string& judge,
                     bool measurement = false);
    // Only the table's "where" (master or laptop), for an action that learns its events later.
    void require_place() const;

    CompetitionSession& session() { return session_; }
    Store& store() { return session_.store(); }
    Change& change() { return change_; }
    const Login& by() const { return by_; }
    const std::string& reason() const { return reason_; }
    bool on_laptop() const { return laptop_; }

    // An event's state as it is in this transaction (kept current by set_state).
    const EventState& state(const std::string& event);
    void set_state(const EventState& state);

    // The contestants as they are in this transaction, read once.
    const std::vector<Contestant>& contestants();
    // The event's contestant at `workstation` ("5" finds "05"); ActionError when none.
    const Contestant& contestant_at(const std::string& event, const std::string& workstation);
    // Whether `judge` has signed off the workstation's sheet (and it was not reopened since).
    bool signed_off(const std::string& event, const std::string& workstation,
                    const std::string& judge);
    // After this action signs off or reopens a sheet (packets carry both, in order).
    void set_signed_off(const std::string& event, const std::string& workstation,
                        const std::string& judge, bool on);

    void commit();

private:
    CompetitionSession& session_;
    Login by_;
    Act act_;
    std::string reason_;
    Change change_;
    bool laptop_ = false;
    bool allowed_ = false;
    std::map<std::string, EventState> states_;
    std::optional<std::vector<Contestant>> contestants_;
    std::map<std::string, std::map<std::pair<std::string, std::string>, bool>> sheets_;
};

}  // namespace plumb
