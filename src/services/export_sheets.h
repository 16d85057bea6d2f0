// Paper score sheets of an event: one blinded sheet per drawn workstation.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "services/competition_session.h"

namespace plumb {

// The event's workstations in natural order ("2" before "10"): those drawn for its
// contestants, else the labels the competition file lists. Refused when there are none.
std::vector<std::string> sheet_workstations(const CompetitionSession& session,
                                            const std::string& event);

// Writes the sheets to `pdf`; returns the number of pages.
int export_score_sheets(const CompetitionSession& session, const std::string& event,
                        const std::filesystem::path& pdf);

}  // namespace plumb
