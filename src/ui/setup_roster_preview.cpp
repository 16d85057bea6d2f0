// Fills the preview dialog from a RosterPreview; nothing here writes to the competition.
#include "ui/setup_roster_preview.h"

#include <wx/button.h>
#include <wx/clipbrd.h>
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "ui/setup_row_list.h"
#include "ui/setup_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

RosterPreviewDialog::RosterPreviewDialog(wxWindow* parent, const Competition& competition,
                                         const RosterPreview& preview)
    : preview_(preview) {
    dialog_ = wxXmlResource::Get()->LoadDialog(parent, "setup_roster_preview");
    if (!dialog_) throw std::runtime_error("the setup_roster_preview form could not be loaded");
    auto* summary = XRCCTRL(*dialog_, "preview_summary", wxStaticText);
    auto* copy = XRCCTRL(*dialog_, "copy_problems", wxButton);
    auto* import = XRCCTRL(*dialog_, "wxID_OK", wxButton);
    list_ = new RowList(dialog_);
    list_->SetName("preview_list");
    wxXmlResource::Get()->AttachUnknownControl("preview_list", list_, dialog_);

    std::vector<std::vector<wxString>> rows;
    if (!preview.errors.empty()) {
        summary->SetLabel(wxString::Format(
            _("Problems found in %s: %d. Nothing has been imported: correct the file and "
              "import it again."),
            u8(preview.file), static_cast<int>(preview.errors.size())));
        list_->set_columns({{_("File and line"), 120}, {_("Column"), 80}, {_("Problem"), 400}});
        for (const RowError& e : preview.errors)
            rows.push_back(
                {u8(e.file) + ":" + wxString::Format("%d", e.line), u8(e.field), u8(e.reason)});
    } else {
        summary->SetLabel(preview.rows.empty()
                              ? wxString::Format(_("%s holds no contestants."), u8(preview.file))
                              : wxString::Format(_("%s: %d contestants will be registered."),
                                                 u8(preview.file),
                                                 static_cast<int>(preview.rows.size())));
        list_->set_columns({{_("Registration no."), 80},
                            {_("Name"), 80},
                            {_("ID number"), 150},
                            {_("Gender"), 50},
                            {_("Employer"), 160},
                            {_("Event"), 80},
                            {_("Workstation"), 60, true}});
        for (const Contestant& c : preview.rows)
            rows.push_back({u8(c.registration_no), u8(c.name), u8(c.id_number),
                            gender_label(c.gender), u8(c.employer),
                            event_name(competition, c.event), u8(c.workstation)});
    }
    list_->set_rows(std::move(rows));
    import->Enable(preview.importable());
    copy->Show(!preview.errors.empty());
    copy->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { copy_problems(); });
    (preview.importable() ? static_cast<wxWindow*>(import) : list_)->SetFocus();

    dialog_->SetMinSize(dialog_->FromDIP(wxSize(760, 420)));
    dialog_->Fit();
    dialog_->CentreOnParent();
}

RosterPreviewDialog::~RosterPreviewDialog() {
    dialog_->Destroy();
}

int RosterPreviewDialog::show_modal() {
    return dialog_->ShowModal();
}

void RosterPreviewDialog::copy_problems() {
    wxString text;
    for (const RowError& e : preview_.errors) text += u8(e.str()) + "\n";
    wxClipboardLocker lock;
    if (!lock) return;
    wxTheClipboard->SetData(new wxTextDataObject(text));
}

}  // namespace plumb::ui
