// Fitting GTK's file chooser into the screen's work area when it is mapped.
#include "ui/file_dialog.h"

#include <algorithm>

#include <wx/dirdlg.h>
#include <wx/filedlg.h>

#include <gtk/gtk.h>

namespace plumb::ui {

namespace {

// Runs after the chooser's own "map" handler has given it its default size.
void fit_into_work_area(GtkWidget* widget, gpointer) {
    GtkWindow* window = GTK_WINDOW(widget);
    GdkDisplay* display = gtk_widget_get_display(widget);
    GdkMonitor* monitor = gdk_display_get_monitor_at_window(display, gtk_widget_get_window(widget));
    if (!monitor) return;
    GdkRectangle area;
    gdk_monitor_get_workarea(monitor, &area);
    const int margin = 8;
    int width = 0, height = 0, x = 0, y = 0;
    gtk_window_get_size(window, &width, &height);
    const int fit_width = std::min(width, area.width - 2 * margin);
    const int fit_height = std::min(height, area.height - 2 * margin);
    if (fit_width != width || fit_height != height)
        gtk_window_resize(window, fit_width, fit_height);
    gtk_window_get_position(window, &x, &y);
    x = std::clamp(x, area.x + margin, area.x + area.width - margin - fit_width);
    y = std::clamp(y, area.y + margin, area.y + area.height - margin - fit_height);
    gtk_window_move(window, x, y);
}

template <class Dialog>
int show_fitted(Dialog& dialog) {
    auto* widget = static_cast<GtkWidget*>(dialog.GetHandle());
    const gulong hook =
        widget ? g_signal_connect_after(widget, "map", G_CALLBACK(fit_into_work_area), nullptr) : 0;
    const int answer = dialog.ShowModal();
    if (hook) g_signal_handler_disconnect(widget, hook);
    return answer;
}

}  // namespace

int show_file_dialog(wxFileDialog& dialog) {
    return show_fitted(dialog);
}

int show_file_dialog(wxDirDialog& dialog) {
    return show_fitted(dialog);
}

}  // namespace plumb::ui
