// The chief judge's progress panel: per event, which marks are missing, entered, conflicting or
// flagged, workstation by aspect (or judge); a cell's history on double-click.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ui/history_dialog.h"
#include "ui/progress_matrix.h"
#include "ui/task_panel.h"

class wxCheckBox;
class wxChoice;
class wxGrid;
class wxGridEvent;
class wxPanel;
class wxStaticText;

namespace plumb::ui {

class Console;
class ProgressTable;

class ProgressPanel : public TaskPanel {
public:
    ProgressPanel(wxWindow* parent, Console& console);
    ~ProgressPanel() override;

    wxWindow* window() override;
    wxString title() const override;
    const char* name() const override { return "progress"; }

    // What the panel shows, and the actions behind its controls (used by the tests too).
    const std::string& event() const { return event_; }
    void select_event(const std::string& event);
    void show_judges(bool by_judge);
    const ProgressMatrix& matrix() const;
    wxGrid* grid() const { return grid_; }
    std::vector<HistoryLine> history(int row, int col) const;
    void open_history(int row, int col);

private:
    void refresh();
    void fit_columns();
    void update_counts();
    void show_cell_info(int row, int col);

    Console& console_;
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
    std::string event_;
    bool by_judge_ = false;
    wxPanel* panel_ = nullptr;
    wxChoice* events_ = nullptr;
    wxCheckBox* judges_box_ = nullptr;
    wxGrid* grid_ = nullptr;
    ProgressTable* table_ = nullptr;  // owned by the grid
    wxStaticText* contestants_ = nullptr;
    wxStaticText* state_ = nullptr;
    wxStaticText* info_ = nullptr;
    std::vector<std::pair<CellState, wxStaticText*>> legend_;
};

}  // namespace plumb::ui
