// Collects every open problem of the competition's events and the database's health.
#include "services/check.h"

#include "core/translate.h"
#include "services/interest.h"
#include "services/viewing.h"

namespace plumb {

namespace {

const char* kind_name(SheetIssue::Kind k) {
    switch (k) {
        case SheetIssue::Kind::Missing: return "missing";
        case SheetIssue::Kind::Conflict: return "conflict";
        case SheetIssue::Kind::TooFewJudges: return "too_few_judges";
        case SheetIssue::Kind::Invalid: return "invalid";
        case SheetIssue::Kind::NoTheory: return "theory";
        case SheetIssue::Kind::NoTime: return "time";
    }
    return "?";
}

EventCheck check_event(const CompetitionSession& session, const Login& by, const Event& ev) {
    EventCheck out;
    out.event = ev.code;
    EventBook book = session.book(ev.code);
    out.contestants = static_cast<int>(book.contestants().size());
    for (int i = 0; i < out.contestants; ++i) {
        const Contestant& c = book.contestants()[static_cast<std::size_t>(i)];
        const SheetResult& s = book.sheet(i);
        if (s.status == RowStatus::Complete)
            ++out.complete;
        else if (s.status == RowStatus::Incomplete)
            ++out.incomplete;
        else
            ++out.not_competing;
        if (s.status == RowStatus::Incomplete)
            for (const SheetIssue& issue : s.issues)
                out.items.push_back({ev.code, c.workstation, c.registration_no,
                                     kind_name(issue.kind), issue.aspect, issue.detail});
        for (const SpreadFlag& f : s.flags)
            out.items.push_back({ev.code, c.workstation, c.registration_no, "spread", f.aspect,
                                 format(tr("scores %s to %s"), {f.low.str(), f.high.str()})});
    }
    // Marks by a judge of the contestant's own employer: flagged, not blocking (执裁回避).
    for (const InterestFlag& f : interest_flags(session, ev.code)) {
        std::string aspects;
        for (const std::string& a : f.aspects) aspects += (aspects.empty() ? "" : ",") + a;
        out.items.push_back({ev.code, f.workstation, f.registration_no, "interest", aspects,
                             format(tr("%s works for the contestant's employer"), {f.judge})});
    }
    if (!names_visible(session, ev.code, by))
        for (CheckItem& i : out.items) i.registration_no.clear();
    return out;
}

}  // namespace

CheckReport check_competition(const CompetitionSession& session, const Login& by,
                              const std::string& event) {
    CheckReport report;
    if (!event.empty()) {
        report.events.push_back(check_event(session, by, session.event(event)));
    } else {
        for (const Event& ev : session.competition().events)
            report.events.push_back(check_event(session, by, ev));
    }
    report.integrity = session.store().integrity_check();
    for (const AuditProblem& p : session.store().verify_audit())
        report.audit_problems.push_back(p.reason);
    return report;
}

}  // namespace plumb
