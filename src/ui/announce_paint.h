// Drawing the announce board: large, high-contrast type on a dark ground, for a projector.
#pragma once

#include <string>
#include <vector>

#include <wx/gdicmn.h>
#include <wx/string.h>

class wxDC;

namespace plumb::ui {

// Everything the board shows at one moment, already in words.
struct BoardPicture {
    enum class Kind { Chooser, Title, Winner } kind = Kind::Title;
    wxString competition;
    wxString trade;     // 中文
    wxString trade_en;  // English
    // Chooser: the trades, one highlighted.
    std::vector<wxString> trades;
    int highlight = 0;
    // Title card.
    wxString heading;
    wxString subheading;
    wxString warning;  // e.g. provisional results
    // Winner.
    std::string award;  // first | second | third | merit: picks the prize colour
    wxString prize;
    wxString name;      // the name, or the workstation while names are hidden
    wxString employer;
    wxString detail;  // total, workstation, rank
    wxString titles;
    wxString earlier;  // winners of the same prize announced before
    // Footer.
    wxString progress;  // "3 / 10"
    wxString keys;      // the key hint
};

void paint_board(wxDC& dc, const wxSize& size, const BoardPicture& picture);

}  // namespace plumb::ui
