// The console's shared state: session, cached event books, change notifications.
#include "ui/console.h"

namespace plumb::ui {

Console::Console(std::unique_ptr<CompetitionSession> session) : session_(std::move(session)) {}

EventBook& Console::book(const std::string& event) {
    auto& slot = books_[event];
    if (!slot) slot = std::make_unique<EventBook>(session_->book(event));
    return *slot;
}

std::optional<MarkEntry> Console::record_mark(const std::string& event,
                                              const std::string& workstation,
                                              const std::string& judge, const std::string& aspect,
                                              const std::string& value,
                                              const std::string& reason) {
    auto entry = session_->enter_mark(event, workstation, judge, aspect, value, actor(judge, reason));
    if (entry) {
        book(event).apply(*entry);
        notify(event);
    }
    return entry;
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
