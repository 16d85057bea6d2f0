// XTest key presses and the X input focus for the GUI tests (see keyboard.h).
#include "keyboard.h"

#include <stdexcept>

#include <wx/app.h>
#include <wx/toplevel.h>
#include <wx/uiaction.h>
#include <wx/utils.h>
#include <wx/window.h>

// After wxWidgets: Xlib's macros (None, Status, ...) would clash with its headers.
#include <gdk/gdkx.h>
#include <gtk/gtk.h>
#include <X11/Xlib.h>
#include <X11/extensions/XTest.h>

namespace plumb::test {

namespace {

Display* x_display() {
    return GDK_DISPLAY_XDISPLAY(gdk_display_get_default());
}

// Lets GTK read and handle what the X server sent.
void settle(int milliseconds) {
    const auto until = wxGetLocalTimeMillis() + milliseconds;
    while (wxGetLocalTimeMillis() < until) {
        wxTheApp->Yield(true);
        wxMilliSleep(5);
    }
}

// A keycode with no keysym at all in the current map: free to be lent to a character.
int spare_keycode(Display* d) {
    int lowest = 0, highest = 0, per = 0;
    XDisplayKeycodes(d, &lowest, &highest);
    KeySym* map = XGetKeyboardMapping(d, static_cast<KeyCode>(lowest), highest - lowest + 1, &per);
    int spare = 0;
    for (int k = highest; k >= lowest && spare == 0; --k) {
        bool empty = true;
        for (int j = 0; j < per; ++j) empty = empty && map[(k - lowest) * per + j] == NoSymbol;
        if (empty) spare = k;
    }
    XFree(map);
    if (spare == 0) throw std::runtime_error("no spare keycode to type a character with");
    return spare;
}

// One character the keyboard map has no key for: lend it a spare keycode, press, give it back.
void type_unmapped(wxUniChar c) {
    Display* d = x_display();
    const int code = spare_keycode(d);
    const auto value = static_cast<KeySym>(c.GetValue());
    KeySym sym = value < 0x100 ? value : 0x01000000 + value;  // X's Unicode keysyms
    XChangeKeyboardMapping(d, code, 1, &sym, 1);
    XSync(d, False);
    settle(60);  // GDK reads the new map on MappingNotify before the key arrives
    XTestFakeKeyEvent(d, static_cast<unsigned>(code), True, CurrentTime);
    XTestFakeKeyEvent(d, static_cast<unsigned>(code), False, CurrentTime);
    XSync(d, False);
    settle(60);
    sym = NoSymbol;
    XChangeKeyboardMapping(d, code, 1, &sym, 1);
    XSync(d, False);
    settle(30);
}

}  // namespace

void give_focus(wxTopLevelWindow* window) {
    window->Raise();  // gtk_window_present: with no window manager, XSetInputFocus on it
    for (int i = 0; i < 150 && !window->IsActive(); ++i) settle(20);
    if (!window->IsActive())
        throw std::runtime_error("the test window did not get the X input focus");
    settle(50);
}

bool has_focus_within(const wxWindow* window) {
    for (const wxWindow* w = wxWindow::FindFocus(); w; w = w->GetParent())
        if (w == window) return true;
    return false;
}

void type_text(const wxString& text) {
    wxUIActionSimulator sim;
    for (const wxUniChar c : text) {
        if (c.IsAscii() && c >= ' ') {
            const char ch = static_cast<char>(c);
            sim.Char(ch, ch >= 'A' && ch <= 'Z' ? wxMOD_SHIFT : wxMOD_NONE);
            settle(15);
        } else {
            type_unmapped(c);
        }
    }
    settle(80);
}

void press_key(int key, int modifiers) {
    wxUIActionSimulator sim;
    sim.Char(key, modifiers);
    settle(120);
}

wxRect x_window_rect(wxWindow* window) {
    GdkWindow* gdk = gtk_widget_get_window(static_cast<GtkWidget*>(window->GetHandle()));
    if (!gdk) return {};
    int x = 0, y = 0;
    gdk_window_get_origin(gdk, &x, &y);
    return wxRect(x, y, gdk_window_get_width(gdk), gdk_window_get_height(gdk));
}

}  // namespace plumb::test
