// The announce board's state, keys and words; the drawing is in announce_paint.cpp.
#include "ui/announce_board.h"

#include <wx/dcbuffer.h>
#include <wx/display.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>

#include "services/viewing.h"
#include "ui/console.h"
#include "ui/panels.h"
#include "ui/setup_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

// A trade's English name beside its own, on a board in English only: the Chinese board speaks
// Chinese (the competition file's name_en is for English readers).
wxString english_name(const MarkingScheme& scheme) {
    return chinese_ui() || scheme.name_en.empty() ? wxString() : u8(scheme.name_en);
}

// The words every draft carries, on paper and on screen.
wxString draft_mark() {
    return wxString::FromUTF8("草稿 DRAFT");
}

}  // namespace

AnnounceBoard::AnnounceBoard(wxWindow* parent, Console& console, const std::string& event)
    : wxFrame(parent, wxID_ANY, _("Announce results"), wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE | wxFRAME_NO_TASKBAR),
      console_(console) {
    canvas_ = new wxPanel(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxWANTS_CHARS);
    canvas_->SetBackgroundStyle(wxBG_STYLE_PAINT);
    canvas_->Bind(wxEVT_PAINT, [this](wxPaintEvent&) {
        wxAutoBufferedPaintDC dc(canvas_);
        paint_board(dc, canvas_->GetClientSize(), picture());
    });
    canvas_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        canvas_->Refresh();
        e.Skip();
    });
    Bind(wxEVT_CHAR_HOOK, &AnnounceBoard::on_key, this);
    if (!event.empty()) choose(event);
}

wxWindow* AnnounceBoard::canvas() const {
    return canvas_;
}

const AnnounceStep* AnnounceBoard::current() const {
    if (step_ < 1 || step_ > steps()) return nullptr;
    return &steps_[static_cast<std::size_t>(step_ - 1)];
}

void AnnounceBoard::next() {
    if (choosing()) {
        choose_index(highlight_);
        return;
    }
    if (step_ < steps()) ++step_;
    redraw();
}

void AnnounceBoard::back() {
    if (step_ > 0) --step_;
    redraw();
}

void AnnounceBoard::choose(const std::string& event) {
    const auto& events = console_.competition().events;
    for (std::size_t i = 0; i < events.size(); ++i)
        if (events[i].code == event) highlight_ = static_cast<int>(i);
    EventBook& book = console_.book(event);
    revealed_ = names_public(console_.session(), event);  // on a projector
    // Before the reveal the results may still change and are nobody's to announce: the board
    // shows the trade as a draft and no winner.
    steps_ = revealed_ ? announce_steps(build_results(book), true) : std::vector<AnnounceStep>();
    incomplete_ = static_cast<int>(book.incomplete_workstations().size());
    event_ = event;
    step_ = 0;
    redraw();
}

void AnnounceBoard::choose_index(int index) {
    const auto& events = console_.competition().events;
    if (index >= 0 && index < static_cast<int>(events.size()))
        choose(events[static_cast<std::size_t>(index)].code);
}

void AnnounceBoard::on_key(wxKeyEvent& e) {
    const int n = static_cast<int>(console_.competition().events.size());
    const int key = e.GetKeyCode();
    switch (key) {
        case WXK_ESCAPE: Close(); return;
        case WXK_SPACE:
        case WXK_RIGHT:
        case WXK_RETURN:
        case WXK_NUMPAD_ENTER:
        case WXK_PAGEDOWN: next(); return;
        case WXK_LEFT:
        case WXK_PAGEUP:
        case WXK_BACK: back(); return;
        case WXK_HOME: step_ = 0, redraw(); return;
        case WXK_END: step_ = steps(), redraw(); return;
        case WXK_TAB:
        case WXK_DOWN:
        case WXK_UP: {
            if (n == 0) return;
            const bool forward = key == WXK_DOWN || (key == WXK_TAB && !e.ShiftDown());
            const int to = (highlight_ + (forward ? 1 : n - 1)) % n;
            if (choosing()) {
                highlight_ = to;
                redraw();
            } else if (key == WXK_TAB) {
                choose_index(to);
            }
            return;
        }
        default: break;
    }
    if (key >= '1' && key <= '9') {
        choose_index(key - '1');
        return;
    }
    e.Skip();
}

void AnnounceBoard::redraw() {
    canvas_->Refresh();
    canvas_->Update();
}

BoardPicture AnnounceBoard::picture() const {
    const Competition& c = console_.competition();
    BoardPicture p;
    p.competition = u8(c.name);
    p.keys = _("Space or Right: next    Left: back    Tab or 1-9: trade    Esc: leave");
    if (choosing()) {
        p.kind = BoardPicture::Kind::Chooser;
        p.heading = _("Choose a trade");
        for (std::size_t i = 0; i < c.events.size(); ++i)
            p.trades.push_back(
                wxString::Format("%d   ", static_cast<int>(i) + 1) + u8(c.events[i].scheme.name) +
                wxT("  ") + english_name(c.events[i].scheme) +
                (names_public(console_.session(), c.events[i].code) ? wxString()
                                                                    : wxT("   ") + draft_mark()));
        p.highlight = highlight_;
        return p;
    }
    const Event& ev = *c.find_event(event_);
    p.trade = u8(ev.scheme.name);
    p.trade_en = english_name(ev.scheme);
    p.progress = wxString::Format("%d / %d", step_, steps());
    const AnnounceStep* s = current();
    if (!s) {
        p.kind = BoardPicture::Kind::Title;
        if (!revealed_) {
            p.heading = draft_mark();
            p.subheading = _("The results are not final yet: nothing is announced");
            p.warning = _("Names are announced once the chief judge reveals them");
            return p;
        }
        p.heading = _("Award winners");
        p.subheading =
            steps() > 0
                ? wxString::Format(
                      wxPLURAL("%d award winner",
                               "%d award winners, from the last prize up to first", steps()),
                      steps())
                : _("No awards yet");
        if (incomplete_ > 0)
            p.warning = wxString::Format(
                wxPLURAL("Provisional: %d contestant is still incomplete",
                         "Provisional: %d contestants are still incomplete", incomplete_),
                incomplete_);
        return p;
    }
    p.kind = BoardPicture::Kind::Winner;
    p.award = s->award;
    p.prize = award_label(s->award);
    p.name = revealed_ ? u8(s->name) : wxString::Format(_("Workstation %s"), u8(s->workstation));
    p.employer = revealed_ ? u8(s->employer) : wxString();
    p.detail = wxString::Format(_("Total %s"), fixed(s->total, c.precision));
    if (revealed_)
        p.detail += wxT("     ") + wxString::Format(_("Workstation %s"), u8(s->workstation));
    if (s->tie && s->rank)  // announced one by one, but neither is ahead of the other
        p.detail += wxT("     ") + wxString::Format(_("Shared place %d"), *s->rank);
    for (const std::string& t : s->titles)
        p.titles += (p.titles.empty() ? wxT("") : wxT("  ")) + u8(t);
    // The same prize's winners shown before this one, as a reminder on the projector.
    for (int k = step_ - 1; k >= 1; --k) {
        const AnnounceStep& before = steps_[static_cast<std::size_t>(k - 1)];
        if (before.award != s->award) break;
        const wxString who = revealed_ ? u8(before.name) : u8(before.workstation);
        p.earlier = who + (p.earlier.empty() ? wxT("") : wxT("   ")) + p.earlier;
    }
    if (!p.earlier.empty()) p.earlier = award_label(s->award) + wxT(":  ") + p.earlier;
    return p;
}

AnnounceBoard* open_announce_board(wxWindow* parent, Console& console, const std::string& event) {
    auto* board = new AnnounceBoard(parent, console, event);
    // Sized to the display first: without a window manager full screen is only a request.
    const int display = wxDisplay::GetFromWindow(parent ? parent : board);
    board->SetSize(wxDisplay(display == wxNOT_FOUND ? 0 : display).GetGeometry());
    board->ShowFullScreen(true);
    board->Show();
    board->Raise();
    board->canvas()->SetFocus();
    return board;
}

void show_announce_board(wxWindow* parent, Console& console, const std::string& event) {
    try {
        open_announce_board(parent, console, event);
    } catch (const std::exception& e) {
        wxMessageDialog dlg(parent, _("The announce board could not be opened."), "Plumbline",
                            wxOK | wxICON_ERROR);
        dlg.SetExtendedMessage(u8(e.what()));
        dlg.ShowModal();
    }
}

}  // namespace plumb::ui
