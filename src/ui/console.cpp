// The console's shared state: session, cached event books, change notifications.
#include "ui/console.h"

namespace plumb::ui {

Console::Console(std::unique_ptr<CompetitionSession> session) : session_(std::move(session)) {}

EventBook& Console::book(const std::string& event) {
    auto& slot = books_[event];
    if (!slot) slot = std::make_unique<EventBook>(session_->book(event));
    return *slot;
}

MarkOutcome Console::record_mark(const Login& login, const std::string& event,
                                 const std::string& workstation, const std::string& judge,
                                 const std::string& aspect, const std::string& value,
                                 const std::string& reason) {
    const MarkOutcome outcome = enter_mark(
        *session_, login, MarkRequest{event, workstation, judge, aspect, value, reason, {}});
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
    const auto it = logins_.find(who);
    if (it == logins_.end()) return std::nullopt;
    return it->second;
}

Login Console::log_in(const std::string& who, const std::string& secret) {
    Login login = plumb::log_in(*session_, who, secret);
    logins_[who] = login;
    return login;
}

void Console::log_out() {
    logins_.clear();
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
    notify({});
}

void Console::notify(const std::string& event) {
    for (const auto& l : listeners_) l(event);
}

Actor Console::actor(const std::string& who, const std::string& reason) const {
    return Actor{{}, who, reason};
}

}  // namespace plumb::ui
