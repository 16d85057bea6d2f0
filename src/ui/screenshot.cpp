// Grabs a window's pixels from the X server through GDK and writes them as PNG. (wxScreenDC
// under GTK 3 returned the first picture again and again, so GDK reads the window directly.)
#include "ui/screenshot.h"

#include <gtk/gtk.h>

#include <wx/app.h>
#include <wx/window.h>

namespace plumb {

bool save_screenshot(wxWindow* window, const wxString& png_path) {
    window->Refresh();
    window->Update();
    wxYield();
    GdkWindow* gdk = gtk_widget_get_window(static_cast<GtkWidget*>(window->GetHandle()));
    if (!gdk) return false;
    const int width = gdk_window_get_width(gdk), height = gdk_window_get_height(gdk);
    GdkPixbuf* pixels = gdk_pixbuf_get_from_window(gdk, 0, 0, width, height);
    if (!pixels) return false;
    GError* error = nullptr;
    const bool saved = gdk_pixbuf_save(pixels, png_path.utf8_str(), "png", &error, nullptr);
    if (error) g_error_free(error);
    g_object_unref(pixels);
    return saved;
}

}  // namespace plumb
