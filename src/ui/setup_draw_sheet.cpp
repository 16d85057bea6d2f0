// Builds the draw sheet from the roster and writes it as HTML for wxHtmlEasyPrinting.
#include "ui/setup_draw_sheet.h"

#include <algorithm>

#include <wx/intl.h>

#include "ui/setup_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

wxString escape(const wxString& text) {
    wxString out;
    for (const wxUniChar c : text) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (c == '"')
            out += "&quot;";
        else
            out += c;
    }
    return out;
}

}  // namespace

DrawSheet draw_sheet(const Competition& competition, const Event& event,
                     const std::vector<Contestant>& contestants,
                     const std::optional<DrawRecord>& record) {
    DrawSheet sheet;
    sheet.competition = u8(competition.name);
    sheet.event = event_name(event);
    if (record) {
        sheet.seed = wxString::Format("%llu", static_cast<unsigned long long>(record->seed));
        // The audit time is UTC; its date is what organisers need on paper.
        sheet.drawn = u8(record->at.substr(0, 10));
        sheet.drawn_by = record->actor == "organiser" ? _("organiser") : u8(record->actor);
    }
    std::vector<const Contestant*> drawn;
    for (const Contestant& c : contestants)
        if (c.event == event.code && c.draw_no) drawn.push_back(&c);
    std::sort(drawn.begin(), drawn.end(),
              [](const Contestant* a, const Contestant* b) { return *a->draw_no < *b->draw_no; });
    for (const Contestant* c : drawn)
        sheet.rows.push_back({wxString::Format("%d", *c->draw_no), u8(c->workstation),
                              u8(c->registration_no), u8(c->name),
                              c->status == ContestantStatus::Active
                                  ? wxString()
                                  : contestant_status_label(c->status)});
    return sheet;
}

wxString draw_sheet_html(const DrawSheet& sheet, const wxString& printed_on) {
    wxString html = "<html><body>";
    html += "<h3 align=\"center\">" + escape(sheet.competition) + "</h3>";
    html +=
        "<h2 align=\"center\">" + escape(wxString::Format(_("Draw: %s"), sheet.event)) + "</h2>";
    html += "<p>" + escape(wxString::Format(_("Seed: %s"), sheet.seed)) + "<br>";
    html += escape(wxString::Format(_("Drawn: %s by %s"), sheet.drawn, sheet.drawn_by)) + "<br>";
    html += escape(wxString::Format(_("Printed: %s"), printed_on)) + "</p>";
    html += "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" width=\"100%\"><tr>";
    for (const wxString& h :
         {_("Draw no."), _("Workstation"), _("Registration no."), _("Name"), _("Status")})
        html += "<th>" + escape(h) + "</th>";
    html += "</tr>";
    for (const auto& row : sheet.rows) {
        html += "<tr>";
        for (std::size_t i = 0; i < row.size(); ++i)
            html += (i < 2 ? "<td align=\"center\">" : "<td>") + escape(row[i]) + "</td>";
        html += "</tr>";
    }
    html += "</table>";
    html += "<p><br>" +
            escape(_("Signed (chief judge): ____________    Supervisor: ____________")) + "</p>";
    html += "</body></html>";
    return html;
}

}  // namespace plumb::ui
