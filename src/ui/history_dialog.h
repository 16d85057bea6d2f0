// A cell's full history in a dialog: who, when, value, reason, and which entries are current.
#pragma once

#include <string>
#include <vector>

#include <wx/string.h>

#include "core/competition.h"
#include "core/entries.h"

class wxWindow;

namespace plumb::ui {

struct HistoryLine {
    MarkEntry entry;
    bool current = false;  // the judge's latest value
};

// Shows the lines (log order) under `heading`; returns when the dialog is closed.
void show_history_dialog(wxWindow* parent, const Competition& competition, const wxString& heading,
                         const std::vector<HistoryLine>& lines);

// "2019-10-18T01:31:05.123Z" as local time, "2019-10-18 09:31:05"; the text as given when it
// does not parse.
wxString local_time(const std::string& iso_utc);

}  // namespace plumb::ui
