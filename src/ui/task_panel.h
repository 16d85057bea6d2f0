// One page of the main frame: a task such as set-up, score entry or results.
#pragma once

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
};

}  // namespace plumb::ui
