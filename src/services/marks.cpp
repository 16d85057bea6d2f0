// EnterMark: checked in the transaction, written as a mark or, under double entry, as a blind
// entry waiting for its second.
#include "services/marks.h"

#include "core/mark_value.h"
#include "core/translate.h"
#include "services/double_entry.h"
#include "services/interest.h"

namespace plumb {

void check_mark_rules(Action& action, const Contestant& c, const std::string& judge) {
    if (c.status != ContestantStatus::Active)
        throw ActionError(format(tr("workstation %s is %s: no marks are taken"),
                                 {c.workstation, tr(to_string(c.status))}));
    if (action.signed_off(c.event, c.workstation, judge))
        throw ActionError(format(tr("%s has signed off workstation %s: the chief judge must "
                                    "reopen it first"),
                                 {judge, c.workstation}));
}

void check_correction(const std::optional<std::string>& current, const std::string& value,
                      const std::string& reason, const std::string& aspect,
                      const std::string& workstation, const std::string& judge) {
    // A reason of spaces only is none.
    if (current && *current != value &&
        reason.find_first_not_of(" \t\r\n\u3000") == std::string::npos)
        throw ActionError(format(tr("%s at workstation %s already has %s from %s: a correction "
                                    "needs a reason"),
                                 {aspect, workstation, *current, judge}));
}

MarkOutcome enter_mark(CompetitionSession& session, const Login& by, const MarkRequest& q) {
    Action action(session, by, Act::EnterMark, q.reason);
    action.allow_mark(q.event, q.judge, q.aspect);
    const Contestant& c = action.contestant_at(q.event, q.workstation);
    check_mark_rules(action, c, q.judge);
    const Event& ev = session.event(q.event);
    const Aspect& a = *ev.scheme.find_aspect(q.aspect);
    const ParsedMark parsed = parse_mark(a, ev.scheme.judgement_scale, q.value);
    if (!parsed.ok()) throw ActionError(q.aspect + ": " + parsed.error());

    MarkOutcome out;
    out.value = parsed.value().str(a);
    if (has_conflict_of_interest(session, q.judge, c))
        out.interest = interest_warning_text(q.judge, c.workstation);
    if (action.state(q.event).double_entry) {
        std::string typist = by.who;
        if (!q.operator_name.empty()) typist += "/" + q.operator_name;
        out.result = enter_blind(action, c, q.judge, q.aspect, out.value, typist);
        if (out.result != MarkResult::Unchanged) action.commit();
        return out;
    }
    const std::optional<std::string> current =
        session.store().current_mark(q.judge, c.registration_no, q.aspect);
    if (current && *current == out.value) {
        out.result = MarkResult::Unchanged;
        return out;  // nothing written; the transaction ends unused
    }
    check_correction(current, out.value, q.reason, q.aspect, c.workstation, q.judge);
    MarkEntry e;
    e.judge = q.judge;
    e.registration_no = c.registration_no;
    e.event = q.event;
    e.aspect = q.aspect;
    e.value = out.value;
    e.reason = q.reason;
    e.device = session.store().device_id();
    e.uuid = new_uuid(e.device);
    e.entered_at = utc_now();
    action.change().add_mark(e);
    action.commit();
    out.result = MarkResult::Recorded;
    out.entry = e;
    return out;
}

}  // namespace plumb
