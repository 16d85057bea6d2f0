// Dialogs about one contestant: correcting the details (with a reason) and changing the status.
// Each is given a save function; the dialog closes only when it returns true, so a refused
// change can be corrected where it was typed.
#pragma once

#include <functional>
#include <string>

#include "core/competition.h"

class wxChoice;
class wxDialog;
class wxTextCtrl;
class wxWindow;

namespace plumb::ui {

// The person's fields both contestant forms share, found by their XRC names (PREFIX + "name", ...).
struct ContestantFields {
    wxTextCtrl *name = nullptr, *id = nullptr, *employer = nullptr, *phone = nullptr,
               *workstation = nullptr;
    wxChoice *gender = nullptr, *event = nullptr;
};

class ContestantDialog {
public:
    using Save = std::function<bool(const Contestant& edited, const std::string& reason)>;
    ContestantDialog(wxWindow* parent, const Competition& competition, const Contestant& contestant,
                     Save on_save);
    ~ContestantDialog();
    ContestantDialog(const ContestantDialog&) = delete;
    ContestantDialog& operator=(const ContestantDialog&) = delete;

    wxDialog* dialog() const { return dialog_; }
    // The details as typed (the unchanged ones as given).
    Contestant edited() const;
    std::string reason() const;
    // Calls the save function with what is typed; true when it was saved.
    bool save();
    int show_modal();

private:
    const Competition& competition_;
    Contestant original_;
    Save save_;
    wxDialog* dialog_ = nullptr;
    ContestantFields fields_;
    wxTextCtrl* reason_ = nullptr;
};

// Registering one contestant by hand: every field typed, nothing kept from another.
class AddContestantDialog {
public:
    using Save = std::function<bool(const Contestant& contestant)>;
    AddContestantDialog(wxWindow* parent, const Competition& competition, Save on_save);
    ~AddContestantDialog();
    AddContestantDialog(const AddContestantDialog&) = delete;
    AddContestantDialog& operator=(const AddContestantDialog&) = delete;

    wxDialog* dialog() const { return dialog_; }
    Contestant typed() const;
    int show_modal();

private:
    const Competition& competition_;
    Save save_;
    wxDialog* dialog_ = nullptr;
    ContestantFields fields_;
    wxTextCtrl* reg_ = nullptr;
};

class StatusDialog {
public:
    using Save = std::function<bool(ContestantStatus status, const std::string& reason)>;
    StatusDialog(wxWindow* parent, const Contestant& contestant, Save on_save);
    ~StatusDialog();
    StatusDialog(const StatusDialog&) = delete;
    StatusDialog& operator=(const StatusDialog&) = delete;

    wxDialog* dialog() const { return dialog_; }
    ContestantStatus status() const;
    std::string reason() const;
    bool save();
    int show_modal();

private:
    Save save_;
    wxDialog* dialog_ = nullptr;
    wxChoice* status_ = nullptr;
    wxTextCtrl* reason_ = nullptr;
};

}  // namespace plumb::ui
