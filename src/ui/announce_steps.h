// The order of an announcement: award winners from the last prize up to first prize, one step
// each, as the ranking has them. No wxWidgets here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/results.h"

namespace plumb::ui {

struct AnnounceStep {
    std::string award;  // merit | third | second | first
    std::optional<int> rank;
    bool tie = false;
    std::string workstation;
    std::string name;      // empty while the event's names are not revealed
    std::string employer;  // likewise
    std::optional<Decimal> total;
    std::vector<std::string> titles;
};

// Winners in announcing order: the lowest prize first and, within a prize, the lower-ranked
// first, so the first prize comes last.
std::vector<AnnounceStep> announce_steps(const EventResults& results, bool revealed);

}  // namespace plumb::ui
