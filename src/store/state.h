// Private to src/store: the state tables (contestants, judges) as rows and payload fields.
#pragma once

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include "core/competition.h"
#include "store/payload.h"

namespace plumb {

// The columns contestant_from_row() reads, in order (status is not among them).
extern const char* const kContestantColumns;
Contestant contestant_from_row(const SQLite::Statement& q, int first = 0);

// The fields of a contestant's audit payload, in column order (draw_no "" when none).
PayloadFields contestant_fields(const Contestant& c);
// code, name, employer, then one "event" field per event.
PayloadFields judge_fields(const Judge& j);

// Adds "old.<key>" fields for each field of `before` whose value differs in `after`.
void add_old_values(PayloadWriter& w, const PayloadFields& before, const PayloadFields& after);

}  // namespace plumb
