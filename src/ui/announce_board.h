// The full-screen announce board for a projector: one trade's award winners from the last prize
// up to first, one step per key press; Tab or a number switches trade; Esc leaves.
#pragma once

#include <string>
#include <vector>

#include <wx/frame.h>

#include "ui/announce_paint.h"
#include "ui/announce_steps.h"

class wxPanel;

namespace plumb::ui {

class Console;

class AnnounceBoard : public wxFrame {
public:
    // An empty `event` starts with the trade chooser.
    AnnounceBoard(wxWindow* parent, Console& console, const std::string& event);

    const std::string& event() const { return event_; }
    bool choosing() const { return event_.empty(); }
    // 0 is the trade's title card; k (1..steps()) has shown the k-th winner.
    int step() const { return step_; }
    int steps() const { return static_cast<int>(steps_.size()); }
    const AnnounceStep* current() const;
    bool revealed() const { return revealed_; }
    wxWindow* canvas() const;

    void next();
    void back();
    void choose(const std::string& event);
    void choose_index(int index);  // 0-based, in the competition's order of events
    // What the board draws now (for the painter and the tests).
    BoardPicture picture() const;

private:
    void on_key(wxKeyEvent& e);
    void redraw();

    Console& console_;
    std::string event_;
    std::vector<AnnounceStep> steps_;
    int step_ = 0;
    bool revealed_ = false;
    int incomplete_ = 0;
    int highlight_ = 0;  // the chooser's highlighted trade
    wxPanel* canvas_ = nullptr;
};

// Opens the board full screen (see panels.h for show_announce_board); it deletes itself.
AnnounceBoard* open_announce_board(wxWindow* parent, Console& console, const std::string& event);

}  // namespace plumb::ui
