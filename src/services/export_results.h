// Results for others to read: CSV, JSON, the printed sheet (PDF) and the spreadsheet (XLSX),
// each saying which result revision it shows and whether it is locked.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "io/results_sheet.h"
#include "services/roles.h"

namespace plumb {

// The events' results as `by` may read them (services/viewing.h), with their revision and lock
// state, in the given order.
std::vector<PublishedEvent> published_events(const CompetitionSession& session, const Login& by,
                                             const std::vector<std::string>& events);
ResultsHeading results_heading(const CompetitionSession& session);

// CSV (UTF-8 with BOM) or JSON text; throws ActionError for another format.
std::string results_text(const CompetitionSession& session, const Login& by,
                         const std::vector<std::string>& events, const std::string& format);

// Writes csv | json | pdf | xlsx to `file` (temporary file renamed into place). Returns the
// number of pages of a PDF, else 0.
int export_results(const CompetitionSession& session, const Login& by,
                   const std::vector<std::string>& events, const std::string& format,
                   const std::filesystem::path& file);

}  // namespace plumb
