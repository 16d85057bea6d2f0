// A cell's full history for the chief judge: every entry made for one contestant's aspect.
#pragma once

#include <string>
#include <vector>

#include "services/competition_session.h"

namespace plumb {

// Every entry for the contestant's aspect, all judges, in log order (corrections included).
std::vector<MarkEntry> mark_history(const CompetitionSession& session,
                                    const std::string& registration_no, const std::string& aspect);

// A stored reason as the reader says it: the reasons Plumbline itself writes ("conflict settled:
// ...", "appeal 3f2a9c01 upheld: ...", "entered twice, agreed (was 2): ...") in their language;
// what a person typed after them as typed.
std::string said_reason(const std::string& stored);

// Whether history[i] is its judge's current value (no later entry from the same judge).
bool is_current(const std::vector<MarkEntry>& history, std::size_t i);

}  // namespace plumb
