// The results line of an HR file's manifest, and what changed since it was written.
#include "services/hr_file_state.h"

#include <cstdlib>
#include <sstream>

#include "services/competition_session.h"

namespace plumb {

std::string hr_results_line(const std::vector<HrRow>& rows) {
    std::string line, last;
    for (const HrRow& r : rows) {
        if (r.trade_code == last) continue;
        last = r.trade_code;
        if (!line.empty()) line += ' ';
        line += r.trade_code + "=" + std::to_string(r.revision) +
                (r.result_state == "草稿" ? "/draft" : "/final");
    }
    return line;
}

std::vector<ResultsMoved> hr_results_moved(const CompetitionSession& session,
                                           const std::string& results_line) {
    std::vector<ResultsMoved> moved;
    std::istringstream in(results_line);
    std::string item;
    while (in >> item) {
        const auto eq = item.find('='), slash = item.find('/');
        if (eq == std::string::npos || slash == std::string::npos || slash < eq) continue;
        ResultsMoved m;
        m.event = item.substr(0, eq);
        m.file_revision = std::atoi(item.substr(eq + 1, slash - eq - 1).c_str());
        m.file_final = item.substr(slash + 1) == "final";
        if (!session.competition().find_event(m.event)) continue;  // another competition's
        const EventState now = session.store().event_state(m.event);
        m.revision = now.revision;
        m.final = now.locked;
        if (m.revision != m.file_revision || m.final != m.file_final) moved.push_back(m);
    }
    return moved;
}

}  // namespace plumb
