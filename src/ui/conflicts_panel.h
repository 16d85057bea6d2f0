// The chief judge's Conflicts page: per event, the measurements the judges disagree on (settled
// by choosing a judge's value or typing the re-measured one, with a reason) and the signed-off
// sheets (reopened with a reason). On a laptop only the sheets: conflicts are settled on the
// master. Exposed for the GUI tests.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <wx/string.h>

#include "services/conflicts.h"
#include "services/signoff.h"
#include "ui/task_panel.h"

class wxButton;
class wxChoice;
class wxComboBox;
class wxListCtrl;
class wxPanel;
class wxStaticText;
class wxTextCtrl;

namespace plumb::ui {

class Console;

class ConflictsPanel : public TaskPanel {
public:
    ConflictsPanel(wxWindow* parent, Console& console);
    ~ConflictsPanel() override;
    wxWindow* window() override;
    wxString title() const override;
    const char* name() const override { return "conflicts"; }

    void select_event(const std::string& event);
    void refresh();
    // Settles the selected conflict with the value and reason typed; true when settled.
    bool settle_selected();
    // Reopens the selected signed-off sheet with the reason typed; true when reopened.
    bool reopen_selected();

    const std::vector<MeasurementConflict>& conflicts() const { return conflicts_; }
    const std::vector<SignOff>& sheets() const { return sheets_; }
    wxListCtrl* conflict_list() const { return conflict_list_; }
    wxListCtrl* signoff_list() const { return signoff_list_; }
    wxComboBox* value() const { return value_; }
    wxTextCtrl* settle_reason() const { return settle_reason_; }
    wxTextCtrl* reopen_reason() const { return reopen_reason_; }
    wxString summary() const;
    // Whether this database settles conflicts (a master) and reopens sheets (a laptop only when
    // its kit brought the chief judge).
    bool shows_conflicts() const { return resolves_; }

private:
    void on_conflict_selected();
    void report(const wxString& message, bool error);

    Console& console_;
    wxPanel* panel_ = nullptr;
    wxChoice* events_ = nullptr;
    wxStaticText* summary_ = nullptr;
    wxListCtrl* conflict_list_ = nullptr;
    wxListCtrl* signoff_list_ = nullptr;
    wxComboBox* value_ = nullptr;
    wxTextCtrl* settle_reason_ = nullptr;
    wxTextCtrl* reopen_reason_ = nullptr;
    std::string event_;
    bool resolves_ = true;
    std::vector<MeasurementConflict> conflicts_;
    std::vector<SignOff> sheets_;
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

}  // namespace plumb::ui
