// The organiser's roster work beyond plain imports: previewing a roster file without writing it,
// correcting a contestant's details, and finding the seed of an event's last draw.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/competition.h"
#include "io/import_errors.h"
#include "services/competition_session.h"

namespace plumb {

// What importing a roster file would register: its contestants, or every problem found.
struct RosterPreview {
    std::string file;  // the label used in the errors (the file's name)
    std::vector<Contestant> rows;
    std::vector<RowError> errors;
    bool importable() const { return errors.empty() && !rows.empty(); }
};

// Reads and checks a roster CSV exactly as CompetitionSession::import_roster would, writing
// nothing. Throws std::runtime_error only when the file cannot be read at all.
RosterPreview preview_roster(const CompetitionSession& session, const std::filesystem::path& csv);

// Corrects a registered contestant's details (name, ID number, gender, employer, phone, event,
// workstation), audited with the actor's reason, which is required. Status and draw number are
// kept as stored (statuses change through set_status, draw numbers through the draw).
// Returns false when nothing differs from what is stored. Throws ActionError with the reason.
bool update_contestant(CompetitionSession& session, const Contestant& contestant,
                       const Actor& actor);

// The latest draw of an event as the audit log records it.
struct DrawRecord {
    std::uint64_t seed = 0;
    std::string at;  // ISO 8601 UTC
    std::string actor;
};
std::optional<DrawRecord> last_draw(const CompetitionSession& session, const std::string& event);

}  // namespace plumb
