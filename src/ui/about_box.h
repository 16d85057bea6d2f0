// Help > About: the program's name, version and the commit it was built from.
#pragma once

class wxWindow;

namespace plumb::ui {

void show_about_box(wxWindow* parent);

}  // namespace plumb::ui
