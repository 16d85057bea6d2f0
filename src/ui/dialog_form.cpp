// OK bound to the form's save, then fitted and centred.
#include "ui/dialog_form.h"

#include <wx/dialog.h>

namespace plumb::ui {

void ready_form(wxDialog* dialog, std::function<bool()> save) {
    dialog->Bind(
        wxEVT_BUTTON,
        [dialog, save = std::move(save)](wxCommandEvent&) {
            if (save()) dialog->EndModal(wxID_OK);
        },
        wxID_OK);
    dialog->Fit();
    dialog->CentreOnParent();
}

}  // namespace plumb::ui
