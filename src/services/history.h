// A cell's full history for the chief judge: every entry made for one contestant's aspect.
#pragma once

#include <string>
#include <vector>

#include "services/competition_session.h"

namespace plumb {

// Every entry for the contestant's aspect, all judges, in log order (corrections included).
std::vector<MarkEntry> mark_history(const CompetitionSession& session,
                                    const std::string& registration_no, const std::string& aspect);

// Whether history[i] is its judge's current value (no later entry from the same judge).
bool is_current(const std::vector<MarkEntry>& history, std::size_t i);

}  // namespace plumb
