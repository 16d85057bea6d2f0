// A form dialog's last step of set-up, the same for every form that saves through a service.
#pragma once

#include <functional>

class wxDialog;

namespace plumb::ui {

// OK closes DIALOG only when SAVE returns true (a refused change stays where it was typed); the
// dialog is fitted to its content and centred on its parent.
void ready_form(wxDialog* dialog, std::function<bool()> save);

}  // namespace plumb::ui
