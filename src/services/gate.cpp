// The gate's transaction: begun first, checked inside, written, committed.
#include "services/gate.h"

#include <algorithm>
#include <stdexcept>

#include "core/identifier.h"
#include "core/translate.h"
#include "core/workstation.h"
#include "services/permissions.h"
#include "services/settings_keys.h"
#include "services/signoff.h"

namespace plumb {

std::string act_name(Act act) {
    switch (act) {
        case Act::EnterMark: return tr("enter or correct a mark");
        case Act::ImportRoster: return tr("import contestants");
        case Act::ImportMarks: return tr("import marks");
        case Act::ImportTiming: return tr("import times");
        case Act::ImportTheory: return tr("import theory scores");
        case Act::ImportPackets: return tr("import laptops' score packets");
        case Act::SetStatus: return tr("change a contestant's status");
        case Act::AddContestant: return tr("add a contestant");
        case Act::EditContestant: return tr("correct a contestant's details");
        case Act::SaveJudge: return tr("add or change a judge");
        case Act::Draw: return tr("draw lots");
        case Act::SignOff: return tr("sign off a sheet");
        case Act::Reopen: return tr("reopen a signed-off sheet");
        case Act::Resolve: return tr("settle a conflict");
        case Act::Lock: return tr("lock results");
        case Act::Reveal: return tr("reveal names");
        case Act::LodgeAppeal: return tr("lodge an appeal");
        case Act::DecideAppeal: return tr("decide an appeal");
        case Act::SetPassword: return tr("set the organiser's password");
        case Act::SetPin: return tr("set a judge's PIN");
        case Act::SetChief: return tr("name a chief judge");
        case Act::ExportKit: return tr("make a judge kit");
        case Act::RetireLaptop: return tr("retire a laptop");
        case Act::SetDoubleEntry: return tr("switch double entry");
        case Act::SetConsoleSetting: return tr("change the console's settings");
    }
    return "?";
}

void check_reason_text(const std::string& reason) {
    std::string shown = reason;  // a tab is a space here; every other control or invisible
    std::replace(shown.begin(), shown.end(), '\t', ' ');  // character, and bad UTF-8, is not
    if (!text_problem(shown, false).empty())
        throw ActionError(
            tr("a reason is one line of text: it holds no control or invisible "
               "characters"));
    const std::size_t chars = text_length(reason);
    if (chars > kMaxReasonChars)
        throw ActionError(format(tr("a reason is at most %s characters (this one has %s)"),
                                 {std::to_string(kMaxReasonChars), std::to_string(chars)}));
}

Action::Action(CompetitionSession& session, const Login& by, Act act, const std::string& reason)
    : session_(session),
      by_(by),
      act_(act),
      reason_(reason),
      // Nobody logged in is refused by allow(); the transaction still needs a name.
      change_(session.store().begin(by.who.empty() ? Actor{{}, "nobody", reason}
                                                    : by.actor(reason))) {
    laptop_ = session_.store().setting(keys::kMaster).has_value();
    check_reason_text(reason);  // nothing is written: the transaction rolls back
}

Action::~Action() = default;

void Action::allow(const std::vector<std::string>& events) {
    check_place(act_, laptop_);
    const bool roles = roles_configured(store());
    if (events.empty()) check_permission(session_.competition(), roles, by_, act_, nullptr);
    for (const std::string& event : events) {
        session_.event(event);  // an unknown event is refused by name
        check_permission(session_.competition(), roles, by_, act_, &state(event));
    }
    allowed_ = true;
}

void Action::allow_mark(const std::string& event, const std::string& judge,
                        const std::string& aspect) {
    const Aspect* a = session_.event(event).scheme.find_aspect(aspect);
    if (!a)
        throw ActionError(format(tr("event %s has no aspect '%s'"),
                                 {session_.competition().event_words(event), aspect}));
    allow_judge(event, judge, !a->is_judgement());
}

void Action::allow_judge(const std::string& event, const std::string& judge, bool measurement) {
    check_place(act_, laptop_);
    session_.event(event);
    if (roles_configured(store()) && (by_.who.empty() || by_.role == Role::Viewer))
        throw ActionError(format(tr("log in to %s"), {act_name(act_)}));
    const Judge* j = session_.competition().find_judge(judge);
    if (!j) throw ActionError(format(tr("unknown judge '%s'"), {judge}));
    if (!j->judges(event))
        throw ActionError(format(tr("judge %s is not assigned to %s"),
                                 {judge, session_.competition().event_words(event)}));
    try {
        check_permission(session_.competition(), roles_configured(store()), by_, act_,
                         &state(event), judge, measurement);
    } catch (const ActionError&) {
        // A judge of the event acting on another's sheet: say whose it was.
        const Judge* me = session_.competition().find_judge(by_.who);
        if (by_.role == Role::Judge && by_.who != judge && !state(event).locked && me &&
            me->judges(event)) {
            if (act_ == Act::SignOff)
                throw ActionError(format(tr("only %s signs off their own sheet"), {judge}));
            throw ActionError(
                format(tr("%s may not enter or change %s's marks"), {by_.who, judge}));
        }
        throw;
    }
    allowed_ = true;
}

void Action::require_place() const {
    check_place(act_, laptop_);
}

const EventState& Action::state(const std::string& event) {
    auto it = states_.find(event);
    if (it == states_.end()) it = states_.emplace(event, store().event_state(event)).first;
    return it->second;
}

void Action::set_state(const EventState& s) {
    change_.set_event_state(s);
    states_[s.event] = s;
}

const std::vector<Contestant>& Action::contestants() {
    if (!contestants_) contestants_ = store().contestants();
    return *contestants_;
}

const Contestant& Action::contestant_at(const std::string& event, const std::string& workstation) {
    session_.event(event);
    const Contestant* c = find_at_workstation(contestants(), event, workstation);
    if (!c)
        throw ActionError(
            format(tr("no contestant at workstation %s in %s"),
                   {workstation, session_.competition().event_words(event)}));
    return *c;
}

bool Action::signed_off(const std::string& event, const std::string& workstation,
                        const std::string& judge) {
    auto it = sheets_.find(event);
    if (it == sheets_.end()) it = sheets_.emplace(event, sheet_states(store(), event)).first;
    const auto sheet = it->second.find({workstation, judge});
    return sheet != it->second.end() && sheet->second;
}

void Action::set_signed_off(const std::string& event, const std::string& workstation,
                            const std::string& judge, bool on) {
    signed_off(event, workstation, judge);  // loads the event's sheets first
    sheets_[event][{workstation, judge}] = on;
}

void Action::commit() {
    // A gate action that never asked who may act is a programming error, never a silent pass.
    if (!allowed_) throw std::logic_error("an action was committed without passing the gate");
    change_.commit();
}

}  // namespace plumb
