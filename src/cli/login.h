// Logging in on the command line: --as WHO with --pin or --password, or PLUMB_AS, PLUMB_PIN and
// PLUMB_PASSWORD from the environment (kept out of the shell history).
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "services/roles.h"

namespace plumb::cli {

struct LoginOptions {
    std::shared_ptr<std::string> as = std::make_shared<std::string>();
    std::shared_ptr<std::string> secret = std::make_shared<std::string>();

    void add_to(CLI::App* cmd);
    // Who is at the keyboard. Without roles configured: the command-line user ("cli:USER"),
    // unchecked. With roles: the checked login of --as (or `default_who`); refused when the
    // secret is wrong. What they may do is the gate's decision, not this one's.
    Login log_in(CompetitionSession& session, const std::string& default_who = {}) const;
    // For commands that read: nobody (a viewer) when no --as is given.
    Login reader(CompetitionSession& session) const;
};

}  // namespace plumb::cli
