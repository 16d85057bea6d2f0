// Real key presses for the GUI tests: X events from the XTest extension, which GTK receives as
// from a keyboard, into the window that has the X input focus; and where a window really is.
#pragma once

#include <wx/defs.h>
#include <wx/gdicmn.h>
#include <wx/string.h>

class wxTopLevelWindow;
class wxWindow;

namespace plumb::test {

// Gives `window` the X input focus and waits until GTK reports it active. Under xvfb-run no
// window manager does this, and key presses would reach whatever window lies under the pointer.
// Fails the test when the window does not become active.
void give_focus(wxTopLevelWindow* window);

// Whether `window` (or a window inside it) has the keyboard focus.
bool has_focus_within(const wxWindow* window);

// Types `text` key by key; characters the keyboard map lacks (合格) through a spare keycode
// mapped to them for the moment, as xdotool does. Returns once the events were handled.
void type_text(const wxString& text);

// Presses and releases one key (WXK_RETURN, WXK_ESCAPE, 'O' with wxMOD_CONTROL, ...).
void press_key(int key, int modifiers = wxMOD_NONE);

// Where the X server has a top-level window (a native dialog's own idea of its size may differ).
wxRect x_window_rect(wxWindow* window);

}  // namespace plumb::test
