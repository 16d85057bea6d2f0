// The lines of place_changes_text.
#include "ui/place_changes_text.h"

#include <wx/arrstr.h>
#include <wx/intl.h>

#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

wxString rank_text(const std::optional<int>& rank) {
    return rank ? wxString::Format(_("rank %d"), *rank) : _("Not ranked");
}

wxString prize_text(const std::string& award) {
    return award.empty() ? _("no prize") : award_label(award);
}

wxString titles_text(const std::vector<std::string>& titles) {
    wxString out;
    for (const std::string& t : titles) out += (out.empty() ? wxString() : _(", ")) + u8(t);
    return out.empty() ? _("no title") : out;
}

}  // namespace

wxString place_changes_text(const std::vector<PlaceChange>& changes) {
    wxString out;
    for (const PlaceChange& c : changes) {
        wxString who = wxString::Format(_("Workstation %s"), u8(c.workstation));
        if (!c.name.empty()) who += wxT(" ") + u8(c.name);
        if (!c.registration_no.empty()) who += wxT(" ") + u8(c.registration_no);
        wxArrayString parts;
        if (c.rank_before != c.rank_after)
            parts.Add(rank_text(c.rank_before) + wxT(" → ") + rank_text(c.rank_after));
        if (c.award_before != c.award_after)
            parts.Add(prize_text(c.award_before) + wxT(" → ") + prize_text(c.award_after));
        if (c.titles_before != c.titles_after)
            parts.Add(titles_text(c.titles_before) + wxT(" → ") + titles_text(c.titles_after));
        wxString what;
        for (const wxString& p : parts) what += (what.empty() ? wxString() : _("; ")) + p;
        out += (out.empty() ? wxString() : wxString(wxT("\n"))) +
               wxString::Format(_("%s: %s"), who, what);
    }
    return out;
}

}  // namespace plumb::ui
