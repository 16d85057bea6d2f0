// Watching for keys and clicks in every window of the program, and the check every few seconds.
#include "ui/idle_logout.h"

#include <wx/event.h>
#include <wx/eventfilter.h>

#include "ui/console.h"

namespace plumb::ui {

// Sees every event before any window does: keys, clicks and the wheel count as someone at the
// console; mere pointer movement does not (a judge walking past knocks the mouse).
class IdleLogout::Activity : public wxEventFilter {
public:
    explicit Activity(Console& console) : console_(console) { wxEvtHandler::AddFilter(this); }
    ~Activity() override { wxEvtHandler::RemoveFilter(this); }

    int FilterEvent(wxEvent& event) override {
        const wxEventType t = event.GetEventType();
        if (t == wxEVT_KEY_DOWN || t == wxEVT_LEFT_DOWN || t == wxEVT_RIGHT_DOWN ||
            t == wxEVT_MIDDLE_DOWN || t == wxEVT_MOUSEWHEEL)
            console_.touch(Console::Clock::now());
        return Event_Skip;
    }

private:
    Console& console_;
};

IdleLogout::IdleLogout(Console& console)
    : console_(console), activity_(std::make_unique<Activity>(console)) {
    console_.touch(Console::Clock::now());
    timer_.Bind(wxEVT_TIMER,
                [this](wxTimerEvent&) { console_.log_out_if_idle(Console::Clock::now()); });
    timer_.Start(5000);
}

IdleLogout::~IdleLogout() {
    timer_.Stop();
}

}  // namespace plumb::ui
