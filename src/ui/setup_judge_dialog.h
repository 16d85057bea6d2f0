// The judge dialog: a new judge's code, name and employer, and the events they judge. The code
// of a registered judge is fixed; changing one asks for a reason.
#pragma once

#include <functional>
#include <string>

#include "core/competition.h"

class wxCheckListBox;
class wxDialog;
class wxTextCtrl;
class wxWindow;

namespace plumb::ui {

class JudgeDialog {
public:
    using Save = std::function<bool(const Judge& judge, const std::string& reason)>;
    // `judge` is nullptr for a new judge.
    JudgeDialog(wxWindow* parent, const Competition& competition, const Judge* judge, Save on_save);
    ~JudgeDialog();
    JudgeDialog(const JudgeDialog&) = delete;
    JudgeDialog& operator=(const JudgeDialog&) = delete;

    wxDialog* dialog() const { return dialog_; }
    Judge edited() const;
    std::string reason() const;
    bool save();
    int show_modal();

private:
    const Competition& competition_;
    Save save_;
    wxDialog* dialog_ = nullptr;
    wxTextCtrl *code_ = nullptr, *name_ = nullptr, *employer_ = nullptr, *reason_ = nullptr;
    wxCheckListBox* events_ = nullptr;
};

// A judge code not yet used: J plus the next number after the highest ("J21").
std::string next_judge_code(const Competition& competition);

}  // namespace plumb::ui
