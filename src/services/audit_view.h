// The audit log as a chief judge reads it: who changed what, when, on which device and why.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "services/competition_session.h"

namespace plumb {

struct AuditLine {
    std::int64_t seq = 0;
    std::string at;
    std::string device;  // its name ("this database" for the database's own records)
    std::string actor;
    std::string action;
    std::string event;        // when the record concerns one
    std::string workstation;  // when it concerns one contestant's sheet
    std::string judge;        // whose mark, sheet or appeal it concerns, when one judge's
    std::string what;         // e.g. "J01 A1 = 1493", "appeal 3f2a9c01 upheld (revision 2)"
    std::string reason;
};

// Every record, oldest first, narrowed to an event, a workstation and a judge when given.
// Laptops' records, which name contestants by blinded tokens, are shown under their
// workstations. `what` is in the language of the installed translator.
std::vector<AuditLine> audit_history(const CompetitionSession& session, const std::string& event,
                                     const std::string& workstation, const std::string& judge = {});

}  // namespace plumb
