// The appeal forms (forms/appeal_dialogs.xrc): lodging an appeal against a locked mark, and the
// chief judge's decision. Each is given a save function; it closes only when that returns true,
// so a refused appeal can be corrected where it was typed.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <wx/string.h>

#include "services/appeals.h"

class wxChoice;
class wxDialog;
class wxRadioBox;
class wxStaticText;
class wxTextCtrl;
class wxWindow;

namespace plumb::ui {

class Console;

class AppealLodgeDialog {
public:
    using Save = std::function<bool(const AppealRequest& request, const std::string& grounds)>;
    // `event` is chosen first ("" = the first event).
    AppealLodgeDialog(wxWindow* parent, const Console& console, const std::string& event,
                      Save on_save);
    ~AppealLodgeDialog();
    AppealLodgeDialog(const AppealLodgeDialog&) = delete;
    AppealLodgeDialog& operator=(const AppealLodgeDialog&) = delete;

    wxDialog* dialog() const { return dialog_; }
    void choose_event(const std::string& event);
    // The appeal as typed.
    AppealRequest request() const;
    std::string grounds() const;
    int show_modal();

private:
    void fill_aspects();
    void fill_judges();
    void show_now();  // the mark as it stands, for what is typed

    const Console& console_;
    Save save_;
    wxDialog* dialog_ = nullptr;
    wxChoice *event_ = nullptr, *aspect_ = nullptr, *judge_ = nullptr;
    wxTextCtrl *workstation_ = nullptr, *value_ = nullptr, *by_ = nullptr, *grounds_ = nullptr;
    wxStaticText* now_ = nullptr;
    std::vector<std::string> aspect_ids_, judge_codes_;
};

class AppealDecideDialog {
public:
    using Save = std::function<bool(bool upheld, const std::string& reason)>;
    AppealDecideDialog(wxWindow* parent, const Console& console, const Appeal& appeal,
                       Save on_save);
    ~AppealDecideDialog();
    AppealDecideDialog(const AppealDecideDialog&) = delete;
    AppealDecideDialog& operator=(const AppealDecideDialog&) = delete;

    wxDialog* dialog() const { return dialog_; }
    bool upheld() const;
    std::string reason() const;
    int show_modal();

private:
    Save save_;
    wxDialog* dialog_ = nullptr;
    wxRadioBox* choice_ = nullptr;
    wxTextCtrl* reason_ = nullptr;
};

// One line saying what an appeal asks: "工位 07 · A1 墙面平整度 · J01: 1491 → 1490".
wxString appeal_summary(const Console& console, const Appeal& appeal);

}  // namespace plumb::ui
