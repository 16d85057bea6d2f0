// The audit log as a chief judge reads it: who changed what, when, on which device and why.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "services/competition_session.h"
#include "services/roles.h"

namespace plumb {

struct AuditLine {
    std::int64_t seq = 0;
    std::string at;
    std::string device;  // its name ("this database" for the database's own records)
    std::string actor;   // as the reader says it (said_actor: 组委会, not "organiser")
    std::string action;
    std::string event;        // when the record concerns one
    std::string workstation;  // when it concerns one contestant's sheet
    std::string judge;        // whose mark, sheet or appeal it concerns, when one judge's
    std::string what;         // e.g. "J01 A1 = 1493", "appeal 3f2a9c01 upheld (revision 2)"
    std::string reason;
};

// Every record, oldest first, narrowed to an event, a workstation and a judge when given.
// Laptops' records, which name contestants by blinded tokens, are shown under their
// workstations. `what`, `actor` and `reason` are in the language of the installed translator.
// Read by `by`: in an event whose names `by` may not see yet (services/viewing.h), a record
// names its contestant by workstation only, never by registration number, and a contestant's
// registration (contestant.add, made in the roster's order) is under no workstation: the log
// must not undo the draw's blinding.
std::vector<AuditLine> audit_history(const CompetitionSession& session, const Login& by,
                                     const std::string& event, const std::string& workstation,
                                     const std::string& judge = {});

}  // namespace plumb
