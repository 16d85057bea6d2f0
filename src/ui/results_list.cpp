// Columns and row text of the ranked and unranked result lists.
#include "ui/results_list.h"

#include <algorithm>

#include <wx/intl.h>
#include <wx/settings.h>

#include "ui/results_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

wxString blinded(const std::string& text, bool revealed) {
    return revealed ? u8(text) : wxString(wxT("—"));
}

wxString joined(const std::vector<std::string>& words) {
    wxString out;
    for (const std::string& w : words) out += (out.empty() ? wxT("") : wxT("、")) + u8(w);
    return out;
}

}  // namespace

ResultsList::ResultsList(wxWindow* parent, Kind kind)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES | wxLC_VRULES),
      kind_(kind) {
    auto add = [this](const wxString& title, int width,
                      wxListColumnFormat align = wxLIST_FORMAT_LEFT) {
        AppendColumn(title, align, FromDIP(width));
    };
    if (kind_ == Kind::Ranked) {
        add(_("Rank"), 56, wxLIST_FORMAT_RIGHT);
        add(_("Workstation"), 100);
        add(_("Name"), 90);
        add(_("Employer"), 230);
        add(_("Theory"), 70, wxLIST_FORMAT_RIGHT);
        add(_("Practical"), 76, wxLIST_FORMAT_RIGHT);
        add(_("Total"), 70, wxLIST_FORMAT_RIGHT);
        add(_("Time (min)"), 84, wxLIST_FORMAT_RIGHT);
        add(_("Award"), 100);
        add(_("Titles"), 90);
        add(_("Notes"), 230);
    } else {
        add(_("Workstation"), 100);
        add(_("Name"), 90);
        add(_("Status"), 90);
        add(_("What is missing"), 860);
    }
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        fit_columns();
    });
    first_.SetBackgroundColour(wxColour(0xFF, 0xE8, 0x9C));
    second_.SetBackgroundColour(wxColour(0xE6, 0xEA, 0xEF));
    third_.SetBackgroundColour(wxColour(0xF3, 0xD9, 0xC2));
    merit_.SetBackgroundColour(wxColour(0xE3, 0xF0, 0xFB));
    grey_.SetTextColour(wxColour(0x77, 0x77, 0x77));
}

// The titles as wide as the longest row's ("技术能手、技术状元" was cut to "技术能手、…" at
// 1024x600); the employer and the notes, the long texts, share what the other columns leave: on
// a small laptop both stay in view, narrower.
void ResultsList::fit_columns() {
    if (kind_ != Kind::Ranked) return;
    int titles = FromDIP(90);
    if (view_)
        for (std::size_t i : view_->ranked)
            if (!view_->results.rows[i].titles.empty())
                titles = std::max(
                    titles, GetTextExtent(joined(view_->results.rows[i].titles)).x + FromDIP(16));
    SetColumnWidth(kTitles, titles);
    int fixed = 0;
    for (int c = 0; c < GetColumnCount(); ++c)
        if (c != kEmployer && c != kNotes) fixed += GetColumnWidth(c);
    const int room =
        GetClientSize().x - fixed - wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, this);
    const int employer = std::clamp(room / 2, FromDIP(110), FromDIP(230));
    SetColumnWidth(kEmployer, employer);
    SetColumnWidth(kNotes, std::max(FromDIP(110), room - employer));
}

void ResultsList::show(std::shared_ptr<const ResultsView> view) {
    view_ = std::move(view);
    SetItemCount(static_cast<long>(items().size()));
    fit_columns();
    Refresh();
}

const std::vector<std::size_t>& ResultsList::items() const {
    static const std::vector<std::size_t> kNone;
    if (!view_) return kNone;
    return kind_ == Kind::Ranked ? view_->ranked : view_->unranked;
}

const ResultRow* ResultsList::row(long item) const {
    const auto& list = items();
    if (item < 0 || static_cast<std::size_t>(item) >= list.size()) return nullptr;
    return &view_->results.rows.at(list[static_cast<std::size_t>(item)]);
}

wxString ResultsList::OnGetItemText(long item, long column) const {
    const ResultRow* r = row(item);
    if (!r) return {};
    const int places = view_->results.precision;
    const wxString& notes = view_->notes.at(items()[static_cast<std::size_t>(item)]);
    if (kind_ == Kind::Unranked) {
        switch (column) {
            case kUWorkstation: return u8(r->workstation);
            case kUName: return blinded(r->name, view_->revealed);
            case kUStatus: return status_label(r->status);
            case kUMissing: return notes;
        }
        return {};
    }
    switch (column) {
        case kRank: return rank_text(r->rank, r->tie);
        case kWorkstation: return u8(r->workstation);
        case kName: return blinded(r->name, view_->revealed);
        case kEmployer: return blinded(r->employer, view_->revealed);
        case kTheory: return fixed(r->theory, places);
        case kPractical: return fixed(r->practical, places);
        case kTotal: return fixed(r->total, places);
        case kTime: return fixed(r->time_minutes, 2);
        case kAward: return award_label(r->award);
        case kTitles: return joined(r->titles);
        case kNotes: return notes;
    }
    return {};
}

wxListItemAttr* ResultsList::OnGetItemAttr(long item) const {
    const ResultRow* r = row(item);
    if (!r) return nullptr;
    if (kind_ == Kind::Unranked) return r->status == "incomplete" ? nullptr : &grey_;
    if (r->award == "first") return &first_;
    if (r->award == "second") return &second_;
    if (r->award == "third") return &third_;
    if (r->award == "merit") return &merit_;
    return nullptr;
}

}  // namespace plumb::ui
