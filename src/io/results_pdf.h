// The results sheet pinned on the site office door: A4 portrait PDF, one table per event.
#pragma once

#include <filesystem>
#include <vector>

#include "io/results_sheet.h"

namespace plumb {

// Each event starts on a new page; the table splits across pages under a repeated heading
// (competition, event, revision, lock state, generated time) with page numbers. Returns the
// number of pages.
int write_results_pdf(const std::filesystem::path& file, const ResultsHeading& heading,
                      const std::vector<PublishedEvent>& events);

}  // namespace plumb
