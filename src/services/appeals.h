// Appeals (申诉): after lock a mark changes only through an appeal the chief judge decides.
// An upheld appeal appends the corrected entries and bumps the event's result revision.
#pragma once

#include <string>
#include <vector>

#include "core/result_changes.h"
#include "services/gate.h"

namespace plumb {

struct Appeal {
    std::string id;  // 8 hex digits
    std::string event;
    std::string workstation;
    std::string registration_no;
    std::string aspect;
    std::string judge;      // whose mark; empty: every judge's (a measurement)
    std::string old_value;  // the current values when lodged, "J01=1491; J02=1491"
    std::string new_value;
    std::string lodged_by;  // who appeals (a contestant, a team leader)
    std::string lodged_at;
    std::string recorded_by;  // who entered it
    std::string reason;
    std::string decision;  // "pending", "upheld" or "rejected"
    std::string decided_by;
    std::string decided_at;
    std::string decision_reason;
    int revision = 0;  // the results revision an upheld appeal made
};

struct AppealRequest {
    std::string event;
    std::string workstation;
    std::string aspect;
    std::string judge;  // required for a judgement aspect
    std::string value;
    std::string lodged_by;
};

// Records an appeal against a locked event's mark (Act::LodgeAppeal: the organiser or the
// event's chief judge); `grounds` is required. Refused before lock (a correction is then an
// ordinary one), for an unknown workstation, aspect or judge, or a value the scheme refuses.
// Returns the appeal's id.
std::string lodge_appeal(CompetitionSession& session, const Login& by,
                         const AppealRequest& request, const std::string& grounds);

struct AppealDecision {
    int revision = 0;  // the results revision an upheld appeal made; 0 when nothing changed
    // Contestants whose place, prize or titles the decision moved (names as `by` may see them):
    // their printed certificates are withdrawn and printed again, the HR file sent again.
    std::vector<PlaceChange> changes;
};

// The chief judge's decision (Act::DecideAppeal), with a reason. Upheld: each judge's current
// value that differs is corrected (appended) and the event's revision goes up by one, all in
// one change: the only way a locked event's results change.
AppealDecision decide_appeal(CompetitionSession& session, const Login& by, const std::string& id,
                             bool upheld, const std::string& reason);

std::vector<Appeal> appeals(const Store& store, const std::string& event = {});

// The values an appeal against this mark would change now, as lodging records them
// ("J01=1491; J02=1491"; only `judge`'s when one is named), or "" when the event has no such
// workstation or aspect, or the mark was not given. For the lodging form, before it is lodged.
std::string appealed_values(const CompetitionSession& session, const std::string& event,
                            const std::string& workstation, const std::string& aspect,
                            const std::string& judge);

}  // namespace plumb
