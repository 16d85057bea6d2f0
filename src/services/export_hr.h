// The HR export: every contestant of every event with marks, place, award, certificate number
// and suggested skill-grade action, signed with the database's key (FILE.sig).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "io/hr_export.h"
#include "services/roles.h"

namespace plumb {

struct HrOptions {
    bool allow_draft = false;  // include events whose results are not locked yet
    HrHeaders headers = HrHeaders::Chinese;
    std::vector<std::string> events;  // event codes; empty: every event
};

// The rows of the chosen events in the competition's event order, then results order. Refused
// for an unknown event, for an event that is not locked unless options.allow_draft, and for an
// event whose names `by` may not see (the organiser's, until revealed).
std::vector<HrRow> hr_rows(const CompetitionSession& session, const Login& by,
                           const HrOptions& options);

struct HrExport {
    int rows = 0;
    std::filesystem::path manifest;
    std::string fingerprint;  // of the key that signed it: what the receiver is told to expect
};

// Writes FILE.xlsx or FILE.csv (by its extension) and FILE.sig.
HrExport export_hr(CompetitionSession& session, const Login& by,
                   const std::filesystem::path& file, const HrOptions& options);

}  // namespace plumb
