// The four CSV imports: parsed by plumb_io, checked and written through the gate.
#include "services/importing.h"

#include <map>
#include <set>
#include <tuple>

#include "io/csv.h"
#include "io/import_errors.h"
#include "io/marks_csv.h"
#include "io/roster_csv.h"
#include "io/theory_csv.h"
#include "io/timing_csv.h"
#include "core/translate.h"
#include "services/double_entry.h"
#include "services/marks.h"

namespace plumb {

namespace {

std::string import_payload(const std::filesystem::path& csv, const ImportSummary& s) {
    return "file=" + csv.filename().string() + "\nadded=" + std::to_string(s.added) +
           "\nunchanged=" + std::to_string(s.unchanged) + "\n";
}

// The gate for a whole file: who may act on each event it touches, none of them locked.
// A refusal names the file.
void allow_file(Action& action, const std::set<std::string>& events, const std::string& file) {
    try {
        action.allow(std::vector<std::string>(events.begin(), events.end()));
    } catch (const ActionError& e) {
        throw ActionError(file + ": " + e.what());
    }
}

// The events of the registration numbers a theory or timing file names.
std::set<std::string> events_of(Action& action, const std::set<std::string>& registrations) {
    std::set<std::string> out;
    for (const Contestant& c : action.contestants())
        if (registrations.count(c.registration_no)) out.insert(c.event);
    return out;
}

}  // namespace

ImportSummary import_roster(CompetitionSession& session, const Login& by,
                            const std::filesystem::path& csv) {
    const CsvTable table = read_csv_file(csv);
    Action action(session, by, Act::ImportRoster);
    const auto rows = parse_roster(table, session.competition(), action.contestants());
    std::set<std::string> events;
    for (const Contestant& c : rows) events.insert(c.event);
    allow_file(action, events, table.file);
    ImportSummary summary;
    for (const Contestant& c : rows) {
        action.change().add_contestant(c);
        ++summary.added;
    }
    action.change().audit("import", "roster", import_payload(csv, summary));
    action.commit();
    return summary;
}

ImportSummary import_marks(CompetitionSession& session, const Login& by,
                           const std::filesystem::path& csv) {
    const CsvTable table = read_csv_file(csv);
    Action action(session, by, Act::ImportMarks);
    const auto rows =
        parse_marks(table, session.competition(), session.competition().judges, action.contestants());
    std::set<std::string> events;
    for (const MarkRow& r : rows) events.insert(r.event);
    allow_file(action, events, table.file);

    // Current value per (judge, contestant, aspect): equal rows are skipped, changed ones need
    // a reason (a correction), which a batch file cannot give.
    std::map<std::tuple<std::string, std::string, std::string>, std::string> current;
    for (const std::string& event : events)
        action.store().scan_marks(event, [&current](const MarkEntry& e) {
            current[{e.judge, e.registration_no, e.aspect}] = e.value;
        });
    std::map<std::string, const Contestant*> by_registration;
    for (const Contestant& c : action.contestants()) by_registration[c.registration_no] = &c;
    ErrorList errors(table.file);
    for (const MarkRow& r : rows) {
        const auto it = current.find({r.judge, r.registration_no, r.aspect});
        if (it != current.end() && it->second != r.value) {
            errors.add(r.line, "value",
                       format(tr("%s already entered %s for %s at workstation %s; a correction "
                                 "needs a reason, which a file cannot give"),
                              {r.judge, it->second, r.aspect, r.workstation}));
            continue;
        }
        try {
            check_mark_rules(action, *by_registration.at(r.registration_no), r.judge);
        } catch (const ActionError& e) {
            errors.add(r.line, "workstation", e.what());
        }
    }
    errors.throw_if_any();

    ImportSummary summary;
    for (const MarkRow& r : rows) {
        if (current.count({r.judge, r.registration_no, r.aspect})) {
            ++summary.unchanged;
            continue;
        }
        if (action.state(r.event).double_entry) {
            const MarkResult result = enter_blind(action, *by_registration.at(r.registration_no),
                                                  r.judge, r.aspect, r.value, by.who);
            ++(result == MarkResult::Unchanged ? summary.unchanged : summary.added);
            continue;
        }
        MarkEntry e;
        e.judge = r.judge;
        e.registration_no = r.registration_no;
        e.event = r.event;
        e.aspect = r.aspect;
        e.value = r.value;
        action.change().add_mark(e);
        ++summary.added;
    }
    action.change().audit("import", "marks", import_payload(csv, summary));
    action.commit();
    return summary;
}

ImportSummary import_timing(CompetitionSession& session, const Login& by,
                            const std::filesystem::path& csv) {
    const CsvTable table = read_csv_file(csv);
    Action action(session, by, Act::ImportTiming);
    const auto rows = parse_timing(table, session.competition(), action.contestants());
    std::set<std::string> registrations;
    for (const TimingRow& r : rows) registrations.insert(r.registration_no);
    allow_file(action, events_of(action, registrations), table.file);
    std::map<std::string, std::int64_t> current;
    for (const TimingEntry& e : action.store().timings()) current[e.registration_no] = e.seconds;
    ImportSummary summary;
    for (const TimingRow& r : rows) {
        const auto it = current.find(r.registration_no);
        if (it != current.end() && it->second == r.seconds) {
            ++summary.unchanged;
            continue;
        }
        TimingEntry e;
        e.registration_no = r.registration_no;
        e.seconds = r.seconds;
        e.start = r.start;
        e.end = r.end;
        if (it != current.end()) e.reason = "re-imported from " + csv.filename().string();
        action.change().add_timing(e);
        ++summary.added;
    }
    action.change().audit("import", "timing", import_payload(csv, summary));
    action.commit();
    return summary;
}

ImportSummary import_theory(CompetitionSession& session, const Login& by,
                            const std::filesystem::path& csv) {
    const CsvTable table = read_csv_file(csv);
    Action action(session, by, Act::ImportTheory);
    const auto rows = parse_theory(table, action.contestants());
    std::set<std::string> registrations;
    for (const TheoryRow& r : rows) registrations.insert(r.registration_no);
    allow_file(action, events_of(action, registrations), table.file);
    std::map<std::string, Decimal> current;
    for (const TheoryEntry& e : action.store().theory()) current[e.registration_no] = e.score;
    ImportSummary summary;
    for (const TheoryRow& r : rows) {
        const auto it = current.find(r.registration_no);
        if (it != current.end() && it->second == r.score) {
            ++summary.unchanged;
            continue;
        }
        TheoryEntry e;
        e.registration_no = r.registration_no;
        e.score = r.score;
        if (it != current.end()) e.reason = "re-imported from " + csv.filename().string();
        action.change().add_theory(e);
        ++summary.added;
    }
    action.change().audit("import", "theory", import_payload(csv, summary));
    action.commit();
    return summary;
}

}  // namespace plumb
