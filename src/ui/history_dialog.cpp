// Loads the history form and fills its list.
#include "ui/history_dialog.h"

#include "services/history.h"

#include <wx/datetime.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "ui/wx_text.h"

namespace plumb::ui {

wxString local_time(const std::string& iso_utc) {
    wxDateTime t;
    wxString::const_iterator end;
    const wxString text = u8(iso_utc.substr(0, 19));
    if (!t.ParseFormat(text, "%Y-%m-%dT%H:%M:%S", &end) || end != text.end()) return u8(iso_utc);
    return t.FromTimezone(wxDateTime::UTC).Format("%Y-%m-%d %H:%M:%S");
}

void show_history_dialog(wxWindow* parent, const Competition& competition, const wxString& heading,
                         const std::vector<HistoryLine>& lines) {
    wxDialog dlg;
    if (!wxXmlResource::Get()->LoadDialog(&dlg, parent, "history_dialog")) return;
    XRCCTRL(dlg, "history_heading", wxStaticText)->SetLabel(heading);
    auto* list = XRCCTRL(dlg, "history_list", wxListCtrl);
    const wxString columns[] = {_("When"),  _("Judge"),  _("Aspect"),
                                _("Value"), _("Reason"), _("Current")};
    const int widths[] = {150, 140, 60, 150, 260, 70};
    for (int i = 0; i < 6; ++i)
        list->AppendColumn(columns[i], wxLIST_FORMAT_LEFT, dlg.FromDIP(widths[i]));
    for (const HistoryLine& line : lines) {
        const MarkEntry& e = line.entry;
        const Judge* judge = competition.find_judge(e.judge);
        const long row = list->InsertItem(list->GetItemCount(), local_time(e.entered_at));
        list->SetItem(row, 1, u8(e.judge) + (judge ? wxT(" ") + u8(judge->name) : wxString()));
        list->SetItem(row, 2, u8(e.aspect));
        list->SetItem(row, 3, u8(said_value(e.value)));
        list->SetItem(row, 4, u8(said_reason(e.reason)));
        list->SetItem(row, 5, line.current ? wxString(wxT("✓")) : wxString());
        if (!line.current) list->SetItemTextColour(row, wxColour(0x80, 0x80, 0x80));
    }
    if (lines.empty()) list->InsertItem(0, _("No entries yet."));
    dlg.Fit();
    dlg.CentreOnParent();
    dlg.ShowModal();
}

}  // namespace plumb::ui
