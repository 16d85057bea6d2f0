// The permission table and the refusals it gives, in words a judge or an organiser reads.
#include "services/permissions.h"

#include <stdexcept>

#include "core/translate.h"
#include "services/roles.h"  // chief_judge
#include "services/settings_keys.h"

namespace plumb {

namespace {

constexpr unsigned kByOrganiserOrChief = kByOrganiser | kByChief;

// docs/rules.md shows this table; a change here is a change of the rules.
constexpr Permission kTable[] = {
    {Act::EnterMark, kByOrganiser | kByChief | kByTheJudge | kByEventJudges, WhenLocked::Refused,
     Where::Both},
    {Act::ImportRoster, kByOrganiser, WhenLocked::Refused, Where::Master},
    {Act::ImportMarks, kByOrganiserOrChief, WhenLocked::Refused, Where::Master},
    {Act::ImportTiming, kByOrganiserOrChief, WhenLocked::Refused, Where::Master},
    {Act::ImportTheory, kByOrganiserOrChief, WhenLocked::Refused, Where::Master},
    {Act::ImportPackets, kByOrganiserOrChief, WhenLocked::Refused, Where::Master},
    {Act::SetStatus, kByOrganiserOrChief, WhenLocked::Refused, Where::Master},
    {Act::AddContestant, kByOrganiser, WhenLocked::Refused, Where::Master},
    {Act::EditContestant, kByOrganiser, WhenLocked::Refused, Where::Master},
    {Act::SaveJudge, kByOrganiser, WhenLocked::Allowed, Where::Master},
    {Act::Draw, kByOrganiser, WhenLocked::Refused, Where::Master},
    {Act::SignOff, kByTheJudge, WhenLocked::Refused, Where::Both},
    {Act::Reopen, kByChief, WhenLocked::Refused, Where::Both},  // a laptop's judge corrects there
    {Act::Resolve, kByChief, WhenLocked::Refused, Where::Master},
    {Act::Lock, kByChief, WhenLocked::Refused, Where::Master},
    {Act::Reveal, kByChief, WhenLocked::Allowed, Where::Master},
    {Act::LodgeAppeal, kByOrganiserOrChief, WhenLocked::Required, Where::Master},
    {Act::DecideAppeal, kByChief, WhenLocked::Required, Where::Master},
    {Act::SetPassword, kByOrganiser, WhenLocked::Allowed, Where::Master},
    {Act::SetPin, kByOrganiser, WhenLocked::Allowed, Where::Master},
    {Act::SetChief, kByOrganiser, WhenLocked::Allowed, Where::Master},
    {Act::ExportKit, kByOrganiser, WhenLocked::Refused, Where::Master},
    {Act::RetireLaptop, kByOrganiser, WhenLocked::Allowed, Where::Master},
    {Act::SetDoubleEntry, kByOrganiserOrChief, WhenLocked::Refused, Where::Master},
    {Act::SetConsoleSetting, kByOrganiser, WhenLocked::Allowed, Where::Master},
};

bool judges_event(const Competition& competition, const std::string& code,
                  const std::string& event) {
    const Judge* j = competition.find_judge(code);
    return j && j->judges(event);
}

std::string refusal(const Competition& competition, const Login& by, Act act,
                    const EventState* state, unsigned who) {
    const std::string what = act_name(act);
    if (by.who.empty() || by.role == Role::Viewer)
        return format(tr("log in to %s"), {what});
    if (who == kByOrganiser) return format(tr("only the organiser may %s"), {what});
    const std::string event = state ? state->event : std::string();
    if ((who & kByChief) && !event.empty()) {
        const std::string chief = state->chief_judge.empty()
                                      ? tr("none is named yet")
                                      : state->chief_judge;
        if (who & kByOrganiser)
            return format(tr("only the organiser or the chief judge of %s (%s) may %s"),
                          {competition.event_words(event), chief, what});
        if (!(who & (kByTheJudge | kByEventJudges)))
            return format(tr("only the chief judge of %s (%s) may %s"),
                          {competition.event_words(event), chief, what});
    }
    if (!event.empty() && by.role == Role::Judge && !judges_event(competition, by.who, event))
        return format(tr("%s is not a judge of %s"), {by.who, competition.event_words(event)});
    return format(tr("%s may not %s"), {by.who, what});
}

}  // namespace

const Permission& permission(Act act) {
    for (const Permission& p : kTable)
        if (p.act == act) return p;
    throw std::logic_error("an action without a permission");
}

void check_permission(const Competition& competition, bool roles_on, const Login& by, Act act,
                      const EventState* state, const std::string& judge, bool measurement) {
    const Permission& p = permission(act);
    if (roles_on) {
        const bool organiser = by.role == Role::Organiser;
        const bool judge_login = by.role == Role::Judge && !by.who.empty();
        const std::string event = state ? state->event : std::string();
        const bool own_event = judge_login && !event.empty() && judges_event(competition, by.who, event);
        bool may = (p.who & kByOrganiser) && organiser;
        may = may || ((p.who & kByChief) && judge_login && state && !state->chief_judge.empty() &&
                      state->chief_judge == by.who);
        may = may || ((p.who & kByTheJudge) && own_event && !judge.empty() && judge == by.who);
        may = may || ((p.who & kByEventJudges) && own_event && measurement);
        if (!may) throw ActionError(refusal(competition, by, act, state, p.who));
    }
    if (!state) return;
    if (act == Act::Lock && state->locked)
        throw ActionError(
            format(tr("%s is already locked"), {competition.event_words(state->event)}));
    if (p.locked == WhenLocked::Refused && state->locked)
        throw ActionError(
            format(tr("%s is locked: its results change only through an appeal decided by the "
                      "chief judge"),
                   {competition.event_words(state->event)}));
    if (p.locked == WhenLocked::Required && !state->locked)
        throw ActionError(format(tr("%s is not locked yet: a mark is still corrected directly, "
                                    "with a reason"),
                                 {competition.event_words(state->event)}));
}

void check_place(Act act, bool laptop) {
    const Where where = permission(act).where;
    if (laptop && where == Where::Master)
        throw ActionError(
            format(tr("this is a judge's laptop: %s on the master"), {act_name(act)}));
    if (!laptop && where == Where::Laptop)
        throw ActionError(format(tr("%s only on a judge's laptop"), {act_name(act)}));
}

bool possible_here(const CompetitionSession& session, Act act, const std::string& event) {
    const Permission& p = permission(act);
    const Store& store = session.store();
    const bool laptop = store.setting(keys::kMaster).has_value();
    if (laptop ? p.where == Where::Master : p.where == Where::Laptop) return false;
    // Nobody names a chief judge on a laptop: the kit brought one, or there is none, and the
    // master takes a laptop's reopening only from a laptop holding the chief judge.
    if (laptop && p.who == kByChief && !event.empty())
        return chief_judge(store, event).has_value();
    return true;
}

}  // namespace plumb
