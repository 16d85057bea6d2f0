#!/usr/bin/env bash
# The floor of a merge in SQLite alone: 100,000 audit records and 100,000 mark rows, the size
# and indexes of what 20 packets bring, inserted by SQLite itself (one INSERT ... SELECT each,
# no Plumbline code in between) into a copy of a master, then committed. docs/performance.md.
#   bench/merge_floor.sh MASTER.plumb     e.g. the master merge_bench made (PLUMB_BENCH_KEEP=DIR)
set -euo pipefail
master=${1:?usage: bench/merge_floor.sh MASTER.plumb}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$master" "$work/m.plumb"
# Time-ordered uuids (version 7) as laptops write them: 20 packets of 5,000 records each, the
# laptops working through the same hours, so each packet's run of uuids spans the others'.
uuid() {  # $1: an SQL expression for the millisecond
  echo "substr(printf('%012x', $1), 1, 8)||'-'||substr(printf('%012x', $1), 9, 4)||'-7'||substr(lower(hex(randomblob(2))),2)||'-a'||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6)))"
}
ms="1765000000000 + (i % 5000) * 1000 + i / 5000"
device="'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'"
sqlite3 "$work/m.plumb" <<SQL
PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536; PRAGMA synchronous = FULL;
PRAGMA journal_mode = WAL;
CREATE TEMP TABLE src0 AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
  SELECT i FROM n;
CREATE TEMP TABLE src AS SELECT i, $(uuid "$ms") AS u, $(uuid "$ms") AS e, lower(hex(randomblob(32))) AS h FROM src0 ORDER BY i / 5000, i % 5000;
.timer on
BEGIN;
INSERT INTO audit (uuid, device, actor, at, action, subject, payload, prev_hash, hash)
  SELECT u, $device, 'J01', '2019-10-18T09:00:00.000Z', 'mark', 'b-0011223344556677',
         'uuid=' || e || char(10) || 'device=' || $device || char(10) || 'judge=J01' || char(10) ||
         'registration_no=b-0011223344556677' || char(10) || 'event=bricklaying' || char(10) ||
         'aspect=A1' || char(10) || 'value=1493' || char(10) ||
         'entered_at=2019-10-18T09:00:00.000Z' || char(10) || 'reason=' || char(10), h, h
  FROM src;
INSERT INTO mark_log (uuid, device, judge, registration_no, event, aspect, value, entered_at,
                      reason, audit_seq)
  SELECT e, $device, (SELECT code FROM judges ORDER BY code LIMIT 1),
         (SELECT registration_no FROM contestants WHERE seq = 1 + src.i % (SELECT count(*) FROM contestants)),
         'bricklaying', 'A1', '1493', '2019-10-18T09:00:00.000Z', '',
         (SELECT max(seq) FROM audit) - 100000 + src.rowid
  FROM src;
COMMIT;
SQL
