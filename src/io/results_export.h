// Results as the outside world reads them: JSON, CSV (UTF-8 with BOM) and terminal tables.
#pragma once

#include <string>
#include <vector>

#include "core/results.h"
#include "io/results_sheet.h"

namespace plumb {

// {"event": CODE, "precision": P, "rows": [...]} (see docs/formats.md for the row fields).
std::string results_json(const EventResults& results);
// Several events: a JSON array of the objects above.
std::string results_json(const std::vector<EventResults>& events);
// One CSV with an event column, UTF-8 with BOM so Excel shows Chinese text.
std::string results_csv(const std::vector<EventResults>& events);
std::string results_table(const EventResults& results);

// The published forms (plumb export results): each event object also says its competition,
// result revision, lock state and when it was generated; a JSON array when `as_array`. The CSV
// adds `revision` and `locked` columns.
std::string published_json(const ResultsHeading& heading, const std::vector<PublishedEvent>& events,
                           bool as_array);
std::string published_csv(const std::vector<PublishedEvent>& events);

}  // namespace plumb
