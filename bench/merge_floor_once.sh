#!/usr/bin/env bash
# The floor of the storage change docs/performance.md describes ("What meeting the goal takes"):
# each received mark stored once, as a mark_log row with no audit row of its own, and the 20
# packets kept whole (20 blobs of 2 MB), inserted by SQLite itself into a copy of a master, then
# committed and checkpointed. No Plumbline code runs; no packet is read or checked.
#   bench/merge_floor_once.sh MASTER.plumb [with-uuid-index|without-uuid-index]
# without-uuid-index: no unique index on the mark's uuid (duplicates found by each laptop's
# chain position instead).
set -euo pipefail
master=${1:?usage: bench/merge_floor_once.sh MASTER.plumb [with-uuid-index|without-uuid-index]}
variant=${2:-with-uuid-index}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$master" "$work/m.plumb"
uuid() {  # $1: an SQL expression for the millisecond (version 7, as laptops write them)
  echo "substr(printf('%012x', $1), 1, 8)||'-'||substr(printf('%012x', $1), 9, 4)||'-7'||substr(lower(hex(randomblob(2))),2)||'-a'||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))"
}
ms="1765000000000 + (i % 5000) * 1000 + i / 5000"
device="'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'"
case $variant in
  with-uuid-index) uuid_column="uuid TEXT NOT NULL UNIQUE," ;;
  without-uuid-index) uuid_column="uuid TEXT NOT NULL," ;;
  *) echo "unknown variant $variant" >&2; exit 2 ;;
esac
# mark_log as it is, but audit_seq no longer unique nor a reference to an audit row.
sqlite3 "$work/m.plumb" <<SQL
PRAGMA journal_mode = WAL;
CREATE TABLE mark_once (
    seq             INTEGER PRIMARY KEY,
    $uuid_column
    device          TEXT NOT NULL,
    judge           TEXT NOT NULL REFERENCES judges(code),
    registration_no TEXT NOT NULL REFERENCES contestants(registration_no),
    event           TEXT NOT NULL,
    aspect          TEXT NOT NULL,
    value           TEXT NOT NULL,
    entered_at      TEXT NOT NULL,
    reason          TEXT NOT NULL,
    audit_seq       INTEGER NOT NULL
) STRICT;
CREATE INDEX mark_once_event ON mark_once(event);
CREATE INDEX mark_once_contestant_aspect ON mark_once(registration_no, aspect);
CREATE TABLE packets_once (seq INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, bytes BLOB NOT NULL) STRICT;
SQL
sqlite3 "$work/m.plumb" <<SQL
PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536; PRAGMA synchronous = FULL;
CREATE TEMP TABLE n AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
  SELECT i FROM n;
CREATE TEMP TABLE src AS SELECT i, $(uuid "$ms") AS e FROM n ORDER BY i / 5000, i % 5000;
CREATE TEMP TABLE blobs AS SELECT i, randomblob(2000000) AS b FROM n WHERE i <= 20;
.timer on
BEGIN;
INSERT INTO packets_once (hash, bytes) SELECT lower(hex(randomblob(32))), b FROM blobs;
INSERT INTO mark_once (uuid, device, judge, registration_no, event, aspect, value, entered_at,
                       reason, audit_seq)
  SELECT e, $device, (SELECT code FROM judges ORDER BY code LIMIT 1),
         (SELECT registration_no FROM contestants WHERE seq = 1 + src.i % (SELECT count(*) FROM contestants)),
         'bricklaying', 'A1', '1493', '2019-10-18T09:00:00.000Z', '', 1 + src.i / 5000
  FROM src;
COMMIT;
PRAGMA wal_checkpoint;
SQL
