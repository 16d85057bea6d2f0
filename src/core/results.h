// An event's published results: one row per contestant, ranked first, with what is missing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/decimal.h"
#include "core/event_book.h"

namespace plumb {

struct ResultRow {
    std::optional<int> rank;
    std::string registration_no;
    std::string name;
    std::string employer;
    std::string workstation;
    std::optional<Decimal> theory;
    std::optional<Decimal> practical;
    std::optional<Decimal> total;
    std::optional<Decimal> time_minutes;  // seconds / 60, rounded to 2 decimals
    std::string status;  // complete | incomplete | absent | withdrawn | disqualified
    std::string status_reason;
    std::string award;  // first | second | third | merit | ""
    std::vector<std::string> titles;
    bool tie = false;
    std::vector<std::string> missing;  // why an incomplete contestant is not ranked
    std::vector<std::string> flags;    // spread flags, e.g. "B1: scores 1 to 3"
};

struct EventResults {
    std::string event;
    std::string trade;  // the scheme's Chinese name
    std::string trade_en;
    int precision = 2;
    int ranked = 0;
    std::vector<ResultRow> rows;
};

// Scores and ranks the book and lays the result out as rows.
EventResults build_results(EventBook& book);

}  // namespace plumb
