// verify_audit(): the chain, then every log row and state row against its audit record.
#include <sodium.h>

#include <cctype>
#include <cstdint>
#include <map>

#include "store/audit_chain.h"
#include "store/blinding.h"
#include "store/event_state.h"
#include "store/logs.h"
#include "store/payload.h"
#include "store/secrets.h"
#include "store/state.h"
#include "store/store_impl.h"

namespace plumb {

namespace {

std::string num(std::int64_t n) {
    return std::to_string(n);
}

std::string differ(const std::vector<std::string>& keys) {
    if (keys.empty()) return "content differs";
    return list_names(keys) + (keys.size() == 1 ? " differs" : " differ");
}

// The device that created this file: the one whose records describe its tables. Read from
// its first store.create record rather than the "device" setting, which is itself checked.
std::string own_device(Connection& s) {
    Prepared q(s, "SELECT device FROM audit WHERE action = 'store.create' ORDER BY seq LIMIT 1");
    return q->executeStep() ? q->getColumn(0).getString() : s.device;
}

// A row received from another device names its contestant here; its audit record, written on
// that device, names them by the device's blinded token (store/blinding.h).
class ReceivedRows {
public:
    ReceivedRows(Connection& s, const LogTable& t) : own_(own_device(s)) {
        for (std::size_t i = 0; i < t.columns.size(); ++i)
            if (t.columns[i] == "registration_no") column_ = i;
        Prepared q(s, "SELECT value FROM settings WHERE key = ?");
        q->bind(1, kBlindingKeySetting);
        if (q->executeStep()) key_ = q->getColumn(0).getString();
    }
    // The row as its device wrote it, when `device` is another one.
    bool as_written(const std::string& device, std::vector<std::string>& row) const {
        if (device == own_ || key_.empty() || column_ >= row.size()) return false;
        try {
            row[column_] = blind_token(key_, device, row[column_]);
        } catch (const StoreError&) {
            return false;
        }
        return true;
    }

private:
    std::string own_;
    std::string key_;
    std::size_t column_ = SIZE_MAX;
};

// Each log row must match the payload of the audit record it names, and each audit record of
// that kind must still have its row.
void verify_log(Connection& s, const LogTable& t, std::vector<AuditProblem>& problems) {
    {
        const ReceivedRows received(s, t);
        Prepared q(s, "SELECT l.seq, l.audit_seq, a.action, a.payload, a.device, " +
                          t.column_list("l.") + " FROM " + t.table +
                          " l LEFT JOIN audit a ON a.seq = l.audit_seq" + " ORDER BY l.seq");
        // Rows go in right after their audit records, so both count up together: a current
        // value is the latest row, and renumbering rows would change it behind the log's back.
        std::int64_t last_seq = 0, last_audit_seq = 0;
        while (q->executeStep()) {
            const std::int64_t seq = q->getColumn(0).getInt64();
            const std::string audit_seq = q->getColumn(1).getString();
            if (q->getColumn(1).getInt64() <= last_audit_seq)
                problems.push_back({seq,
                                    std::string(t.table) + " row " + num(seq) +
                                        ": its audit record " + audit_seq + " is not later than " +
                                        num(last_audit_seq) + ", that of row " + num(last_seq) +
                                        " before it (the rows were renumbered)",
                                    t.table});
            last_seq = seq;
            last_audit_seq = q->getColumn(1).getInt64();
            std::vector<std::string> row;
            for (std::size_t i = 0; i < t.columns.size(); ++i)
                row.push_back(q->getColumn(static_cast<int>(5 + i)).getString());
            const std::string label =
                std::string(t.table) + " row " + num(seq) + " (uuid " + row.front() + "): ";
            if (q->getColumn(2).isNull()) {
                problems.push_back(
                    {seq, label + "its audit record " + audit_seq + " is missing", t.table});
                continue;
            }
            const std::string action = q->getColumn(2).getString();
            if (action != t.action) {
                problems.push_back({seq,
                                    label + "its audit record " + audit_seq + " is a '" + action +
                                        "' record, not a '" + t.action + "' record",
                                    t.table});
                continue;
            }
            const std::string recorded = q->getColumn(3).getString();
            std::string rebuilt = t.payload(row);
            if (rebuilt != recorded && received.as_written(q->getColumn(4).getString(), row))
                rebuilt = t.payload(row);
            if (rebuilt == recorded) continue;
            const auto keys = differing_keys(parse_payload(rebuilt), parse_payload(recorded));
            problems.push_back(
                {seq, label + differ(keys) + " from its audit record " + audit_seq, t.table});
        }
    }
    Prepared orphans(s, std::string("SELECT a.seq, a.payload FROM audit a WHERE a.action = ? "
                                    "AND NOT EXISTS (SELECT 1 FROM ") +
                            t.table + " l WHERE l.audit_seq = a.seq) ORDER BY a.seq");
    orphans->bind(1, t.action);
    while (orphans->executeStep()) {
        const std::int64_t seq = orphans->getColumn(0).getInt64();
        const std::string uuid = field(parse_payload(orphans->getColumn(1).getString()), "uuid");
        problems.push_back({seq, "audit record " + num(seq) + " (" + t.action + " " + uuid +
                                     "): its " + t.table + " row is missing"});
    }
}

// The latest audit record describing each row of a state table, by the row's key.
struct Expected {
    std::int64_t seq = 0;
    PayloadFields fields;
};
using ExpectedRows = std::map<std::string, Expected>;

// Fields of a payload that describe the row (not "old.*" values, not the reason).
PayloadFields row_fields(const PayloadFields& payload) {
    PayloadFields out;
    for (const auto& [k, v] : payload)
        if (k != "reason" && k.rfind("old.", 0) != 0) out.emplace_back(k, v);
    return out;
}

// Only this database's own records describe its tables: records received from laptops
// describe theirs (a laptop's blinded roster, its settings).
ExpectedRows latest_records(Connection& s, const std::string& where) {
    ExpectedRows out;
    Prepared q(s, "SELECT seq, action, subject, payload FROM audit WHERE device = ? AND (" + where +
                      ") ORDER BY seq");
    q->bind(1, own_device(s));
    while (q->executeStep()) {
        const std::int64_t seq = q->getColumn(0).getInt64();
        const std::string action = q->getColumn(1).getString();
        std::string subject = q->getColumn(2).getString();
        PayloadFields fields = row_fields(parse_payload(q->getColumn(3).getString()));
        if (action == "store.create") {  // the device id is the "device" setting
            fields = {{"key", "device"}, {"value", field(fields, "device")}};
            subject = "device";
        }
        out[subject] = Expected{seq, std::move(fields)};
    }
    return out;
}

// One row of a state table as the fields its audit payload describes.
struct StateRow {
    std::int64_t seq;  // seq or rowid, to name the row
    std::string key;   // the subject of its audit records
    PayloadFields fields;
};

// Compares the rows of one state table with the latest audit record of each.
void verify_state(Connection& s, const std::string& table, const std::string& where,
                  const std::vector<StateRow>& rows, std::vector<AuditProblem>& problems) {
    ExpectedRows expected = latest_records(s, where);
    for (const StateRow& row : rows) {
        const std::string label = table + " row " + num(row.seq) + " (" + row.key + "): ";
        const auto found = expected.find(row.key);
        if (found == expected.end()) {
            problems.push_back({row.seq, label + "no audit record describes it", table});
            continue;
        }
        const auto keys = differing_keys(row.fields, found->second.fields);
        if (!keys.empty())
            problems.push_back(
                {row.seq,
                 label + differ(keys) + " from its latest audit record " + num(found->second.seq),
                 table});
        expected.erase(found);
    }
    for (const auto& [key, e] : expected)
        problems.push_back({e.seq, "audit record " + num(e.seq) + " (" + key + "): its " + table +
                                       " row is missing"});
}

std::vector<StateRow> contestant_rows(Connection& s) {
    std::vector<StateRow> rows;
    Prepared q(s,
               std::string("SELECT seq, ") + kContestantColumns + " FROM contestants ORDER BY seq");
    while (q->executeStep()) {
        const Contestant c = contestant_from_row(*q, 1);
        rows.push_back({q->getColumn(0).getInt64(), c.registration_no, contestant_fields(c)});
    }
    return rows;
}

std::vector<StateRow> judge_rows(Connection& s) {
    std::map<std::string, std::vector<std::string>> events;
    {
        Prepared q(s, "SELECT judge, event FROM judge_events ORDER BY rowid");
        while (q->executeStep())
            events[q->getColumn(0).getString()].push_back(q->getColumn(1).getString());
    }
    std::vector<StateRow> rows;
    Prepared q(s, "SELECT rowid, code, name, employer FROM judges ORDER BY rowid");
    while (q->executeStep()) {
        Judge j{q->getColumn(1).getString(),
                q->getColumn(2).getString(),
                q->getColumn(3).getString(),
                {}};
        j.events = events[j.code];
        rows.push_back({q->getColumn(0).getInt64(), j.code, judge_fields(j)});
    }
    return rows;
}

// Rows of a two-column table (settings, sources): key column, value column.
std::vector<StateRow> named_rows(Connection& s, const std::string& table, const std::string& key,
                                 const std::string& value) {
    std::vector<StateRow> rows;
    Prepared q(s, "SELECT rowid, " + key + ", " + value + " FROM " + table + " ORDER BY rowid");
    while (q->executeStep()) {
        const std::string name = q->getColumn(1).getString();
        std::string text = q->getColumn(2).getString();
        // A secret's audit record holds its digest, never the value.
        if (table == "settings" && is_secret_setting(name))
            rows.push_back({q->getColumn(0).getInt64(), name,
                            PayloadFields{{key, name}, {value + ".blake2b", secret_digest(text)}}});
        else
            rows.push_back({q->getColumn(0).getInt64(), name,
                            PayloadFields{{key, name}, {value, std::move(text)}}});
    }
    return rows;
}

// Trusted devices (not this one) and kept packets, as their audit payloads describe them.
std::vector<StateRow> device_rows(Connection& s) {
    std::vector<StateRow> rows;
    const std::string own = own_device(s);
    Prepared q(s, "SELECT rowid, id, name, hex(public_key), added_at FROM devices ORDER BY rowid");
    while (q->executeStep()) {
        const std::string id = q->getColumn(1).getString();
        if (id == own) continue;  // store.create describes it
        std::string key = q->getColumn(3).getString();
        for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        rows.push_back({q->getColumn(0).getInt64(), id,
                        PayloadFields{{"id", id},
                                      {"name", q->getColumn(2).getString()},
                                      {"public_key", key},
                                      {"added_at", q->getColumn(4).getString()}}});
    }
    return rows;
}

std::vector<StateRow> packet_rows(Connection& s) {
    std::vector<StateRow> rows;
    Prepared q(s,
               "SELECT seq, hash, device, signature, received_at, records, bytes FROM packets "
               "ORDER BY seq");
    while (q->executeStep()) {
        const SQLite::Column bytes = q->getColumn(6);
        const std::string data(static_cast<const char*>(bytes.getBlob()),
                               static_cast<std::size_t>(bytes.getBytes()));
        const std::string hash = q->getColumn(1).getString();
        rows.push_back({q->getColumn(0).getInt64(), hash,
                        PayloadFields{{"hash", hash},
                                      {"device", q->getColumn(2).getString()},
                                      {"signature", q->getColumn(3).getString()},
                                      {"received_at", q->getColumn(4).getString()},
                                      {"records", q->getColumn(5).getString()},
                                      {"bytes.blake2b", secret_digest(data)}}});
    }
    return rows;
}

std::vector<StateRow> event_state_rows(Connection& s) {
    std::vector<StateRow> rows;
    std::int64_t n = 0;
    for (const EventState& e : read_event_states(s))
        rows.push_back({++n, e.event, event_state_fields(e)});
    return rows;
}

void verify_state_tables(Connection& s, std::vector<AuditProblem>& problems) {
    verify_state(s, "contestants", "action IN ('contestant.add', 'contestant.update')",
                 contestant_rows(s), problems);
    verify_state(s, "judges", "action = 'judge'", judge_rows(s), problems);
    verify_state(s, "settings", "action IN ('setting', 'store.create')",
                 named_rows(s, "settings", "key", "value"), problems);
    verify_state(s, "sources", "action = 'source'", named_rows(s, "sources", "name", "text"),
                 problems);
    verify_state(s, "devices", "action = 'device'", device_rows(s), problems);
    verify_state(s, "packets", "action = 'packet'", packet_rows(s), problems);
    verify_state(s, "event_state", "action = 'event.state'", event_state_rows(s), problems);
}

}  // namespace

std::vector<AuditProblem> Store::verify_audit() const {
    return guarded_read("cannot verify the audit log", [this] {
        // One read transaction for the whole check, so that a concurrent writer cannot make
        // the tables and the audit log seem to disagree (none of its own inside a change or an
        // outer snapshot).
        const Snapshot whole = snapshot();
        std::vector<AuditProblem> problems;
        verify_chain(*impl_, problems);
        for (const LogTable* t : log_tables()) verify_log(*impl_, *t, problems);
        verify_state_tables(*impl_, problems);
        return problems;
    });
}

Store::Snapshot::Snapshot(Impl& impl) {
    if (impl.change_open || impl.snapshot_open) return;
    guarded_read("cannot begin reading", [&] {
        impl.db.exec("BEGIN");
        // The snapshot is taken by the first read, so one is made now.
        try {
            impl.db.exec("SELECT count(*) FROM sqlite_schema");
        } catch (...) {
            impl.db.tryExec("ROLLBACK");
            throw;
        }
    });
    impl.snapshot_open = true;
    impl_ = &impl;
}

Store::Snapshot::~Snapshot() {
    if (!impl_) return;
    impl_->db.tryExec("ROLLBACK");
    impl_->snapshot_open = false;
}

Store::Snapshot Store::snapshot() const {
    return Snapshot(*impl_);
}

std::int64_t Store::audit_count() const {
    return guarded_read("cannot count the audit records", [this] {
        Prepared q(*impl_, "SELECT count(*) FROM audit");
        q->executeStep();
        return q->getColumn(0).getInt64();
    });
}

std::string Store::audit_digest(std::int64_t count) const {
    return guarded_read("cannot read the audit log", [&]() -> std::string {
        crypto_generichash_state state;
        crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
        Prepared q(*impl_, "SELECT hash FROM audit ORDER BY seq LIMIT ?");
        q->bind(1, static_cast<std::int64_t>(count));
        std::int64_t n = 0;
        while (q->executeStep()) {
            const std::string h = q->getColumn(0).getString();
            crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(h.data()),
                                      h.size());
            ++n;
        }
        if (n < count) return {};
        unsigned char out[crypto_generichash_BYTES];
        crypto_generichash_final(&state, out, sizeof out);
        char hex[2 * crypto_generichash_BYTES + 1];
        sodium_bin2hex(hex, sizeof hex, out, sizeof out);
        return hex;
    });
}

}  // namespace plumb
