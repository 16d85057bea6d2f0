// The database schema as a list of forward migrations; v1 creates the tables, v2 adds packets,
// v3 the events' states.
#include "store/schema.h"

#include <string>
#include <vector>

namespace plumb {

namespace {

struct Migration {
    int version;
    const char* sql;
};

// Logs (*_log, audit) are append-only: rows are inserted, never updated or deleted. Their
// rows carry the seq of the audit record that vouches for them. State tables (contestants,
// judges, settings, sources) may change, and every change is itself an audit record.
const char* const kSchemaV1 = R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Laptops that have written to this file; public_key arrives with signed records later.
CREATE TABLE devices (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL DEFAULT '',
    public_key BLOB,
    added_at   TEXT NOT NULL
) STRICT;

-- Source texts of the competition definition (competition TOML, schemes), by name.
CREATE TABLE sources (
    name TEXT PRIMARY KEY,
    text TEXT NOT NULL
) STRICT;

-- The hash-chained audit log, one chain per device (prev_hash links records of a device).
CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid      TEXT NOT NULL UNIQUE,
    device    TEXT NOT NULL,
    actor     TEXT NOT NULL,
    at        TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    payload   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
) STRICT;
CREATE INDEX audit_device ON audit(device, seq);
CREATE INDEX audit_action ON audit(action, subject);

-- seq is the registration order.
CREATE TABLE contestants (
    seq             INTEGER PRIMARY KEY,
    registration_no TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    id_number       TEXT UNIQUE,
    gender          TEXT NOT NULL,
    employer        TEXT NOT NULL,
    event           TEXT NOT NULL,
    phone           TEXT NOT NULL,
    workstation     TEXT NOT NULL,
    draw_no         INTEGER
) STRICT;
CREATE INDEX contestants_event ON contestants(event);

CREATE TABLE judges (
    code     TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    employer TEXT NOT NULL
) STRICT;

CREATE TABLE judge_events (
    judge TEXT NOT NULL REFERENCES judges(code),
    event TEXT NOT NULL,
    PRIMARY KEY (judge, event)
) STRICT;

CREATE TABLE mark_log (
    seq             INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    device          TEXT NOT NULL,
    judge           TEXT NOT NULL REFERENCES judges(code),
    registration_no TEXT NOT NULL REFERENCES contestants(registration_no),
    event           TEXT NOT NULL,
    aspect          TEXT NOT NULL,
    value           TEXT NOT NULL,
    entered_at      TEXT NOT NULL,
    reason          TEXT NOT NULL,
    audit_seq       INTEGER NOT NULL UNIQUE REFERENCES audit(seq)
) STRICT;
CREATE INDEX mark_log_event ON mark_log(event);
CREATE INDEX mark_log_contestant_aspect ON mark_log(registration_no, aspect);

CREATE TABLE theory_log (
    seq             INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    device          TEXT NOT NULL,
    registration_no TEXT NOT NULL REFERENCES contestants(registration_no),
    score           TEXT NOT NULL,
    entered_at      TEXT NOT NULL,
    reason          TEXT NOT NULL,
    audit_seq       INTEGER NOT NULL UNIQUE REFERENCES audit(seq)
) STRICT;
CREATE INDEX theory_log_contestant ON theory_log(registration_no);

CREATE TABLE timing_log (
    seq             INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    device          TEXT NOT NULL,
    registration_no TEXT NOT NULL REFERENCES contestants(registration_no),
    seconds         INTEGER NOT NULL,
    started         TEXT NOT NULL,
    ended           TEXT NOT NULL,
    entered_at      TEXT NOT NULL,
    reason          TEXT NOT NULL,
    audit_seq       INTEGER NOT NULL UNIQUE REFERENCES audit(seq)
) STRICT;
CREATE INDEX timing_log_contestant ON timing_log(registration_no);

CREATE TABLE status_log (
    seq             INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    device          TEXT NOT NULL,
    registration_no TEXT NOT NULL REFERENCES contestants(registration_no),
    status          TEXT NOT NULL
                    CHECK (status IN ('active', 'absent', 'withdrawn', 'disqualified')),
    entered_at      TEXT NOT NULL,
    reason          TEXT NOT NULL,
    audit_seq       INTEGER NOT NULL UNIQUE REFERENCES audit(seq)
) STRICT;
CREATE INDEX status_log_contestant ON status_log(registration_no, seq);
)sql";

// v2: score packets received from laptops, kept whole so their signatures can be checked
// again; each row is vouched for by a "packet" audit record (store/received.cpp).
const char* const kSchemaV2 = R"sql(
CREATE TABLE packets (
    seq         INTEGER PRIMARY KEY,
    hash        TEXT NOT NULL UNIQUE,
    device      TEXT NOT NULL REFERENCES devices(id),
    signature   TEXT NOT NULL,
    received_at TEXT NOT NULL,
    records     INTEGER NOT NULL,
    bytes       BLOB NOT NULL,
    audit_seq   INTEGER NOT NULL UNIQUE REFERENCES audit(seq)
) STRICT;
)sql";

// v3: each event's state, typed (it was in settings rows "lock:<event>", "revealed:<event>",
// "revision:<event>", "chief:<event>", "double_entry:<event>"; database.cpp moves them).
const char* const kSchemaV3 = R"sql(
CREATE TABLE event_state (
    event        TEXT PRIMARY KEY,
    locked       INTEGER NOT NULL CHECK (locked IN (0, 1)),
    revealed     INTEGER NOT NULL CHECK (revealed IN (0, 1) AND revealed <= locked),
    revision     INTEGER NOT NULL CHECK (revision >= 1),
    chief_judge  TEXT NOT NULL,
    double_entry INTEGER NOT NULL CHECK (double_entry IN (0, 1))
) STRICT;
)sql";

// Append a step for each new version; never edit a step that has shipped.
const std::vector<Migration>& migrations() {
    static const std::vector<Migration> steps = {
        {1, kSchemaV1},
        {2, kSchemaV2},
        {3, kSchemaV3},
    };
    return steps;
}

}  // namespace

int latest_schema_version() {
    return migrations().back().version;
}

void migrate(SQLite::Database& db, int from) {
    for (const Migration& m : migrations()) {
        if (m.version <= from) continue;
        db.exec(m.sql);
        db.exec("PRAGMA user_version = " + std::to_string(m.version));
    }
}

}  // namespace plumb
