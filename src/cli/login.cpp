// --as, --pin / --password and their environment variables.
#include "cli/login.h"

#include <cstdlib>

#include "cli/commands.h"

namespace plumb::cli {

namespace {

std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v ? v : "";
}

}  // namespace

void LoginOptions::add_to(CLI::App* cmd) {
    cmd->add_option("--as", *as, "Who you are when roles are on: organiser or a judge code");
    cmd->add_option("--pin,--password", *secret,
                    "Your PIN or password (or PLUMB_PIN / PLUMB_PASSWORD in the environment)");
}

Login LoginOptions::log_in(CompetitionSession& session, const std::string& default_who) const {
    if (!roles_configured(session.store())) return Login{cli_actor().who, Role::Organiser};
    std::string who = !as->empty() ? *as : !env("PLUMB_AS").empty() ? env("PLUMB_AS") : default_who;
    if (who.empty())
        throw std::runtime_error(
            "roles are on: say who you are with --as organiser|JUDGE and --pin/--password");
    std::string given = *secret;
    if (given.empty()) given = env(who == kOrganiser ? "PLUMB_PASSWORD" : "PLUMB_PIN");
    if (given.empty())
        throw std::runtime_error("roles are on: give the " +
                                 std::string(who == kOrganiser ? "password" : "PIN") + " of " +
                                 who + " with --pin/--password (or in PLUMB_PIN/PLUMB_PASSWORD)");
    return plumb::log_in(session, who, given);
}

Actor login_actor(const Login& login, const std::string& reason) {
    return Actor{{}, login.who, reason};
}

}  // namespace plumb::cli
