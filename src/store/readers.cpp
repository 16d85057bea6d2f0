// Reading the competition back: roster with current statuses, judges, the logs, the audit log.
#include <sqlite3.h>

#include <functional>

#include "store/audit_chain.h"
#include "store/logs.h"
#include "store/state.h"
#include "store/store_impl.h"

namespace plumb {

namespace {

// Every row of a log in log order, optionally only those of one event (marks).
template <class Entry, class Read>
std::vector<Entry> load_log(Connection& s, const LogTable& t, Read read,
                            const std::string* event = nullptr) {
    const std::string where = event ? " WHERE event = ?" : "";
    std::vector<Entry> out;
    {
        Prepared count(s, std::string("SELECT count(*) FROM ") + t.table + where);
        if (event) count->bindNoCopy(1, *event);
        if (count->executeStep())
            out.reserve(static_cast<std::size_t>(count->getColumn(0).getInt64()));
    }
    Prepared q(s, "SELECT " + t.column_list() + " FROM " + t.table + where + " ORDER BY seq");
    if (event) q->bindNoCopy(1, *event);
    while (q->executeStep()) out.push_back(read(*q, 0));
    return out;
}

// Marks are the bulk of a competition (hundreds of thousands of rows), so they are read
// through SQLite's C API (a third faster than through SQLiteCpp's Column objects) into one
// reused entry, so visiting them allocates nothing.
void scan_marks(Connection& s, const std::string* event,
                const std::function<void(const MarkEntry&)>& visit) {
    const std::string where = event ? " WHERE event = ?" : "";
    sqlite3* db = s.db.getHandle();
    const std::string sql =
        "SELECT " + mark_log_table().column_list() + " FROM mark_log" + where + " ORDER BY seq";
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &raw, nullptr);
    if (rc != SQLITE_OK) throw SQLite::Exception(db, rc);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> q(raw, sqlite3_finalize);
    if (event) sqlite3_bind_text(raw, 1, event->data(), static_cast<int>(event->size()), nullptr);
    auto set = [raw](std::string& to, int column) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(raw, column));
        to.assign(text ? text : "", static_cast<std::size_t>(sqlite3_column_bytes(raw, column)));
    };
    MarkEntry e;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        set(e.uuid, 0);
        set(e.device, 1);
        set(e.judge, 2);
        set(e.registration_no, 3);
        set(e.event, 4);
        set(e.aspect, 5);
        set(e.value, 6);
        set(e.entered_at, 7);
        set(e.reason, 8);
        visit(e);
    }
    if (rc != SQLITE_DONE) throw SQLite::Exception(db, rc);
}

// An event's marks in log order, four columns viewed in place: ranking reads nothing else.
void scan_cells(Connection& s, const std::string& event,
                const std::function<void(const MarkCell&)>& visit) {
    sqlite3* db = s.db.getHandle();
    // Each page is read once: a small cache spares filling 64 MB that nothing reads again.
    sqlite3_exec(db, "PRAGMA cache_size = -4096", nullptr, nullptr, nullptr);
    const std::unique_ptr<sqlite3, void (*)(sqlite3*)> restore(db, [](sqlite3* d) {
        const std::string back = "PRAGMA cache_size = -" + std::to_string(kCacheKiB);
        sqlite3_exec(d, back.c_str(), nullptr, nullptr, nullptr);
    });
    const char* sql =
        "SELECT judge, registration_no, aspect, value FROM mark_log WHERE event = ? ORDER BY seq";
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &raw, nullptr);
    if (rc != SQLITE_OK) throw SQLite::Exception(db, rc);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> q(raw, sqlite3_finalize);
    sqlite3_bind_text(raw, 1, event.data(), static_cast<int>(event.size()), nullptr);
    auto text = [raw](int column) {
        const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(raw, column));
        return std::string_view(t ? t : "",
                                static_cast<std::size_t>(sqlite3_column_bytes(raw, column)));
    };
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW)
        visit(MarkCell{text(0), text(1), text(2), text(3)});
    if (rc != SQLITE_DONE) throw SQLite::Exception(db, rc);
}

std::vector<MarkEntry> load_marks(Connection& s, const std::string* event) {
    const std::string where = event ? " WHERE event = ?" : "";
    std::vector<MarkEntry> out;
    {
        // Counting first keeps the vector at its final size instead of up to twice that.
        Prepared count(s, "SELECT count(*) FROM mark_log" + where);
        if (event) count->bindNoCopy(1, *event);
        if (count->executeStep())
            out.reserve(static_cast<std::size_t>(count->getColumn(0).getInt64()));
    }
    scan_marks(s, event, [&out](const MarkEntry& e) { out.push_back(e); });
    return out;
}

}  // namespace

namespace {

// Contestants with the status of their latest status entry, in registration order.
std::vector<Contestant> load_contestants(Connection& s, const std::string& where,
                                         const std::vector<std::string>& params) {
    std::vector<Contestant> out;
    Prepared q(s, std::string("SELECT ") + kContestantColumns +
                      ", (SELECT status FROM status_log s"
                      "   WHERE s.registration_no = contestants.registration_no"
                      "   ORDER BY s.seq DESC LIMIT 1)"
                      ", (SELECT reason FROM status_log s"
                      "   WHERE s.registration_no = contestants.registration_no"
                      "   ORDER BY s.seq DESC LIMIT 1)"
                      " FROM contestants" +
                      where + " ORDER BY seq");
    for (std::size_t i = 0; i < params.size(); ++i)
        q->bindNoCopy(static_cast<int>(i + 1), params[i]);
    while (q->executeStep()) {
        Contestant c = contestant_from_row(*q);
        if (!q->getColumn(9).isNull()) {
            const std::string status = q->getColumn(9).getString();
            const auto parsed = contestant_status_from_string(status);
            if (!parsed)
                throw StoreError("contestant " + c.registration_no + ": unknown status '" + status +
                                 "'");
            c.status = *parsed;
            c.status_reason = q->getColumn(10).getString();
        }
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace

std::vector<Contestant> Store::contestants() const {
    return guarded_read("cannot read the contestants",
                        [this] { return load_contestants(*impl_, "", {}); });
}

std::optional<Contestant> Store::contestant_at(const std::string& event,
                                               const std::string& workstation) const {
    return guarded_read("cannot read the contestants", [&]() -> std::optional<Contestant> {
        auto found =
            load_contestants(*impl_, " WHERE event = ? AND workstation = ?", {event, workstation});
        if (found.empty()) return std::nullopt;
        return std::move(found.front());
    });
}

std::vector<Judge> Store::judges() const {
    return guarded_read("cannot read the judges", [this] {
        std::vector<Judge> out;
        {
            Prepared q(*impl_, "SELECT code, name, employer FROM judges ORDER BY rowid");
            while (q->executeStep())
                out.push_back(Judge{q->getColumn(0).getString(),
                                    q->getColumn(1).getString(),
                                    q->getColumn(2).getString(),
                                    {}});
        }
        Prepared q(*impl_, "SELECT judge, event FROM judge_events ORDER BY rowid");
        while (q->executeStep()) {
            const std::string code = q->getColumn(0).getString();
            for (Judge& j : out)
                if (j.code == code) j.events.push_back(q->getColumn(1).getString());
        }
        return out;
    });
}

std::vector<MarkEntry> Store::marks() const {
    return guarded_read("cannot read the marks", [this] { return load_marks(*impl_, nullptr); });
}

std::vector<MarkEntry> Store::marks(const std::string& event) const {
    return guarded_read("cannot read the marks of " + event,
                        [&] { return load_marks(*impl_, &event); });
}

void Store::scan_marks(const std::string& event,
                       const std::function<void(const MarkEntry&)>& visit) const {
    guarded_read("cannot read the marks of " + event, [&] {
        plumb::scan_marks(*impl_, &event, visit);
        return 0;
    });
}

void Store::scan_mark_cells(const std::string& event,
                            const std::function<void(const MarkCell&)>& visit) const {
    guarded_read("cannot read the marks of " + event, [&] {
        scan_cells(*impl_, event, visit);
        return 0;
    });
}

std::optional<std::string> Store::current_mark(const std::string& judge,
                                               const std::string& registration_no,
                                               const std::string& aspect) const {
    return guarded_read("cannot read the marks", [&]() -> std::optional<std::string> {
        Prepared q(
            *impl_,
            "SELECT value FROM mark_log WHERE registration_no = ? AND aspect = ? AND judge = ?"
            " ORDER BY seq DESC LIMIT 1");
        q->bindNoCopy(1, registration_no);
        q->bindNoCopy(2, aspect);
        q->bindNoCopy(3, judge);
        if (!q->executeStep()) return std::nullopt;
        return q->getColumn(0).getString();
    });
}

std::vector<TheoryEntry> Store::theory() const {
    return guarded_read("cannot read the theory scores", [this] {
        return load_log<TheoryEntry>(*impl_, theory_log_table(), theory_from_row);
    });
}

std::vector<TimingEntry> Store::timings() const {
    return guarded_read("cannot read the times", [this] {
        return load_log<TimingEntry>(*impl_, timing_log_table(), timing_from_row);
    });
}

std::vector<StatusEntry> Store::statuses() const {
    return guarded_read("cannot read the statuses", [this] {
        return load_log<StatusEntry>(*impl_, status_log_table(), status_from_row);
    });
}

std::vector<AuditRecord> Store::audit_log() const {
    return guarded_read("cannot read the audit log", [this] {
        std::vector<AuditRecord> out;
        Prepared q(*impl_, std::string("SELECT ") + kAuditColumns + " FROM audit ORDER BY seq");
        while (q->executeStep()) out.push_back(audit_from_row(*q));
        return out;
    });
}

std::int64_t Store::mark_count() const {
    return guarded_read("cannot count the marks", [this] {
        Prepared q(*impl_, "SELECT count(*) FROM mark_log");
        q->executeStep();
        return q->getColumn(0).getInt64();
    });
}

std::vector<std::string> Store::integrity_check() const {
    return guarded_read("cannot check the database", [this] {
        std::vector<std::string> out;
        Prepared q(*impl_, "PRAGMA integrity_check");
        while (q->executeStep()) out.push_back(q->getColumn(0).getString());
        return out;
    });
}

}  // namespace plumb
