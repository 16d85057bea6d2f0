// Showing the console's file dialogs so that they fit a small laptop's screen.
#pragma once

class wxDirDialog;
class wxFileDialog;

namespace plumb::ui {

// Shows `dialog` modally, as ShowModal() does. GTK's file chooser sizes itself from the font
// (about 1100x820 pixels here) and centres itself over the window: on a 1024x600 screen its
// file name field was above the screen's top edge. Shown through here it is made to fit the
// screen's work area when it is mapped.
int show_file_dialog(wxFileDialog& dialog);
// The same for GTK's folder chooser, which sizes itself alike.
int show_file_dialog(wxDirDialog& dialog);

}  // namespace plumb::ui
