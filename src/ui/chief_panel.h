// The chief judge's tab (organiser and chief judge): lock each event and see what blocks it,
// appeals, double entry, the audit log and its checks. Each page only gathers input and shows
// what the services say; the gate decides and refuses with its reason.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ui/task_panel.h"

class wxNotebook;
class wxPanel;

namespace plumb::ui {

class Console;
class LockPage;
class AppealsPage;
class DoubleEntryPage;
class AuditPage;

class ChiefPanel : public TaskPanel {
public:
    ChiefPanel(wxWindow* parent, Console& console);
    ~ChiefPanel() override;

    wxWindow* window() override;
    wxString title() const override;
    const char* name() const override { return "chief"; }
    std::vector<Shot> shots() override;

    LockPage& lock() const { return *lock_; }
    AppealsPage& appeals() const { return *appeals_; }
    DoubleEntryPage& double_entry() const { return *double_entry_; }
    AuditPage& audit() const { return *audit_; }
    wxNotebook* book() const { return book_; }

    // Reads the page again if the competition changed since it was last read.
    void refresh_if_stale(int page);

private:
    Console* console_ = nullptr;
    std::vector<bool> stale_;
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
    wxPanel* panel_ = nullptr;
    wxNotebook* book_ = nullptr;
    std::unique_ptr<LockPage> lock_;
    std::unique_ptr<AppealsPage> appeals_;
    std::unique_ptr<DoubleEntryPage> double_entry_;
    std::unique_ptr<AuditPage> audit_;
};

}  // namespace plumb::ui
