// The laptop's banner and menus.
#include "ui/laptop_window.h"

#include <memory>

#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "services/laptops.h"
#include "ui/console.h"
#include "ui/packet_export.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

wxString judges_text(const Competition& competition, const std::vector<std::string>& codes) {
    wxString out;
    for (const std::string& code : codes) {
        const Judge* j = competition.find_judge(code);
        out += (out.empty() ? wxString() : wxString(_(", "))) + u8(code + (j ? " " + j->name : ""));
    }
    return out;
}

// The announce board shows names once revealed, which happens on the master only.
void remove_announce(wxFrame* frame) {
    wxMenuBar* bar = frame->GetMenuBar();
    wxMenu* menu = nullptr;
    wxMenuItem* item = bar->FindItem(XRCID("menu_announce"), &menu);
    if (!item || !menu) return;
    const size_t at = static_cast<size_t>(menu->GetMenuItems().IndexOf(item));
    menu->Destroy(item);
    if (at < menu->GetMenuItemCount() && menu->FindItemByPosition(at)->IsSeparator())
        menu->Destroy(menu->FindItemByPosition(at));
}

}  // namespace

void show_laptop_identity(wxFrame* frame, Console& console) {
    auto* banner = XRCCTRL(*frame, "laptop_banner", wxStaticText);
    const auto id = laptop_identity(console.session());
    if (!id) {
        if (banner) banner->Hide();
        return;
    }
    const Competition& c = console.competition();
    const Event* event = c.find_event(id->event);
    const wxString trade = event ? u8(event->scheme.name) : u8(id->event);
    if (banner) {
        banner->SetLabel(
            wxString::Format(_("Judge's laptop \"%s\" for %s - judges: %s - its packets go to the "
                               "master"),
                             u8(id->device_name), trade, judges_text(c, id->judges)));
        banner->Show();
    }
    frame->SetTitle(u8(id->device_name) + wxT(" \u2014 ") + u8(c.name) + wxT(" \u2014 Plumbline"));
    remove_announce(frame);

    wxMenu* menu = frame->GetMenuBar()->GetMenu(0);
    size_t at = 0;
    menu->FindChildItem(XRCID("menu_open_kit"), &at);
    const int id_export = XRCID("menu_export_packet");
    menu->Insert(at + 1, id_export, _("&Export score packet...\tCtrl+E"),
                 _("Write this laptop's score packet to a folder or USB stick for the master"));
    auto exporter = std::make_shared<PacketExport>(frame, console);
    frame->Bind(
        wxEVT_MENU, [exporter](wxCommandEvent&) { exporter->run(); }, id_export);
}

}  // namespace plumb::ui
