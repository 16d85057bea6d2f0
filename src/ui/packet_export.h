// "Export score packet" on a judge's laptop, in one step: a folder (a USB stick), the kit's
// passphrase the first time (kept in memory for this console session once it opened the key,
// never on disk), the packet written atomically, and what it carries.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include <wx/string.h>

#include "services/laptops.h"

class wxDialog;
class wxFrame;
class wxWindow;

namespace plumb::ui {

class Console;

// The written packet, shown (forms/packet_export_dialog.xrc).
class PacketWrittenDialog {
public:
    PacketWrittenDialog(wxWindow* parent, const wxString& file, const std::string& device_name,
                        const PacketContents& contents);
    ~PacketWrittenDialog();
    PacketWrittenDialog(const PacketWrittenDialog&) = delete;
    PacketWrittenDialog& operator=(const PacketWrittenDialog&) = delete;
    wxDialog* dialog() const { return dialog_; }

private:
    wxDialog* dialog_ = nullptr;
};

class PacketExport {
public:
    PacketExport(wxFrame* frame, Console& console);
    // The whole step; the packet's path, or "" when cancelled or refused (the reason shown).
    wxString run();
    bool passphrase_known() const { return passphrase_.has_value(); }

private:
    // The packet's bytes, asking for the passphrase until it opens the laptop's key.
    std::optional<std::string> packet();

    wxFrame* frame_;
    Console& console_;
    std::optional<std::string> passphrase_;
    wxString folder_;  // where the last packet went
};

}  // namespace plumb::ui
