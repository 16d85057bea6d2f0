// The start page's "Check a received file": whoever receives a signed export (the HR clerk and
// the HR file) checks it against the key fingerprint the organiser announced, with no
// competition open (forms/file_check_dialog.xrc); verify_manifest() decides.
#pragma once

#include <wx/string.h>

#include <vector>

class wxWindow;

namespace plumb {
class CompetitionSession;
struct ResultsMoved;
}  // namespace plumb

namespace plumb::ui {

// Shows the dialog until it is closed; each Check shows its outcome in the dialog. With the
// competition `open`, a file made before its results changed is said to be out of date.
void check_received_file(wxWindow* parent, const CompetitionSession* open = nullptr);

// What the dialog says of FILE checked against the fingerprint TYPED; true when verified and,
// with the competition `open`, current.
bool received_file_outcome(const wxString& file, const wxString& typed, wxString& says,
                           const CompetitionSession* open = nullptr);

// "Verified, but out of date: ..." for a genuine HR file whose events' results moved on.
wxString out_of_date_text(const CompetitionSession& session,
                          const std::vector<ResultsMoved>& moved);

}  // namespace plumb::ui
