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
    // Without roles configured: the command-line user, allowed everything as before. With
    // roles: the checked login of --as (or `default_who`), refused when the secret is wrong.
    Login log_in(CompetitionSession& session, const std::string& default_who = {}) const;
};

// The actor recorded for a login's changes ("cli:USER" without roles).
Actor login_actor(const Login& login, const std::string& reason = {});

}  // namespace plumb::cli
