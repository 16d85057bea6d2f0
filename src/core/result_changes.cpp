// Comparing two revisions of an event's results contestant by contestant.
#include "core/result_changes.h"

#include <map>

namespace plumb {

std::vector<PlaceChange> place_changes(const EventResults& before, const EventResults& after) {
    std::map<std::string, const ResultRow*> earlier;  // by workstation: names may be hidden
    for (const ResultRow& r : before.rows) earlier[r.workstation] = &r;
    std::vector<PlaceChange> out;
    for (const ResultRow& now : after.rows) {
        const auto found = earlier.find(now.workstation);
        static const ResultRow kNone;
        const ResultRow& was = found == earlier.end() ? kNone : *found->second;
        if (was.rank == now.rank && was.award == now.award && was.titles == now.titles) continue;
        out.push_back({now.workstation, now.registration_no, now.name, was.rank, now.rank,
                       was.award, now.award, was.titles, now.titles});
    }
    return out;
}

}  // namespace plumb
