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
#include "core/draw.h"
#include "services/gate.h"

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
// workstation) (Act::EditContestant: the organiser), with a reason, which is required. Status
// and draw number are kept as stored (statuses change through set_status, draw numbers through
// the draw). Returns false when nothing differs from what is stored. ActionError otherwise.
bool update_contestant(CompetitionSession& session, const Login& by, const Contestant& contestant,
                       const std::string& reason);

// Registers one contestant typed in by hand (Act::AddContestant: the organiser), checked like
// a roster row: a new registration number, a valid ID number not yet registered, a known
// event, a free workstation.
void add_contestant(CompetitionSession& session, const Login& by, const Contestant& contestant);

// Marks a contestant absent, withdrawn or disqualified, or active again (Act::SetStatus: the
// organiser or the chief judge of the contestant's event), with a reason, which is required.
void set_status(CompetitionSession& session, const Login& by, const std::string& registration_no,
                ContestantStatus status, const std::string& reason);

// Draws lots for an event (Act::Draw: the organiser); refused once marks exist for it (the
// blinding would break).
std::vector<DrawResult> draw(CompetitionSession& session, const Login& by,
                             const std::string& event, std::uint64_t seed);

// The latest draw of an event as the audit log records it.
struct DrawRecord {
    std::uint64_t seed = 0;
    std::string at;  // ISO 8601 UTC
    std::string actor;
};
std::optional<DrawRecord> last_draw(const CompetitionSession& session, const std::string& event);

}  // namespace plumb
