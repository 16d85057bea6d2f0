// The draw sheet of an event: who drew which number and workstation, with the seed that
// reproduces it; as rows for the list and as HTML for printing.
#pragma once

#include <optional>
#include <vector>

#include <wx/string.h>

#include "core/competition.h"
#include "services/roster_admin.h"

namespace plumb::ui {

struct DrawSheet {
    wxString competition;
    wxString event;
    wxString seed;      // empty when the event has not been drawn
    wxString drawn;     // the date of the draw, from the audit log
    wxString drawn_by;  // who drew
    // Draw number, workstation, registration number, name, status; in draw number order.
    std::vector<std::vector<wxString>> rows;
};

DrawSheet draw_sheet(const Competition& competition, const Event& event,
                     const std::vector<Contestant>& contestants,
                     const std::optional<DrawRecord>& record);

// A printable page: title, event, seed and dates, then the table.
wxString draw_sheet_html(const DrawSheet& sheet, const wxString& printed_on);

}  // namespace plumb::ui
