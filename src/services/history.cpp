// Reads a cell's history through the store's indexed query.
#include "services/history.h"

namespace plumb {

std::vector<MarkEntry> mark_history(const CompetitionSession& session,
                                    const std::string& registration_no, const std::string& aspect) {
    return session.store().mark_history(registration_no, aspect);
}

bool is_current(const std::vector<MarkEntry>& history, std::size_t i) {
    for (std::size_t j = i + 1; j < history.size(); ++j)
        if (history[j].judge == history.at(i).judge) return false;
    return i < history.size();
}

}  // namespace plumb
