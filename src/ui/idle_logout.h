// Logs out whoever is logged in on the console after its idle minutes (per competition, 5 unless
// set) without a key press, click or wheel turn anywhere in the program.
#pragma once

#include <memory>

#include <wx/timer.h>

namespace plumb::ui {

class Console;

class IdleLogout {
public:
    explicit IdleLogout(Console& console);
    ~IdleLogout();
    IdleLogout(const IdleLogout&) = delete;
    IdleLogout& operator=(const IdleLogout&) = delete;

private:
    class Activity;
    Console& console_;
    std::unique_ptr<Activity> activity_;
    wxTimer timer_;
};

}  // namespace plumb::ui
