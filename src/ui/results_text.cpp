// Sheet issues and flags in words, from their structured form (never the core's English).
#include "ui/results_text.h"

#include <wx/intl.h>

#include "ui/wx_text.h"

namespace plumb::ui {

wxString issue_text(const Event& event, const SheetResult& sheet, const SheetIssue& issue) {
    const wxString aspect = u8(issue.aspect);
    switch (issue.kind) {
        case SheetIssue::Kind::Missing: return wxString::Format(_("%s missing"), aspect);
        case SheetIssue::Kind::Conflict:
            return wxString::Format(_("%s conflict (%s)"), aspect, u8(issue.detail));
        case SheetIssue::Kind::TooFewJudges: {
            const auto aspects = event.scheme.aspects();
            int entries = 0;
            for (std::size_t k = 0; k < aspects.size() && k < sheet.aspects.size(); ++k)
                if (aspects[k]->id == issue.aspect) entries = sheet.aspects[k].entries;
            return wxString::Format(_("%s: %d of %d judges"), aspect, entries, event.min_judges);
        }
        case SheetIssue::Kind::Invalid: return wxString::Format(_("%s invalid value"), aspect);
        case SheetIssue::Kind::NoTheory: return _("theory score missing");
        case SheetIssue::Kind::NoTime: return _("time missing");
    }
    return u8(issue.str());
}

wxString unranked_reason(const Event& event, const SheetResult& sheet) {
    if (sheet.status != RowStatus::Incomplete) return u8(sheet.status_reason);
    wxString out;
    for (const SheetIssue& issue : sheet.issues) {
        if (!out.empty()) out += wxT("; ");
        out += issue_text(event, sheet, issue);
    }
    return out;
}

wxString result_notes(const ResultRow& row, const SheetResult& sheet) {
    wxString out;
    if (row.tie) out = _("tied");
    for (const SpreadFlag& f : sheet.flags) {
        if (!out.empty()) out += wxT("; ");
        out += wxString::Format(_("%s: scores %s to %s"), u8(f.aspect), u8(f.low.str()),
                                u8(f.high.str()));
    }
    return out;
}

wxString rank_text(const std::optional<int>& rank, bool tie) {
    if (!rank) return {};
    return wxString::Format("%d", *rank) + (tie ? wxT("=") : wxT(""));  // as the results PDF
}

}  // namespace plumb::ui
