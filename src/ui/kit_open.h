// Opening a judge kit on a laptop (Competition menu, the start page, `plumbline FILE.kit`): the
// kit's passphrase, the master key's fingerprint to compare, where the laptop's database goes;
// then import_kit() makes it.
#pragma once

#include <wx/string.h>

#include "services/judge_kit.h"

class wxCheckBox;
class wxDialog;
class wxWindow;

namespace plumb::ui {

// What the kit is for and the master key's fingerprint (forms/kit_check_dialog.xrc).
class KitCheckDialog {
public:
    KitCheckDialog(wxWindow* parent, const KitImport& kit, const wxString& kit_file);
    ~KitCheckDialog();
    KitCheckDialog(const KitCheckDialog&) = delete;
    KitCheckDialog& operator=(const KitCheckDialog&) = delete;

    wxDialog* dialog() const { return dialog_; }
    bool delete_kit() const;

private:
    wxDialog* dialog_ = nullptr;
    wxCheckBox* delete_ = nullptr;
};

// Asks for the kit file when `kit_file` is empty, then as above. The new database's path, or ""
// when cancelled or refused (the reason was shown over `parent`).
wxString open_judge_kit(wxWindow* parent, wxString kit_file = {});

}  // namespace plumb::ui
