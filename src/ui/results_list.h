// An event's results as two virtual lists: the ranked contestants, then those not ranked with
// what they still lack. Rows are drawn on demand, so 10,000 contestants cost nothing to show.
#pragma once

#include <memory>
#include <vector>

#include <wx/listctrl.h>

#include "core/results.h"

namespace plumb::ui {

// What both lists show, rebuilt from the event book whenever it changes.
struct ResultsView {
    EventResults results;
    bool revealed = false;
    std::vector<std::size_t> ranked;    // indices into results.rows, rank order
    std::vector<std::size_t> unranked;  // the rest, registration order
    std::vector<wxString> notes;        // per row of results.rows: flags and ties, or what is
                                        // missing / the status reason for the unranked
};

class ResultsList : public wxListCtrl {
public:
    enum class Kind { Ranked, Unranked };
    enum RankedColumn {
        kRank,
        kWorkstation,
        kName,
        kEmployer,
        kTheory,
        kPractical,
        kTotal,
        kTime,
        kAward,
        kTitles,
        kNotes
    };
    enum UnrankedColumn { kUWorkstation, kUName, kUStatus, kUMissing };

    ResultsList(wxWindow* parent, Kind kind);
    void show(std::shared_ptr<const ResultsView> view);
    const ResultRow* row(long item) const;

    wxString OnGetItemText(long item, long column) const override;
    wxListItemAttr* OnGetItemAttr(long item) const override;

private:
    void fit_columns();
    const std::vector<std::size_t>& items() const;

    Kind kind_;
    std::shared_ptr<const ResultsView> view_;
    mutable wxListItemAttr first_, second_, third_, merit_, grey_;
};

}  // namespace plumb::ui
