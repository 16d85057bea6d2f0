// What changed between two revisions of an event's results for each contestant whose place,
// prize or titles moved: after an upheld appeal, the certificates and HR records to redo.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/results.h"

namespace plumb {

struct PlaceChange {
    std::string workstation;
    std::string registration_no;  // as the reader may see them (blank before the reveal)
    std::string name;
    std::optional<int> rank_before, rank_after;  // nullopt: not ranked
    std::string award_before, award_after;       // first | second | third | merit | ""
    std::vector<std::string> titles_before, titles_after;
};

// The contestants (by workstation) whose rank, prize or titles differ from `before` to `after`,
// in the order of `after`.
std::vector<PlaceChange> place_changes(const EventResults& before, const EventResults& after);

}  // namespace plumb
