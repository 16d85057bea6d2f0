// The four CSV imports: parsed and checked whole by plumb_io, then written in one transaction.
#include "core/mark_value.h"
#include "io/csv.h"
#include "io/file_bytes.h"
#include "io/marks_csv.h"
#include "io/roster_csv.h"
#include "io/theory_csv.h"
#include "io/timing_csv.h"
#include "services/competition_session.h"
#include "services/result_state.h"
#include "services/signoff.h"

#include <map>
#include <set>
#include <tuple>

namespace plumb {

namespace {

CsvTable read_table(const std::filesystem::path& csv) {
    return parse_csv(read_file_bytes(csv), csv.filename().string());
}

std::string import_payload(const std::filesystem::path& csv, const ImportSummary& s) {
    return "file=" + csv.filename().string() + "\nadded=" + std::to_string(s.added) +
           "\nunchanged=" + std::to_string(s.unchanged) + "\n";
}

}  // namespace

ImportSummary CompetitionSession::import_roster(const std::filesystem::path& csv,
                                                const Actor& actor) {
    const CsvTable table = read_table(csv);
    const auto rows = parse_roster(table, *competition_, store_.contestants());
    ImportSummary summary;
    Change change = store_.begin(actor);
    for (const Contestant& c : rows) {
        change.add_contestant(c);
        ++summary.added;
    }
    change.audit("import", "roster", import_payload(csv, summary));
    change.commit();
    return summary;
}

ImportSummary CompetitionSession::import_marks(const std::filesystem::path& csv,
                                               const Actor& actor) {
    const CsvTable table = read_table(csv);
    const auto all = store_.contestants();
    const auto rows = parse_marks(table, *competition_, competition_->judges, all);

    // Current value per (judge, contestant, aspect): equal rows are skipped, changed ones need
    // a reason (a correction), which a batch file cannot give.
    std::map<std::tuple<std::string, std::string, std::string>, std::string> current;
    for (const MarkEntry& e : store_.marks())
        current[{e.judge, e.registration_no, e.aspect}] = e.value;
    ErrorList errors(table.file);
    // New rows for a locked event or a signed-off sheet are refused as in plumb mark.
    std::map<std::string, bool> locked;
    std::set<std::tuple<std::string, std::string, std::string>> signed_sheets;
    for (const Event& ev : competition_->events) {
        locked[ev.code] = result_state(store_, ev.code).locked;
        for (const SignOff& s : signed_off(store_, ev.code))
            signed_sheets.insert({ev.code, s.workstation, s.judge});
    }
    for (const MarkRow& r : rows) {
        if (current.count({r.judge, r.registration_no, r.aspect})) continue;  // nothing new
        if (locked[r.event])
            errors.add(r.line, "event", r.event + " is locked: a change is an appeal");
        else if (signed_sheets.count({r.event, r.workstation, r.judge}))
            errors.add(r.line, "judge",
                       r.judge + " has signed off workstation " + r.workstation +
                           ": the chief judge must reopen it first");
    }
    for (const MarkRow& r : rows) {
        const auto it = current.find({r.judge, r.registration_no, r.aspect});
        if (it != current.end() && it->second != r.value)
            errors.add(r.line, "value",
                       r.judge + " already entered " + it->second + " for " + r.aspect +
                           " at workstation " + r.workstation +
                           "; correct it with a reason (plumb mark --reason)");
    }
    errors.throw_if_any();

    ImportSummary summary;
    Change change = store_.begin(actor);
    for (const MarkRow& r : rows) {
        if (current.count({r.judge, r.registration_no, r.aspect})) {
            ++summary.unchanged;
            continue;
        }
        MarkEntry e;
        e.judge = r.judge;
        e.registration_no = r.registration_no;
        e.event = r.event;
        e.aspect = r.aspect;
        e.value = r.value;
        change.add_mark(e);
        ++summary.added;
    }
    change.audit("import", "marks", import_payload(csv, summary));
    change.commit();
    return summary;
}

ImportSummary CompetitionSession::import_timing(const std::filesystem::path& csv,
                                                const Actor& actor) {
    const CsvTable table = read_table(csv);
    const auto rows = parse_timing(table, *competition_, store_.contestants());
    std::map<std::string, std::int64_t> current;
    for (const TimingEntry& e : store_.timings()) current[e.registration_no] = e.seconds;
    ImportSummary summary;
    Change change = store_.begin(actor);
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
        change.add_timing(e);
        ++summary.added;
    }
    change.audit("import", "timing", import_payload(csv, summary));
    change.commit();
    return summary;
}

ImportSummary CompetitionSession::import_theory(const std::filesystem::path& csv,
                                                const Actor& actor) {
    const CsvTable table = read_table(csv);
    const auto rows = parse_theory(table, store_.contestants());
    std::map<std::string, Decimal> current;
    for (const TheoryEntry& e : store_.theory()) current[e.registration_no] = e.score;
    ImportSummary summary;
    Change change = store_.begin(actor);
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
        change.add_theory(e);
        ++summary.added;
    }
    change.audit("import", "theory", import_payload(csv, summary));
    change.commit();
    return summary;
}

}  // namespace plumb
