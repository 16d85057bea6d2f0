// The four CSV imports as gate actions: the file is read first, then parsed and checked whole
// inside the write transaction, then written in it; all or nothing.
#pragma once

#include <filesystem>

#include "services/gate.h"

namespace plumb {

// Contestants (Act::ImportRoster: the organiser). Refused whole when one would join a locked
// event.
ImportSummary import_roster(CompetitionSession& session, const Login& by,
                            const std::filesystem::path& csv);
// Marks (Act::ImportMarks: the organiser, or the chief judge of every event in the file), each
// row under plumb mark's rules: competing contestants, sheets not signed off, no locked event,
// two operators where an event takes double entry (each row is then this operator's entry).
// A row equal to the current value is counted unchanged; one that differs is refused (a
// correction needs a reason, which a file cannot give).
ImportSummary import_marks(CompetitionSession& session, const Login& by,
                           const std::filesystem::path& csv);
// Times and theory scores (the organiser, or the chief judge of every event concerned); a
// changed value is appended with the reason "re-imported from FILE". No locked event.
ImportSummary import_timing(CompetitionSession& session, const Login& by,
                            const std::filesystem::path& csv);
ImportSummary import_theory(CompetitionSession& session, const Login& by,
                            const std::filesystem::path& csv);

}  // namespace plumb
