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

// The cost of a PIN or password hash (argon2id): chosen so that trying all 10^6 six-digit PINs
// against a hash taken from a stolen laptop takes days of a core (bench/pin_cost measures it;
// docs/packets.md records the figures), while a login takes about half a second.
inline constexpr unsigned long long kSecretOpsLimit = 3;
inline constexpr std::size_t kSecretMemLimit = 128u << 20;
// PINs are 6 to 12 digits.
inline constexpr std::size_t kShortestPin = 6, kLongestPin = 12;

// An argon2id hash of a PIN or password (libsodium crypto_pwhash_str at the cost above).
std::string hash_secret(const std::string& secret);

// Sets the organiser's password (Act::SetPassword): the first one turns roles on and may be set
// by whoever sets the competition up; later ones need the organiser. 8 characters or more.
void set_organiser_password(CompetitionSession& session, const Login& by,
                            const std::string& password);
// Sets a judge's PIN (Act::SetPin: the organiser; 6 to 12 digits) or names an event's chief
// judge, a judge assigned to it (Act::SetChief: the organiser). Roles must be on.
void set_judge_pin(CompetitionSession& session, const Login& by, const std::string& judge,
                   const std::string& pin);
void set_chief_judge(CompetitionSession& session, const Login& by, const std::string& event,
                     const std::string& judge);
// The event's chief judge, if one is named.
std::optional<std::string> chief_judge(const Store& store, const std::string& event);
// Whether the judge has a PIN.
bool has_pin(const Store& store, const std::string& judge);

// Who is at the keyboard when roles are off: nobody is asked to prove it, `who` is recorded.
Login unchecked_login(const std::string& who);

// Checks `who`'s password or PIN. A wrong one is recorded ("login.fail") and refused; after
// three in a row each further try must wait twice as long as the one before (2 s, 4 s, ... up
// to 5 minutes), counted from the latest failure. Throws ActionError with the reason.
Login log_in(CompetitionSession& session, const std::string& who, const std::string& secret);
// How long `who` must still wait before the next try (zero when they may try now).
std::chrono::seconds login_wait(const Store& store, const std::string& who);

}  // namespace plumb
