// What a printed or spreadsheet results sheet shows besides the rows: the competition, each
// event's result revision and lock state, and when it was generated.
#pragma once

#include <string>
#include <vector>

#include "core/results.h"

namespace plumb {

struct PublishedEvent {
    EventResults results;
    int revision = 1;
    bool locked = false;
};

struct ResultsHeading {
    std::string competition;
    std::string organiser;
    std::string generated;  // local time, "YYYY-MM-DD HH:MM"
    std::string seal;       // the audit trail's seal when made (services/seal.h); may be empty
};

}  // namespace plumb
