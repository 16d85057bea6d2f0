// `plumbline --screenshot DIR` also saves the laptop screens and dialogs, made on a scratch demo
// competition in a temporary folder (the competition on screen is left as it is): a kit's
// passphrase, opening a kit, the passphrase prompt, a laptop's window, signing off, a packet
// written, the Laptops page after an import and a conflict on the Conflicts page.
#pragma once

#include <string>

#include <wx/string.h>

namespace plumb::ui {

// Saves them as NAME-LANG.png into `dir`; false when one could not be made.
bool save_laptop_screenshots(const wxString& dir, const std::string& language);

}  // namespace plumb::ui
