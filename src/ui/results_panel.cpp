// The results panel: its form, the lists over the event book, the reveal, the announce board.
#include "ui/results_panel.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "services/viewing.h"
#include "ui/console.h"
#include "ui/event_state_text.h"
#include "ui/panels.h"
#include "ui/results_text.h"
#include "ui/result_actions.h"
#include "ui/setup_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

ResultsPanel::ResultsPanel(wxWindow* parent, Console& console) : console_(console) {
    panel_ = wxXmlResource::Get()->LoadPanel(parent, "results_panel");
    if (!panel_) throw std::runtime_error("the results_panel form could not be loaded");
    events_ = XRCCTRL(*panel_, "event_choice", wxChoice);
    summary_ = XRCCTRL(*panel_, "summary", wxStaticText);
    state_ = XRCCTRL(*panel_, "results_state", wxStaticText);
    unranked_label_ = XRCCTRL(*panel_, "unranked_label", wxStaticText);
    reveal_ = XRCCTRL(*panel_, "reveal_names", wxButton);
    reveal_label_ = reveal_->GetLabel();  // the form's, translated
    ranked_ = new ResultsList(panel_, ResultsList::Kind::Ranked);
    unranked_ = new ResultsList(panel_, ResultsList::Kind::Unranked);
    wxXmlResource::Get()->AttachUnknownControl("ranked_list", ranked_, panel_);
    wxXmlResource::Get()->AttachUnknownControl("unranked_list", unranked_, panel_);
    // Small minimum heights, so the sizer's proportions (4:1) decide how the height is shared.
    for (wxWindow* w : {static_cast<wxWindow*>(ranked_), static_cast<wxWindow*>(unranked_)}) {
        w->SetMinSize(w->FromDIP(wxSize(-1, 60)));
        w->GetParent()->SetMinSize(w->FromDIP(wxSize(-1, 60)));
    }

    for (const Event& e : console_.competition().events) events_->Append(event_name(e));
    events_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const int i = events_->GetSelection();
        if (i != wxNOT_FOUND)
            select_event(console_.competition().events.at(static_cast<std::size_t>(i)).code);
    });
    reveal_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { reveal(); });
    panel_->Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { show_announce_board(panel_, console_, event_); },
        XRCID("announce"));
    panel_->Bind(wxEVT_DESTROY, [this](wxWindowDestroyEvent& e) {
        if (e.GetEventObject() == panel_) panel_ = nullptr;
        e.Skip();
    });
    // The book is kept current by the console; a new mark only means rebuilding the rows.
    console_.listen([this, alive = std::weak_ptr<bool>(alive_)](const std::string& event) {
        if (alive.expired() || !panel_) return;
        if (event.empty() || event == event_) refresh();
    });
    if (!console_.competition().events.empty())
        select_event(console_.competition().events.front().code);
}

ResultsPanel::~ResultsPanel() = default;

wxString ResultsPanel::title() const {
    return _("Results");
}

void ResultsPanel::select_event(const std::string& event) {
    const auto& events = console_.competition().events;
    for (std::size_t i = 0; i < events.size(); ++i)
        if (events[i].code == event) events_->SetSelection(static_cast<int>(i));
    event_ = event;
    refresh();
}

void ResultsPanel::refresh() {
    if (event_.empty() || !panel_) return;
    EventBook& book = console_.book(event_);
    auto view = std::make_shared<ResultsView>();
    view->results = build_results(book);
    view->revealed = names_public(console_.session(), event_);  // a screen anyone sees
    view->notes.reserve(view->results.rows.size());
    for (std::size_t i = 0; i < view->results.rows.size(); ++i) {
        const ResultRow& row = view->results.rows[i];
        const SheetResult& sheet = book.sheet(book.find(row.registration_no));
        if (row.rank) {
            view->ranked.push_back(i);
            view->notes.push_back(result_notes(row, sheet));
        } else {
            view->unranked.push_back(i);
            view->notes.push_back(unranked_reason(book.event(), sheet));
        }
    }
    view_ = view;
    ranked_->show(view);
    unranked_->show(view);

    int incomplete = 0;
    for (std::size_t i : view->unranked)
        if (view->results.rows[i].status == "incomplete") ++incomplete;
    const int others = static_cast<int>(view->unranked.size()) - incomplete;
    const EventState state = console_.session().store().event_state(event_);
    show_state(state_, state);
    summary_->SetLabel(wxString::Format(_("Ranked %d of %d, %d incomplete, %d not competing"),
                                        view->results.ranked,
                                        static_cast<int>(view->results.rows.size()), incomplete,
                                        others) +
                       wxT(" \u00B7 ") +
                       (view->revealed ? _("names revealed")
                                       : _("names hidden until the chief judge reveals them")));
    unranked_label_->SetLabel(
        wxString::Format(_("Not ranked: %d"), static_cast<int>(view->unranked.size())));
    reveal_->Enable(!view->revealed);
    reveal_->SetLabel(view->revealed ? _("Names revealed") : reveal_label_);
    panel_->Layout();
}

bool ResultsPanel::reveal() {
    if (event_.empty() || !reveal_event_names(panel_, console_, event_)) return false;
    refresh();
    return true;
}

std::unique_ptr<TaskPanel> make_results_panel(wxWindow* parent, Console& console) {
    return std::make_unique<ResultsPanel>(parent, console);
}

}  // namespace plumb::ui
