// One page of the main frame: a task such as set-up, score entry or results.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <wx/string.h>

class wxWindow;

namespace plumb::ui {

class TaskPanel {
public:
    virtual ~TaskPanel() = default;
    virtual wxWindow* window() = 0;
    // The tab's label, already translated.
    virtual wxString title() const = 0;
    // Short name used by --screenshot and tests: "setup", "entry", "progress", "results".
    virtual const char* name() const = 0;

    // A view of the panel beyond its first look, for --screenshot (saved as NAME-SHOT-LANG.png):
    // `show` brings it up (a page selected, a dialog opened without waiting for it) and returns
    // the window to save; `done` puts things back (closes the dialog).
    struct Shot {
        std::string name;
        std::function<wxWindow*()> show;
        std::function<void()> done;
    };
    virtual std::vector<Shot> shots() { return {}; }

    // Asked before the window closes: what is typed but not yet saved is saved now, or the user
    // chose to drop it. false keeps the window open.
    virtual bool may_close() { return true; }
};

}  // namespace plumb::ui
