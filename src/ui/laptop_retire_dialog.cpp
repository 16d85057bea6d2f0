// Retiring a laptop from the Laptops page, through retire_laptop().
#include "ui/laptop_retire_dialog.h"

#include <stdexcept>

#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "services/laptop_retire.h"
#include "services/laptops.h"
#include "ui/console.h"
#include "ui/dialog_form.h"
#include "ui/setup_text.h"
#include "ui/wrapped_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

bool retire_with_reason(wxWindow* parent, Console& console, const RegisteredLaptop& laptop) {
    const auto by = console.organiser();  // with roles on, the organiser's password
    if (!by) return false;
    wxDialog* dialog = wxXmlResource::Get()->LoadDialog(parent, "laptop_retire_dialog");
    if (!dialog) throw std::runtime_error("the laptop_retire_dialog form could not be loaded");
    const int width = dialog->FromDIP(420);
    auto* name = XRCCTRL(*dialog, "retire_laptop", wxStaticText);
    name->SetLabel(u8(laptop.name));
    wrap_label(name, width);
    wrap_label(XRCCTRL(*dialog, "retire_note", wxStaticText), width);
    auto* reason = XRCCTRL(*dialog, "retire_reason", wxTextCtrl);
    const std::string device = laptop.device_id;
    ready_form(dialog, [&] {
        try {
            retire_laptop(console.session(), *by, device, to_u8(reason->GetValue()));
            return true;
        } catch (const std::exception& e) {
            show_refusal(dialog, _("The laptop was not retired."), e);
            return false;
        }
    });
    reason->SetFocus();
    const bool retired = dialog->ShowModal() == wxID_OK;
    dialog->Destroy();
    if (retired) console.changed();
    return retired;
}

}  // namespace plumb::ui
