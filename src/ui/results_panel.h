// The organiser's results panel: an event's ranking as the core computes it, updated as marks
// arrive, names hidden until the chief judge reveals them; the way to the announce board.
#pragma once

#include <memory>
#include <string>

#include "ui/results_list.h"
#include "ui/task_panel.h"

class wxButton;
class wxChoice;
class wxPanel;
class wxStaticText;

namespace plumb::ui {

class Console;

class ResultsPanel : public TaskPanel {
public:
    ResultsPanel(wxWindow* parent, Console& console);
    ~ResultsPanel() override;

    wxWindow* window() override { return panel_; }
    wxString title() const override;
    const char* name() const override { return "results"; }

    // What the panel shows and the actions behind its controls (used by the tests too).
    const std::string& event() const { return event_; }
    void select_event(const std::string& event);
    const ResultsView& view() const { return *view_; }
    ResultsList* ranked() const { return ranked_; }
    ResultsList* unranked() const { return unranked_; }
    wxButton* reveal_button() const { return reveal_; }
    // The chief judge's reveal: refused with the reason while contestants are incomplete,
    // otherwise confirmed in a dialog, then audited. True when the names were revealed.
    bool reveal();

private:
    void refresh();

    Console& console_;
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
    std::string event_;
    std::shared_ptr<ResultsView> view_ = std::make_shared<ResultsView>();
    wxPanel* panel_ = nullptr;
    wxChoice* events_ = nullptr;
    wxStaticText* summary_ = nullptr;
    wxStaticText* state_ = nullptr;  // open / locked / revealed, revision
    wxStaticText* unranked_label_ = nullptr;
    wxButton* reveal_ = nullptr;
    wxString reveal_label_;
    ResultsList* ranked_ = nullptr;
    ResultsList* unranked_ = nullptr;
};

}  // namespace plumb::ui
