// The pages of the chief judge's tab (chief_panel.h). Each exposes its controls and the actions
// behind its buttons, which the GUI tests drive.
#pragma once

#include <string>
#include <vector>

#include <wx/string.h>

#include "services/appeals.h"
#include "services/audit_view.h"

class wxButton;
class wxCheckBox;
class wxChoice;
class wxPanel;
class wxStaticText;
class wxTextCtrl;
class wxWindow;

namespace plumb {
class EventBook;
}

namespace plumb::ui {

class Console;
class RowList;

// Lock: every event's state, what keeps the selected one from being locked, Lock and Reveal.
class LockPage {
public:
    LockPage(wxWindow* parent, Console& console);
    wxWindow* window() const;
    wxString title() const;
    void refresh();

    const std::string& event() const { return event_; }
    void select_event(const std::string& event);
    RowList* states() const { return states_; }
    wxTextCtrl* blockers() const { return blockers_; }
    wxButton* lock_button() const { return lock_; }
    wxButton* reveal_button() const { return reveal_; }
    // Asks why, then the chief judge's PIN, and locks through the gate (its refusal shown).
    bool lock();
    // The results panel's reveal for the selected event (it locks first, and says so).
    bool reveal();

private:
    wxString to_review(EventBook& book) const;
    void show_blockers();

    Console& console_;
    wxPanel* panel_ = nullptr;
    RowList* states_ = nullptr;
    wxTextCtrl* blockers_ = nullptr;
    wxStaticText* blockers_label_ = nullptr;
    wxButton* lock_ = nullptr;
    wxButton* reveal_ = nullptr;
    std::string event_;
};

// Appeals: the list with each decision, lodging one, deciding one.
class AppealsPage {
public:
    AppealsPage(wxWindow* parent, Console& console);
    wxWindow* window() const;
    wxString title() const;
    void refresh();

    // "" = every event.
    void select_event(const std::string& event);
    RowList* list() const { return list_; }
    const std::vector<Appeal>& shown() const { return shown_; }
    void select_appeal(const std::string& id);
    wxTextCtrl* detail() const { return detail_; }
    // Opens the lodging form; true when an appeal was recorded.
    bool lodge();
    // Opens the decision form for the selected appeal; true when it was decided.
    bool decide();

private:
    std::string event_code() const;
    void show_detail();
    // After an upheld appeal: the new revision and whose place, prize or titles it moved.
    void show_changes(const AppealDecision& outcome);

    Console& console_;
    wxPanel* panel_ = nullptr;
    wxChoice* events_ = nullptr;
    RowList* list_ = nullptr;
    wxTextCtrl* detail_ = nullptr;
    wxStaticText* revision_ = nullptr;
    std::vector<Appeal> shown_;
};

// Double entry: the event's mode, and the entries waiting for a second typing or disagreeing.
class DoubleEntryPage {
public:
    DoubleEntryPage(wxWindow* parent, Console& console);
    wxWindow* window() const;
    wxString title() const;
    void refresh();

    const std::string& event() const { return event_; }
    void select_event(const std::string& event);
    wxCheckBox* mode() const { return mode_; }
    RowList* pairs() const { return pairs_; }
    // Switches the event's mode through the gate (the box follows what the database says).
    bool set_mode(bool on);

private:
    Console& console_;
    wxPanel* panel_ = nullptr;
    wxChoice* events_ = nullptr;
    wxCheckBox* mode_ = nullptr;
    RowList* pairs_ = nullptr;
    wxStaticText* count_ = nullptr;
    std::string event_;
};

// Audit: the log filtered by event, workstation and judge; verifying the database and its seal,
// a certificate, an HR file.
class AuditPage {
public:
    AuditPage(wxWindow* parent, Console& console);
    wxWindow* window() const;
    wxString title() const;
    void refresh();

    // "" = any.
    void filter(const std::string& event, const std::string& workstation, const std::string& judge);
    RowList* lines() const { return lines_; }
    const std::vector<AuditLine>& shown() const { return shown_; }
    wxTextCtrl* workstation_box() const { return workstation_; }
    wxTextCtrl* seal_box() const { return seal_; }
    wxTextCtrl* result() const { return result_; }
    // Every chain, row and packet signature; the seal now. True when all is intact.
    bool verify();
    // Whether the database still holds the seal typed in the seal box.
    bool check_seal();
    // Asks for a certificate's number and code; true when it is genuine.
    bool check_certificate();
    // Checks FILE against FILE.sig and this database's key; true when verified.
    bool check_file(const wxString& file);
    // Asks for the file, then check_file.
    bool check_hr_file();

private:
    void say(bool good, const wxString& text);

    Console& console_;
    wxPanel* panel_ = nullptr;
    wxChoice* events_ = nullptr;
    wxTextCtrl* workstation_ = nullptr;
    wxChoice* judges_ = nullptr;
    RowList* lines_ = nullptr;
    wxStaticText* count_ = nullptr;
    wxTextCtrl* seal_ = nullptr;
    wxTextCtrl* result_ = nullptr;
    std::vector<AuditLine> shown_;
};

}  // namespace plumb::ui
