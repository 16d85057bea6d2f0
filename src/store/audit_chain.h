// Private to src/store: the hash-chained audit log, one chain per device.
#pragma once

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/store_impl.h"

namespace plumb {

// Appends records inside the open transaction, linking each to the latest record of its device.
class AuditWriter {
public:
    explicit AuditWriter(Connection& store) : store_(store) {}
    // Fills in prev_hash, hash and seq, and inserts the record.
    std::int64_t append(AuditRecord& r);
    // Inserts another device's record as it is (its seq filled in), refusing one that does not
    // continue that device's chain here or whose hash does not match its content.
    std::int64_t append_received(AuditRecord& r);
    // Drops the remembered chain heads (after a partial rollback they may be stale).
    void forget() { heads_.clear(); }

private:
    std::string& head(const std::string& device);  // hash of its latest record, "" for none
    std::int64_t insert(AuditRecord& r);

    Connection& store_;
    std::unordered_map<std::string, std::string> heads_;  // device -> hash of its latest record
};

// Whether `r` may begin its device's chain here although it links to an earlier record: a
// laptop's chain is kept on the master from its "kit.import" record on (the records before it
// are the laptop's copy of its kit, which stays on the laptop). docs/packets.md.
bool starts_received_chain(const AuditRecord& r);

// The columns audit_from_row() reads, in order.
extern const char* const kAuditColumns;
AuditRecord audit_from_row(const SQLite::Statement& q, int first = 0);

// Recomputes every device's chain in seq order and looks for missing records.
void verify_chain(Connection& store, std::vector<AuditProblem>& problems);

}  // namespace plumb
