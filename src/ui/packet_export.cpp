// Writing a laptop's score packet to a folder and saying what it carries.
#include "ui/packet_export.h"

#include <stdexcept>

#include <wx/datetime.h>
#include <wx/dialog.h>
#include <wx/filename.h>
#include <wx/frame.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "io/file_bytes.h"
#include "services/score_packet.h"
#include "ui/console.h"
#include "ui/file_questions.h"
#include "ui/history_dialog.h"
#include "ui/passphrase_dialog.h"
#include "ui/wrapped_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

PacketWrittenDialog::PacketWrittenDialog(wxWindow* parent, const wxString& file,
                                         const std::string& device_name,
                                         const PacketContents& contents) {
    dialog_ = wxXmlResource::Get()->LoadDialog(parent, "packet_export_dialog");
    if (!dialog_) throw std::runtime_error("the packet_export_dialog form could not be loaded");
    const int width = dialog_->FromDIP(480);
    const auto set = [this, width](const char* name, const wxString& text) {
        auto* label = XRCCTRL(*dialog_, name, wxStaticText);
        if (!text.empty()) label->SetLabel(text);
        wrap_label(label, width);
    };
    set("packet_heading",
        wxString::Format(_("The score packet of \"%s\" is written."), u8(device_name)));
    set("packet_file", file);
    const wxString latest =
        contents.latest_mark_at.empty()
            ? _("no mark entered yet")
            : wxString::Format(_("the latest entered at %s"), local_time(contents.latest_mark_at));
    set("packet_contents", wxString::Format(wxPLURAL("It carries %d mark entry, %s.",
                                                     "It carries %d mark entries, %s.",
                                                     static_cast<int>(contents.marks)),
                                            static_cast<int>(contents.marks), latest));
    set("packet_seal_label", {});
    set("packet_seal", u8(contents.seal));
    set("packet_cumulative", {});
    dialog_->Fit();
    dialog_->CentreOnParent();
}

PacketWrittenDialog::~PacketWrittenDialog() {
    dialog_->Destroy();
}

PacketExport::PacketExport(wxFrame* frame, Console& console) : frame_(frame), console_(console) {}

std::optional<std::string> PacketExport::packet() {
    const CompetitionSession& laptop = console_.session();
    if (passphrase_) return export_packet(laptop, *passphrase_);  // opened it before
    const auto id = laptop_identity(laptop);
    const wxString heading = wxString::Format(_("Sign the score packet of \"%s\""),
                                              u8(id ? id->device_name : std::string()));
    wxString error;
    for (;;) {
        const auto typed = ask_passphrase(frame_, heading, error);
        if (!typed) return std::nullopt;
        try {
            std::string bytes = export_packet(laptop, to_u8(*typed));
            passphrase_ = to_u8(*typed);  // for this console session only
            return bytes;
        } catch (const ActionError& e) {
            error = u8(e.what());
        }
    }
}

wxString PacketExport::run() {
    const auto id = laptop_identity(console_.session());
    if (!id) return {};
    const wxString folder =
        file_questions().folder(frame_, _("Choose the folder or USB stick for the score packet"),
                                folder_.empty() ? removable_media_folder() : folder_);
    if (folder.empty()) return {};
    wxString file;
    try {
        const auto bytes = packet();
        if (!bytes) return {};
        const PacketContents contents = packet_contents(console_.session());
        const std::string name =
            packet_file_name(id->device_name, to_u8(wxDateTime::Now().Format("%Y%m%d-%H%M")));
        file = wxFileName(folder, u8(name)).GetFullPath();
        write_file_atomically(to_u8(file), *bytes);
        folder_ = folder;
        frame_->SetStatusText(wxString::Format(_("Score packet written: %s"), file));
        PacketWrittenDialog done(frame_, file, id->device_name, contents);
        done.dialog()->ShowModal();
    } catch (const std::exception& e) {
        wxMessageDialog dlg(frame_, _("The score packet was not written."),
                            _("Export score packet"), wxOK | wxICON_ERROR);
        dlg.SetExtendedMessage(u8(e.what()));
        dlg.ShowModal();
        return {};
    }
    return file;
}

}  // namespace plumb::ui
