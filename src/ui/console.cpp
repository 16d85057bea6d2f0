// The console's shared state: session, cached event books, change notifications.
#include "ui/console.h"

#include "services/console_settings.h"

namespace plumb::ui {

Console::Console(std::unique_ptr<CompetitionSession> session)
    : session_(std::move(session)), idle_minutes_(idle_logout_minutes(session_->store())) {}

EventBook& Console::book(const std::string& event) {
    auto& slot = books_[event];
    if (!slot) slot = std::make_unique<EventBook>(session_->book(event));
    return *slot;
}

MarkOutcome Console::record_mark(const Login& login, const std::string& event,
                                 const std::string& workstation, const std::string& judge,
                                 const std::string& aspect, const std::string& value,
                                 const std::string& reason, const std::string& operator_name) {
    const MarkOutcome outcome =
        enter_mark(*session_, login,
                   MarkRequest{event, workstation, judge, aspect, value, reason, operator_name});
    if (outcome.entry) book(event).apply(*outcome.entry);
    if (outcome.result == MarkResult::Agreed) books_.erase(event);  // read again with the mark
    if (outcome.result != MarkResult::Unchanged) notify(event);
    return outcome;
}

MarkOutcome Console::record_mark(const std::string& event, const std::string& workstation,
                                 const std::string& judge, const std::string& aspect,
                                 const std::string& value, const std::string& reason) {
    return record_mark(login_of(judge).value_or(Login{}), event, workstation, judge, aspect, value,
                       reason);
}

bool Console::roles_on() const {
    return roles_configured(session_->store());
}

std::optional<Login> Console::login_of(const std::string& who) const {
    if (!roles_on()) return Login{who, who == kOrganiser ? Role::Organiser : Role::Judge};
    if (!login_ || login_->who != who) return std::nullopt;
    return login_;
}

Login Console::log_in(const std::string& who, const std::string& secret) {
    Login login = plumb::log_in(*session_, who, secret);
    last_activity_ = Clock::now();
    set_login(login, false);
    return login;
}

void Console::log_out() {
    set_login(std::nullopt, false);
}

bool Console::log_out_if_idle(Clock::time_point now) {
    if (!login_ || now - last_activity_ < std::chrono::minutes(idle_minutes_)) return false;
    set_login(std::nullopt, true);
    return true;
}

void Console::set_login(std::optional<Login> login, bool idle) {
    LoginChange change{login_, idle};
    login_ = std::move(login);
    for (const auto& l : login_listeners_) l(change);
}

std::optional<Login> Console::ensure_login(const std::string& who) {
    if (auto known = login_of(who)) return known;
    std::string error;
    while (secret_source_) {
        const auto secret = secret_source_(who, error);
        if (!secret) return std::nullopt;
        try {
            return log_in(who, *secret);
        } catch (const ActionError& e) {
            error = e.what();  // shown in the dialog; they may try again or cancel
        }
    }
    return std::nullopt;  // nobody to ask
}

void Console::changed() {
    books_.clear();
    idle_minutes_ = idle_logout_minutes(session_->store());
    notify({});
}

void Console::notify(const std::string& event) {
    for (const auto& l : listeners_) l(event);
}

Actor Console::actor(const std::string& who, const std::string& reason) const {
    return Actor{{}, who, reason};
}

}  // namespace plumb::ui
