// What every panel of the console shares: the open competition, who is at the keyboard, the
// event books kept up to date as marks arrive, and the notifications that a change happened.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/event_book.h"
#include "services/competition_session.h"

namespace plumb::ui {

class Console {
public:
    explicit Console(std::unique_ptr<CompetitionSession> session);

    CompetitionSession& session() { return *session_; }
    const Competition& competition() const { return session_->competition(); }

    // The event's book, loaded on first use and kept current by record_mark().
    EventBook& book(const std::string& event);

    // Enters a mark through the services (durable when this returns) and updates the book.
    // Returns the entry, or nullopt when the value was already recorded. Throws ActionError.
    std::optional<MarkEntry> record_mark(const std::string& event, const std::string& workstation,
                                         const std::string& judge, const std::string& aspect,
                                         const std::string& value, const std::string& reason);

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
};

}  // namespace plumb::ui
