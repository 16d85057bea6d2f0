// What the 1024x600 tests ask of the screen: its work area, whether a window lies on it, and
// where a file or folder dialog really opened (read from X while it is up, then cancelled).
#pragma once

#include <string>

#include <wx/display.h>
#include <wx/timer.h>
#include <wx/uiaction.h>

#include "gui_fixture.h"
#include "keyboard.h"
#include "ui/file_dialog.h"

namespace plumb::test {

inline wxRect screen_area() {
    return wxDisplay(0u).GetClientArea();
}

// Whether `inner`, in screen coordinates, lies on the screen.
inline bool on_screen(const wxRect& inner) {
    return screen_area().Contains(inner.GetTopLeft()) &&
           screen_area().Contains(inner.GetBottomRight());
}

// Shows DIALOG as the console does (ui::show_file_dialog), saves its screenshot as SHOT, checks
// its real X geometry lies on the screen and cancels it with a real Escape.
template <class Dialog>
void check_dialog_on_screen(Dialog& dialog, const std::string& shot) {
    wxRect where;
    bool saved = false;
    wxTimer look;
    look.Bind(wxEVT_TIMER, [&](wxTimerEvent&) {
        where = x_window_rect(&dialog);
        saved = save_screenshot(&dialog, screenshot_path(shot));
        wxUIActionSimulator().Char(WXK_ESCAPE);
    });
    look.StartOnce(1500);
    CHECK(ui::show_file_dialog(dialog) == wxID_CANCEL);
    CHECK(saved);
    CHECK_MESSAGE(on_screen(where), "dialog at " << where.x << "," << where.y << " " << where.width
                                                 << "x" << where.height);
}

}  // namespace plumb::test
