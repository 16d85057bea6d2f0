// What every panel of the console shares: the open competition, who is at the keyboard, the
// event books kept up to date as marks arrive, and the notifications that a change happened.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/event_book.h"
#include "services/competition_session.h"
#include "services/marks.h"
#include "services/roles.h"

namespace plumb::ui {

class Console {
public:
    explicit Console(std::unique_ptr<CompetitionSession> session);

    CompetitionSession& session() { return *session_; }
    const CompetitionSession& session() const { return *session_; }
    const Competition& competition() const { return session_->competition(); }

    // The event's book, loaded on first use and kept current by record_mark().
    EventBook& book(const std::string& event);

    // Enters a mark as `login` through the gate (enter_mark: durable when this returns; under
    // double entry a first entry waits for a second operator, `operator_name` says who types:
    // "A", "B", or the login's name when empty) and updates the book. Throws ActionError with
    // the gate's reason.
    MarkOutcome record_mark(const Login& login, const std::string& event,
                            const std::string& workstation, const std::string& judge,
                            const std::string& aspect, const std::string& value,
                            const std::string& reason, const std::string& operator_name = {});
    // The same as `judge` logged in on this console (without roles: as that judge).
    MarkOutcome record_mark(const std::string& event, const std::string& workstation,
                            const std::string& judge, const std::string& aspect,
                            const std::string& value, const std::string& reason);

    // Who is at the keyboard. With roles on (roles_configured), one person at a time: the
    // judge who last gave their PIN or the organiser who gave the password, until log_out(),
    // the next login or idle_minutes() without a key or click. Without roles, everyone is
    // logged in already, as before.
    bool roles_on() const;
    std::optional<Login> login_of(const std::string& who) const;
    // Whoever is logged in (roles on), else nothing.
    const std::optional<Login>& logged_in() const { return login_; }
    // Checks the PIN or password through the services (a wrong one is recorded and slows the
    // next try); the login replaces whoever was logged in. Throws ActionError with the reason,
    // translated.
    Login log_in(const std::string& who, const std::string& secret);
    void log_out();

    // A key or click at `now`; and logging out whoever is logged in once idle_minutes() passed
    // since the last one (true when that happened).
    using Clock = std::chrono::steady_clock;
    void touch(Clock::time_point now) { last_activity_ = now; }
    bool log_out_if_idle(Clock::time_point now);
    int idle_minutes() const { return idle_minutes_; }

    // Someone logged in or out. `before` is who was logged in; `idle` says the console logged
    // them out for want of use.
    struct LoginChange {
        std::optional<Login> before;
        bool idle = false;
    };
    using LoginListener = std::function<void(const LoginChange& change)>;
    void listen_logins(LoginListener listener) { login_listeners_.push_back(std::move(listener)); }
    // How the console asks for a PIN or password: the login dialog, unless a test answers.
    // `error` says why the previous try failed ("" at first); nullopt means cancelled.
    using SecretSource =
        std::function<std::optional<std::string>(const std::string& who, const std::string& error)>;
    void set_secret_source(SecretSource source) { secret_source_ = std::move(source); }
    // `who`'s login, asking for the secret until it is right or they cancel (nullopt).
    std::optional<Login> ensure_login(const std::string& who);
    // The organiser, for set-up changes: asked for the password once per console session.
    std::optional<Login> organiser() { return ensure_login(kOrganiser); }

    // After imports, status changes or a draw: books are reloaded and every panel refreshed.
    void changed();

    // Panels listen for changes of one event ("" = everything changed).
    using Listener = std::function<void(const std::string& event)>;
    void listen(Listener listener) { listeners_.push_back(std::move(listener)); }

    Actor actor(const std::string& who, const std::string& reason = {}) const;

private:
    void notify(const std::string& event);

    std::unique_ptr<CompetitionSession> session_;
    std::map<std::string, std::unique_ptr<EventBook>> books_;
    std::vector<Listener> listeners_;
    void set_login(std::optional<Login> login, bool idle);

    std::optional<Login> login_;
    Clock::time_point last_activity_ = Clock::now();
    int idle_minutes_ = 5;
    std::vector<LoginListener> login_listeners_;
    SecretSource secret_source_;
};

}  // namespace plumb::ui
