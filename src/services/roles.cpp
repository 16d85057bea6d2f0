// Roles, argon2id secrets, logging in with back-off, and who may enter which mark.
#include "services/roles.h"

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "core/identifier.h"
#include "core/translate.h"
#include "services/gate.h"
#include "services/settings_keys.h"

namespace plumb {

namespace {

constexpr int kFreeTries = 3;
constexpr std::chrono::seconds kLongestWait{300};

void ensure_sodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

std::string secret_setting(const std::string& who) {
    return who == kOrganiser ? keys::kOrganiserPassword : keys::pin(who);
}

bool all_digits(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Seconds since the epoch of an audit time ("2019-10-18T09:31:05.123Z"); 0 when unreadable.
std::time_t parse_time(const std::string& at) {
    std::tm tm{};
    if (std::sscanf(at.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                    &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
        return 0;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    return timegm(&tm);
}

void record_login(CompetitionSession& session, const std::string& action, const std::string& who,
                  const std::string& reason) {
    Change change = session.store().begin(Actor{{}, who, reason});
    change.audit(action, who, "who=" + who + "\n");
    change.commit();
}

// Wrong tries of `who` on this database since their last successful login after wrong ones,
// and the latest. A laptop's records, merged on the master, slow down that laptop only: they
// are never counted here (nor dated by this database's clock).
std::pair<int, std::string> failures(const Store& store, const std::string& who) {
    int count = 0;
    std::string latest;
    for (const AuditRecord& r : store.audit_records({"login.fail", "login.ok"})) {
        if (r.subject != who || r.device != store.device_id()) continue;
        if (r.action == "login.ok") {
            count = 0;
            continue;
        }
        ++count;
        latest = std::max(latest, r.at);
    }
    return {count, latest};
}

}  // namespace

const char* to_string(Role role) {
    switch (role) {
        case Role::Organiser: return "organiser";
        case Role::ChiefJudge: return "chief judge";
        case Role::Judge: return "judge";
        case Role::Viewer: return "viewer";
    }
    return "?";
}

bool roles_configured(const Store& store) {
    const auto on = store.setting(keys::kRoles);
    return on && *on == "on";
}

std::string hash_secret(const std::string& secret) {
    ensure_sodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, secret.data(), secret.size(), kSecretOpsLimit, kSecretMemLimit) !=
        0)
        throw std::runtime_error("not enough memory to hash the secret");
    return out;
}

Login unchecked_login(const std::string& who) {
    return Login{who, who == kOrganiser ? Role::Organiser : Role::Judge};
}

void set_organiser_password(CompetitionSession& session, const Login& by,
                            const std::string& password) {
    if (password.size() < 8)
        throw ActionError(tr("the organiser's password needs 8 characters or more"));
    const std::string hash = hash_secret(password);  // slow: before the write lock is taken
    // The first password is set by whoever sets the competition up (roles are off, so the gate
    // lets them), recorded as the organiser; once roles are on, nobody unnamed gets through.
    Login who = by;
    if (who.who.empty()) who = Login{kOrganiser, Role::Viewer};
    Action action(session, who, Act::SetPassword, "organiser's password set");
    action.allow();
    action.change().set_secret(keys::kOrganiserPassword, hash);
    if (!roles_configured(action.store())) action.change().set_setting(keys::kRoles, "on");
    action.commit();
}

void set_judge_pin(CompetitionSession& session, const Login& by, const std::string& judge,
                   const std::string& typed_pin) {
    const std::string pin = narrow_width(typed_pin);  // ４８１５１６ as logging in reads it
    if (pin.size() < kShortestPin || pin.size() > kLongestPin || !all_digits(pin))
        throw ActionError(tr("a PIN is 6 to 12 digits"));
    const std::string hash = hash_secret(pin);
    Action action(session, by, Act::SetPin, "PIN of " + judge + " set");
    action.allow();
    if (!roles_configured(action.store()))
        throw ActionError(tr("set the organiser's password first"));
    if (!session.competition().find_judge(judge))
        throw ActionError(format(tr("unknown judge '%s'"), {judge}));
    action.change().set_secret(keys::pin(judge), hash);
    action.commit();
}

void set_chief_judge(CompetitionSession& session, const Login& by, const std::string& event,
                     const std::string& judge) {
    Action action(session, by, Act::SetChief, judge + " is chief judge of " + event);
    action.allow({event});
    if (!roles_configured(action.store()))
        throw ActionError(tr("set the organiser's password first"));
    const Judge* j = session.competition().find_judge(judge);
    if (!j) throw ActionError(format(tr("unknown judge '%s'"), {judge}));
    if (!j->judges(event))
        throw ActionError(format(tr("judge %s is not assigned to %s"),
                                 {judge, session.competition().event_words(event)}));
    EventState state = action.state(event);
    state.chief_judge = judge;
    action.set_state(state);
    action.commit();
}

std::optional<std::string> chief_judge(const Store& store, const std::string& event) {
    const EventState state = store.event_state(event);
    if (state.chief_judge.empty()) return std::nullopt;
    return state.chief_judge;
}

bool has_pin(const Store& store, const std::string& judge) {
    return store.setting(keys::pin(judge)).has_value();
}

std::chrono::seconds login_wait(const Store& store, const std::string& who) {
    const auto [count, latest] = failures(store, who);
    if (count < kFreeTries) return std::chrono::seconds(0);
    std::chrono::seconds wait(1);
    for (int i = kFreeTries; i <= count && wait < kLongestWait; ++i) wait *= 2;
    wait = std::min(wait, kLongestWait);
    const std::time_t until = parse_time(latest) + static_cast<std::time_t>(wait.count());
    const std::time_t now = std::time(nullptr);
    return std::chrono::seconds(until > now ? until - now : 0);
}

Login log_in(CompetitionSession& session, const std::string& who, const std::string& secret) {
    ensure_sodium();
    const bool organiser = who == kOrganiser;
    const std::string noun = organiser ? "password" : "PIN";
    // The console shows these to the person logging in, so they are marked for translation.
    if (!organiser && !session.competition().find_judge(who))
        throw ActionError(format(tr("unknown judge '%s'"), {who}));
    const auto hash = session.store().setting(secret_setting(who));
    if (!hash)
        throw ActionError(
            organiser
                ? tr("the organiser has no password yet")
                : format(tr("%s has no PIN yet: the organiser sets judges' PINs"), {who}));
    const auto wait = login_wait(session.store(), who);
    if (wait.count() > 0)
        throw ActionError(
            organiser ? format(tr("too many wrong passwords for organiser: try again in %s s"),
                               {std::to_string(wait.count())})
                      : format(tr("too many wrong PINs for %s: try again in %s s"),
                               {who, std::to_string(wait.count())}));
    // A PIN typed in full-width mode (４８１５１６) is the same PIN; a password is as typed.
    const std::string typed = organiser ? secret : narrow_width(secret);
    if (crypto_pwhash_str_verify(hash->c_str(), typed.data(), typed.size()) != 0) {
        record_login(session, "login.fail", who, "wrong " + noun);
        throw ActionError(organiser ? tr("wrong password for organiser")
                                    : format(tr("wrong PIN for %s"), {who}));
    }
    if (failures(session.store(), who).first > 0)
        record_login(session, "login.ok", who, "logged in after wrong " + noun + "s");
    return Login{who, who == kOrganiser ? Role::Organiser : Role::Judge};
}

}  // namespace plumb
