// --as, --pin / --password and their environment variables.
#include "cli/login.h"

#include <cstdlib>

#include "cli/commands.h"
#include "core/translate.h"

namespace plumb::cli {

namespace {

std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v ? v : "";
}

}  // namespace

void LoginOptions::add_to(CLI::App* cmd) {
    cmd->add_option("--as", *as, tr("Who you are when roles are on: organiser or a judge code"));
    cmd->add_option("--pin,--password", *secret,
                    tr("Your PIN or password (or PLUMB_PIN / PLUMB_PASSWORD in the environment)"));
}

Login LoginOptions::log_in(CompetitionSession& session, const std::string& default_who) const {
    std::string who = !as->empty() ? *as : !env("PLUMB_AS").empty() ? env("PLUMB_AS") : default_who;
    // Without roles nobody proves who they are: the one named (--as), else the system user.
    if (!roles_configured(session.store()))
        return unchecked_login(!as->empty() || !env("PLUMB_AS").empty() ? who : cli_actor().who);
    if (who.empty())
        throw std::runtime_error(
            tr("roles are on: say who you are with --as organiser|JUDGE and --pin/--password"));
    std::string given = *secret;
    if (given.empty()) given = env(who == kOrganiser ? "PLUMB_PASSWORD" : "PLUMB_PIN");
    if (given.empty())
        throw std::runtime_error(
            format(who == kOrganiser ? tr("roles are on: give the password of %s with "
                                          "--pin/--password (or in PLUMB_PIN/PLUMB_PASSWORD)")
                                     : tr("roles are on: give the PIN of %s with --pin/--password "
                                          "(or in PLUMB_PIN/PLUMB_PASSWORD)"),
                   {who}));
    return plumb::log_in(session, who, given);
}

Login LoginOptions::reader(CompetitionSession& session) const {
    if (as->empty() && env("PLUMB_AS").empty())
        return roles_configured(session.store()) ? Login{} : unchecked_login(cli_actor().who);
    return log_in(session);
}

}  // namespace plumb::cli
