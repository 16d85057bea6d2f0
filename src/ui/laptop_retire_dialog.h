// The Laptops page's Retire: the organiser says why a registered laptop is retired
// (forms/laptop_retire_dialog.xrc); retire_laptop() decides.
#pragma once

class wxWindow;

namespace plumb {
struct RegisteredLaptop;
}

namespace plumb::ui {

class Console;

// Asks the organiser to log in, then why `laptop` is retired, and retires it; true once retired.
// A refusal is shown and the dialog stays open with what was typed.
bool retire_with_reason(wxWindow* parent, Console& console, const RegisteredLaptop& laptop);

}  // namespace plumb::ui
