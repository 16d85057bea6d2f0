// Settling a measurement conflict by choosing or re-entering the value, appended with a reason.
#include "services/conflicts.h"

#include <algorithm>
#include <map>

#include "core/mark_value.h"
#include "core/translate.h"
#include "core/workstation.h"
#include "services/marks.h"

namespace plumb {

int resolve_conflict(CompetitionSession& session, const Login& by, const std::string& event,
                     const std::string& workstation, const std::string& aspect,
                     const std::string& value, const std::string& reason) {
    Action action(session, by, Act::Resolve, reason);
    action.allow({event});
    if (reason.empty()) throw ActionError(tr("settling a conflict needs a reason"));
    const Event& ev = session.event(event);
    const Contestant& c = action.contestant_at(event, workstation);
    const Aspect* a = ev.scheme.find_aspect(aspect);
    if (!a) throw ActionError(format(tr("event %s has no aspect '%s'"),
                                            {session.competition().event_words(event), aspect}));
    if (a->is_judgement())
        throw ActionError(
            format(tr("%s is scored by each judge; judgement scores do not conflict"), {aspect}));
    const ParsedMark parsed = parse_mark(*a, ev.scheme.judgement_scale, value);
    if (!parsed.ok()) throw ActionError(aspect + ": " + parsed.error());
    const std::string canonical = parsed.value().str(*a);

    std::map<std::string, std::string> current;  // judge -> current value
    for (const MarkEntry& e : action.store().mark_history(c.registration_no, aspect))
        current[e.judge] = e.value;
    std::map<std::string, int> distinct;
    for (const auto& [judge, v] : current) ++distinct[v];
    if (distinct.size() < 2)
        throw ActionError(
            format(tr("%s at workstation %s is not in conflict"), {aspect, c.workstation}));
    int appended = 0;
    for (const auto& [judge, v] : current) {
        if (v == canonical) continue;
        check_mark_rules(action, c, judge);
        MarkEntry e;
        e.judge = judge;
        e.registration_no = c.registration_no;
        e.event = event;
        e.aspect = aspect;
        e.value = canonical;
        e.reason = "conflict settled: " + reason;
        action.change().add_mark(e);
        ++appended;
    }
    action.commit();
    return appended;
}

std::vector<MeasurementConflict> measurement_conflicts(EventBook& book) {
    const std::vector<const Aspect*> aspects = book.event().scheme.aspects();
    std::vector<std::string> order;
    std::map<std::string, std::vector<MeasurementConflict>> by_workstation;
    for (int i = 0; i < static_cast<int>(book.contestants().size()); ++i) {
        const std::string& ws = book.contestants()[static_cast<std::size_t>(i)].workstation;
        const SheetResult& sheet = book.sheet(i);
        const ContestantMarks& marks = book.marks(i);
        for (std::size_t k = 0; k < aspects.size() && k < sheet.aspects.size(); ++k) {
            if (sheet.aspects[k].state != AspectState::Conflict) continue;
            MeasurementConflict c{ws, aspects[k]->id, {}};
            for (const JudgeValue& v : marks.by_aspect.at(k))
                c.values.emplace_back(v.judge, v.value.str(*aspects[k]));
            auto& list = by_workstation[ws];
            if (list.empty()) order.push_back(ws);
            list.push_back(std::move(c));
        }
    }
    sort_workstations(order);
    std::vector<MeasurementConflict> out;
    for (const std::string& ws : order)
        for (MeasurementConflict& c : by_workstation[ws]) out.push_back(std::move(c));
    return out;
}

}  // namespace plumb
