// Translated wording of what the core reports about a result row: why it is not ranked, its
// flags, its rank with the tie mark.
#pragma once

#include <optional>

#include <wx/string.h>

#include "core/results.h"
#include "core/sheet.h"

namespace plumb::ui {

// "A1 missing", "C3: 2 of 3 judges", "theory score missing", ... in the UI language.
wxString issue_text(const Event& event, const SheetResult& sheet, const SheetIssue& issue);
// Everything an unranked contestant still lacks, or why they do not compete.
wxString unranked_reason(const Event& event, const SheetResult& sheet);
// Spread flags and the tie, for the notes column.
wxString result_notes(const ResultRow& row, const SheetResult& sheet);
// "3", or "3=" when tied with another contestant on every key (a shared place), as printed.
wxString rank_text(const std::optional<int>& rank, bool tie);

}  // namespace plumb::ui
