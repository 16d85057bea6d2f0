// The entry logs (marks, theory, timing, status): columns, payloads and row conversions.
#include "store/logs.h"

#include "store/payload.h"
#include "store/store.h"

namespace plumb {

std::string LogTable::column_list(const std::string& prefix) const {
    std::string out;
    for (const std::string& c : columns) {
        if (!out.empty()) out += ", ";
        out += prefix + c;
    }
    return out;
}

std::string LogTable::insert_sql() const {
    std::string marks;
    for (std::size_t i = 0; i < columns.size(); ++i) marks += "?, ";
    return std::string("INSERT INTO ") + table + " (" + column_list() + ", audit_seq) VALUES (" +
           marks + "?)";
}

std::string LogTable::payload(const std::vector<std::string>& values) const {
    PayloadWriter w;
    for (std::size_t i = 0; i < columns.size(); ++i)
        w.add(columns[i], i < values.size() ? values[i] : std::string());
    return w.take();
}

const LogTable& mark_log_table() {
    static const LogTable t{"mark_log",
                            "mark",
                            {"uuid", "device", "judge", "registration_no", "event", "aspect",
                             "value", "entered_at", "reason"}};
    return t;
}

const LogTable& theory_log_table() {
    static const LogTable t{"theory_log",
                            "theory",
                            {"uuid", "device", "registration_no", "score", "entered_at", "reason"}};
    return t;
}

const LogTable& timing_log_table() {
    static const LogTable t{"timing_log",
                            "timing",
                            {"uuid", "device", "registration_no", "seconds", "started", "ended",
                             "entered_at", "reason"}};
    return t;
}

const LogTable& status_log_table() {
    static const LogTable t{
        "status_log",
        "status",
        {"uuid", "device", "registration_no", "status", "entered_at", "reason"}};
    return t;
}

const std::vector<const LogTable*>& log_tables() {
    static const std::vector<const LogTable*> all = {&mark_log_table(), &theory_log_table(),
                                                     &timing_log_table(), &status_log_table()};
    return all;
}

std::vector<std::string> row_of(const MarkEntry& e) {
    return {e.uuid,   e.device, e.judge,      e.registration_no, e.event,
            e.aspect, e.value,  e.entered_at, e.reason};
}

std::vector<std::string> row_of(const TheoryEntry& e) {
    return {e.uuid, e.device, e.registration_no, e.score.str(), e.entered_at, e.reason};
}

std::vector<std::string> row_of(const TimingEntry& e) {
    return {e.uuid,  e.device, e.registration_no, std::to_string(e.seconds),
            e.start, e.end,    e.entered_at,      e.reason};
}

std::vector<std::string> row_of(const StatusEntry& e) {
    return {e.uuid, e.device, e.registration_no, to_string(e.status), e.entered_at, e.reason};
}

namespace {

std::string text(const SQLite::Statement& q, int i) {
    return q.getColumn(i).getString();
}

}  // namespace

TheoryEntry theory_from_row(const SQLite::Statement& q, int first) {
    TheoryEntry e;
    e.uuid = text(q, first);
    e.device = text(q, first + 1);
    e.registration_no = text(q, first + 2);
    const std::string score = text(q, first + 3);
    const auto parsed = Decimal::parse(score);
    if (!parsed)
        throw StoreError("theory entry " + e.uuid + ": score '" + score + "' is not a number");
    e.score = *parsed;
    e.entered_at = text(q, first + 4);
    e.reason = text(q, first + 5);
    return e;
}

TimingEntry timing_from_row(const SQLite::Statement& q, int first) {
    TimingEntry e;
    e.uuid = text(q, first);
    e.device = text(q, first + 1);
    e.registration_no = text(q, first + 2);
    e.seconds = q.getColumn(first + 3).getInt64();
    e.start = text(q, first + 4);
    e.end = text(q, first + 5);
    e.entered_at = text(q, first + 6);
    e.reason = text(q, first + 7);
    return e;
}

StatusEntry status_from_row(const SQLite::Statement& q, int first) {
    StatusEntry e;
    e.uuid = text(q, first);
    e.device = text(q, first + 1);
    e.registration_no = text(q, first + 2);
    const std::string status = text(q, first + 3);
    const auto parsed = contestant_status_from_string(status);
    if (!parsed) throw StoreError("status entry " + e.uuid + ": unknown status '" + status + "'");
    e.status = *parsed;
    e.entered_at = text(q, first + 4);
    e.reason = text(q, first + 5);
    return e;
}

}  // namespace plumb
