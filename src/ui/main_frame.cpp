// Loads the main frame from its form and fills it from the competition session.
#include "ui/main_frame.h"

#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "services/competition_session.h"

namespace plumb {

namespace {

wxString u8(const std::string& s) {
    return wxString::FromUTF8(s.c_str());
}
wxString fixed(const std::optional<Decimal>& d, int places) {
    return d ? u8(d->str(places)) : wxString("—");
}

const char* award_label(const std::string& award) {
    if (award == "first") return "一等奖";
    if (award == "second") return "二等奖";
    if (award == "third") return "三等奖";
    if (award == "merit") return "优秀奖";
    return "";
}

}  // namespace

MainFrame::MainFrame(std::unique_ptr<CompetitionSession> session) : session_(std::move(session)) {
    frame_ = wxXmlResource::Get()->LoadFrame(nullptr, "main_frame");
    if (!frame_) throw std::runtime_error("the main_frame form could not be loaded");
    events_ = XRCCTRL(*frame_, "event_choice", wxChoice);
    ranking_ = XRCCTRL(*frame_, "ranking_list", wxListCtrl);
    title_ = XRCCTRL(*frame_, "competition_title", wxStaticText);
    summary_ = XRCCTRL(*frame_, "event_summary", wxStaticText);

    const Competition& c = session_->competition();
    frame_->SetTitle(u8(c.name) + " — Plumbline");
    title_->SetLabel(u8(c.name));
    for (const Event& e : c.events) events_->Append(u8(e.scheme.name + "  " + e.scheme.name_en));

    const char* headings[] = {"Rank",  "Workstation", "Name",  "Employer", "Theory", "Practical",
                              "Total", "Time (min)",  "Award", "Titles",   "Status"};
    const int widths[] = {60, 100, 110, 240, 80, 90, 80, 90, 80, 100, 260};
    for (int i = 0; i < 11; ++i)
        ranking_->AppendColumn(wxGetTranslation(headings[i]),
                               i >= 4 && i <= 7 ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT,
                               frame_->FromDIP(widths[i]));

    events_->Bind(wxEVT_CHOICE, [this](wxCommandEvent& ev) { show_event(ev.GetSelection()); });
    frame_->Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& ev) {
        ev.Skip();
        session_.reset();
    });
    if (!c.events.empty()) show_event(0);
}

MainFrame::~MainFrame() = default;

void MainFrame::show_event(int index) {
    const Competition& c = session_->competition();
    if (index < 0 || index >= static_cast<int>(c.events.size())) return;
    events_->SetSelection(index);
    const EventResults r = session_->results(c.events[static_cast<std::size_t>(index)].code);
    ranking_->DeleteAllItems();
    long row = 0;
    for (const ResultRow& rr : r.rows) {
        const long i = ranking_->InsertItem(
            row++, rr.rank ? wxString::Format("%d%s", *rr.rank, rr.tie ? "=" : "") : "—");
        wxString titles;
        for (const auto& t : rr.titles) titles += (titles.empty() ? "" : " ") + u8(t);
        wxString status = u8(rr.status);
        for (const auto& m : rr.missing) status += "  " + u8(m);
        if (!rr.status_reason.empty()) status += "  " + u8(rr.status_reason);
        const wxString cells[] = {u8(rr.workstation),
                                  u8(rr.name),
                                  u8(rr.employer),
                                  fixed(rr.theory, r.precision),
                                  fixed(rr.practical, r.precision),
                                  fixed(rr.total, r.precision),
                                  fixed(rr.time_minutes, 1),
                                  u8(award_label(rr.award)),
                                  titles,
                                  status};
        for (int col = 0; col < 10; ++col) ranking_->SetItem(i, col + 1, cells[col]);
    }
    summary_->SetLabel(
        wxString::Format("%d contestants, %d ranked", static_cast<int>(r.rows.size()), r.ranked));
    frame_->Layout();
}

}  // namespace plumb
