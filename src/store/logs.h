// Private to src/store: the four append-only entry logs, described once for writing,
// reading back and verifying against their audit records.
#pragma once

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <string>
#include <vector>

#include "core/entries.h"

namespace plumb {

// One log table. Its columns (besides seq and audit_seq) are also the keys of the payload
// of the audit record written with each row, in this order, so a row can be checked.
struct LogTable {
    const char* table;   // "mark_log"
    const char* action;  // audit action of its records: "mark"
    std::vector<std::string> columns;

    // "uuid, device, ..." with each name prefixed, e.g. "l.uuid, l.device, ...".
    std::string column_list(const std::string& prefix = "") const;
    std::string insert_sql() const;  // columns then audit_seq as parameters
    // The audit payload of a row whose column texts are `values` (in column order).
    std::string payload(const std::vector<std::string>& values) const;
};

const LogTable& mark_log_table();
const LogTable& theory_log_table();
const LogTable& timing_log_table();
const LogTable& status_log_table();
const std::vector<const LogTable*>& log_tables();

// An entry as the column texts of its log row, in LogTable::columns order.
std::vector<std::string> row_of(const MarkEntry& e);
std::vector<std::string> row_of(const TheoryEntry& e);
std::vector<std::string> row_of(const TimingEntry& e);
std::vector<std::string> row_of(const StatusEntry& e);

// An entry from a row selected with column_list(), its columns starting at `first`
// (marks, the bulk of the data, are read with SQLite's C API in readers.cpp).
TheoryEntry theory_from_row(const SQLite::Statement& q, int first = 0);
TimingEntry timing_from_row(const SQLite::Statement& q, int first = 0);
StatusEntry status_from_row(const SQLite::Statement& q, int first = 0);

}  // namespace plumb
