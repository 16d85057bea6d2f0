// Workstation labels: how two are compared ("5" is "05" is "０５") and the one order they are
// shown in everywhere (entry, progress, paper sheets, exports): digit runs by value, "9" < "10".
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/competition.h"

namespace plumb {

// The form in which labels are compared: the identifier key (full-width digits narrowed, case
// folded), without its leading zeros when it is all digits.
std::string workstation_key(const std::string& workstation);
bool same_workstation(const std::string& a, const std::string& b);

// Natural order: digit runs compare by value ("A2" < "A10", "9" < "10"), then by text.
bool workstation_less(const std::string& a, const std::string& b);
void sort_workstations(std::vector<std::string>& workstations);

// The contestant of `event` at `workstation` (compared as same_workstation), or nullptr.
const Contestant* find_at_workstation(const std::vector<Contestant>& contestants,
                                      const std::string& event, const std::string& workstation);

// The contestants by event and workstation, for finding many in one pass (imports): each
// find takes constant time where find_at_workstation walks every contestant.
class WorkstationIndex {
public:
    explicit WorkstationIndex(const std::vector<Contestant>& contestants);
    // As find_at_workstation: the first such contestant, or nullptr.
    const Contestant* find(const std::string& event, const std::string& workstation) const;

private:
    std::unordered_map<std::string, const Contestant*> by_key_;
};

}  // namespace plumb
