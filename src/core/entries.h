// Append-only records of what was entered: marks, theory scores, times, statuses.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/competition.h"
#include "core/decimal.h"

namespace plumb {

// One entry of the mark log. Entries are never changed; the current value of
// (judge, contestant, aspect) is the latest entry.
struct MarkEntry {
    std::string uuid;
    std::string device;
    std::string judge;            // judge code
    std::string registration_no;  // contestant
    std::string event;
    std::string aspect;
    std::string value;       // canonical text of the value (see MarkValue::str)
    std::string entered_at;  // ISO 8601 UTC, e.g. 2019-10-18T09:31:05.123Z
    std::string reason;      // non-empty for corrections
};

// What scoring needs of a mark entry, viewed in place while a reader walks the log (the views
// last only for the call they are passed to).
struct MarkCell {
    std::string_view judge;
    std::string_view registration_no;
    std::string_view aspect;
    std::string_view value;
};

struct TheoryEntry {
    std::string uuid;
    std::string device;
    std::string registration_no;
    Decimal score;  // 0..100
    std::string entered_at;
    std::string reason;
};

// Time used by a contestant, in seconds (start/end kept as entered, when given).
struct TimingEntry {
    std::string uuid;
    std::string device;
    std::string registration_no;
    std::int64_t seconds = 0;
    std::string start;
    std::string end;
    std::string entered_at;
    std::string reason;
};

struct StatusEntry {
    std::string uuid;
    std::string device;
    std::string registration_no;
    ContestantStatus status = ContestantStatus::Active;
    std::string entered_at;
    std::string reason;
};

// Who makes a change, from which device, and why; every write carries one.
struct Actor {
    std::string device;
    std::string who;  // judge code, "organiser", "cli", ...
    std::string reason;
};

}  // namespace plumb
