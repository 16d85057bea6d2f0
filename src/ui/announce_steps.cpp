// Reverses the ranked award winners into announcing order.
#include "ui/announce_steps.h"

namespace plumb::ui {

std::vector<AnnounceStep> announce_steps(const EventResults& results, bool revealed) {
    std::vector<AnnounceStep> out;
    // Ranked rows come first, in rank order, so prizes only ever get lower down the list.
    for (auto it = results.rows.rbegin(); it != results.rows.rend(); ++it) {
        if (!it->rank || it->award.empty()) continue;
        AnnounceStep s;
        s.award = it->award;
        s.rank = it->rank;
        s.tie = it->tie;
        s.workstation = it->workstation;
        if (revealed) {
            s.name = it->name;
            s.employer = it->employer;
        }
        s.total = it->total;
        s.titles = it->titles;
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace plumb::ui
