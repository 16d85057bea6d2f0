// Score entry (judge): choose event and judge, type a workstation number, score its sheet by
// keyboard. Exposed for the GUI tests, which drive it as a judge would.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <wx/string.h>

#include "services/roles.h"
#include "ui/task_panel.h"

class wxButton;
class wxChoice;
class wxGrid;
class wxListBox;
class wxPanel;
class wxStaticText;
class wxTextCtrl;

namespace plumb {
struct Aspect;
}

namespace plumb::ui {

class Console;
class ScoreSheetGrid;

class EntryPanel : public TaskPanel {
public:
    EntryPanel(wxWindow* parent, Console& console);
    ~EntryPanel() override;
    wxWindow* window() override;
    wxString title() const override;
    const char* name() const override { return "entry"; }
    // Saves what is typed in the sheet (a correction asks for its reason); a value refused
    // stays, and the judge is asked whether to close and lose it.
    bool may_close() override;

    // Shows `judge`'s sheets of `event` ("" = nobody: read-only). With roles on, a judge not
    // logged in is asked for their PIN (Console::ensure_login), which logs out whoever was;
    // cancelled or refused, the judge logged in before stays, or nobody.
    void choose(const std::string& event, const std::string& judge);
    // The judge whose sheets are shown ("" = nobody).
    const std::string& judge() const { return judge_; }
    // Logs out whoever is logged in on this console (as the frame's Log out button does).
    void log_out();
    // Opens a workstation's sheet; false when the event has no such workstation.
    bool open_workstation(const std::string& workstation);
    void next_workstation(int step = 1);
    ScoreSheetGrid& sheet() { return *sheet_; }
    wxGrid* grid() const { return grid_; }
    wxTextCtrl* filter() const { return filter_; }
    wxString message() const;
    // Where a correction's reason comes from: a dialog, unless a test supplies its answers.
    void set_reason_source(std::function<std::optional<wxString>(const wxString& prompt)> source);
    // Workstations listed after filtering, as shown.
    std::vector<std::string> listed() const { return listed_; }
    // Under double entry: who types, "A" or "B" (the clerk's choice above the sheet).
    wxChoice* operator_choice() const { return operator_; }

private:
    void fill_judges();
    std::string pick_judge(const std::string& wanted) const;
    wxString choose_your_name() const;
    wxString judge_label(const std::string& code) const;
    std::vector<std::string> workstations() const;
    void fill_workstations();
    void select_listed(const std::string& workstation);
    void update_summary();
    void show_state();
    // Who types into the sheet: the judge logged in, or the organiser transcribing their paper
    // sheet while logged in (the gate decides what either may enter).
    std::optional<Login> typist_login() const;
    bool organiser_typing() const;
    void show_help(const Aspect* aspect);
    void focus_workstation_box();
    void report(const wxString& message, bool error);

    Console& console_;
    wxPanel* panel_ = nullptr;
    wxChoice* events_ = nullptr;
    wxChoice* judges_ = nullptr;
    wxTextCtrl* filter_ = nullptr;
    wxListBox* list_ = nullptr;
    wxGrid* grid_ = nullptr;
    wxStaticText* title_ = nullptr;
    wxStaticText* summary_ = nullptr;
    wxStaticText* message_ = nullptr;
    wxStaticText* state_ = nullptr;
    wxStaticText* operator_label_ = nullptr;
    wxChoice* operator_ = nullptr;
    wxTextCtrl* help_ = nullptr;
    std::unique_ptr<ScoreSheetGrid> sheet_;
    std::string event_, judge_;
    std::vector<std::string> judge_codes_;
    std::vector<std::string> listed_;
    std::function<std::optional<wxString>(const wxString&)> reason_source_;
    bool choosing_ = false;  // in choose(): a login it makes is not a judge walking away
};

}  // namespace plumb::ui
