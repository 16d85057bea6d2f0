// The plumb subcommands, registered on the CLI11 application by area.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "core/entries.h"

namespace plumb {
class CompetitionSession;
}

namespace plumb::cli {

void add_setup_commands(CLI::App& app);    // init, demo, roster import, draw, status
void add_marking_commands(CLI::App& app);  // mark, marks/timing/theory import
void add_result_commands(CLI::App& app);   // rank, check, audit verify
void add_export_commands(CLI::App& app);   // export ..., certificate verify, lock
void add_laptop_commands(CLI::App& app);   // kit export|import, packet export|import
// role, signoff, reopen, resolve, reveal, appeal, audit log (after add_result_commands)
void add_judging_commands(CLI::App& app);

// The actor recorded for changes made from the command line.
Actor cli_actor(const std::string& reason = {});
// What a person typed for --event, as the event's code when it names one by its code or by its
// trade's name (砌筑工, Bricklaying); anything else as typed, for the services to refuse.
std::string event_code(const CompetitionSession& session, const std::string& typed);
// "first prize" ... in the language spoken ("" for none).
std::string award_phrase(const std::string& award);
// Writes text to a file atomically, or to stdout for "-".
void write_output(const std::string& path, const std::string& text);

}  // namespace plumb::cli
