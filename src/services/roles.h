// Who may do what: organiser (password), chief judge per event (PIN), judge (PIN), viewer.
// Secrets are kept only as argon2id hashes; wrong ones are logged and slow the next try.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "services/competition_session.h"

namespace plumb {

enum class Role { Organiser, ChiefJudge, Judge, Viewer };
const char* to_string(Role role);

// Someone who proved who they are (or a viewer, who needs nothing).
struct Login {
    std::string who;  // "organiser" or a judge code
    Role role = Role::Viewer;
    Actor actor(const std::string& reason = {}) const { return Actor{{}, who, reason}; }
};

inline constexpr const char* kOrganiser = "organiser";

// Roles are on once the organiser has a password (or a laptop's kit brought PINs); until then
// every command works as before, without logging in.
bool roles_configured(const Store& store);

// The setting names: "organiser.password.secret", "pin.<judge>.secret", "chief:<event>".
std::string pin_setting(const std::string& judge);
std::string chief_setting(const std::string& event);

// An argon2id hash of a PIN or password (libsodium crypto_pwhash_str, interactive limits).
std::string hash_secret(const std::string& secret);

// Sets the organiser's password; once one is set, changing it needs the organiser's login.
void set_organiser_password(CompetitionSession& session, const std::string& password,
                            const Login& by);
// Sets a judge's PIN (4 to 12 digits) or names the chief judge of an event (a judge assigned to
// it). Both need the organiser.
void set_judge_pin(CompetitionSession& session, const std::string& judge, const std::string& pin,
                   const Login& by);
void set_chief_judge(CompetitionSession& session, const std::string& event,
                     const std::string& judge, const Login& by);
std::optional<std::string> chief_judge(const Store& store, const std::string& event);

// Checks `who`'s password or PIN. A wrong one is recorded ("login.fail") and refused; after
// three in a row each further try must wait twice as long as the one before (2 s, 4 s, ... up
// to 5 minutes), counted from the latest failure. Throws ActionError with the reason.
Login log_in(CompetitionSession& session, const std::string& who, const std::string& secret);
// How long `who` must still wait before the next try (zero when they may try now).
std::chrono::seconds login_wait(const Store& store, const std::string& who);

// Refusals by role: ActionError unless `login` may do it.
void require_organiser(const Login& login);
void require_chief_judge(const Store& store, const Login& login, const std::string& event);
// The organiser or the chief judge of any event (importing laptops' packets).
void require_organiser_or_chief(const CompetitionSession& session, const Login& login);
// A judge enters their own marks in events they judge; a measurement aspect (one value per
// contestant) may be entered or corrected by any judge of the event, and the chief judge may
// correct any mark of the event. Without roles, everyone may.
void require_may_enter(const CompetitionSession& session, const Login& login,
                       const std::string& event, const std::string& judge,
                       const std::string& aspect);

}  // namespace plumb
