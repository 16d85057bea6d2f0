// Driving the console's modal forms as a person does: the test's script runs inside the form
// once it is on the screen, typing with real key presses (keyboard.h) and clicking its buttons
// with the real pointer; message boxes are answered (Yes/OK, or as told) and what they said is
// kept. A form the script leaves open is cancelled, so the test fails on what the form did not
// do instead of hanging.
#pragma once

#include <deque>
#include <functional>
#include <vector>

#include <wx/app.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/modalhook.h>
#include <wx/msgdlg.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>
#include <wx/weakref.h>

#include "gui_fixture.h"
#include "keyboard.h"

namespace plumb::test {

// A real click in the middle of `window` (a button, a check box).
inline void click(wxWindow* window) {
    wxUIActionSimulator sim;
    const wxRect r = window->GetScreenRect();
    sim.MouseMove(r.GetPosition() + r.GetSize() / 2);
    pump(60);
    sim.MouseClick();
    pump(200);
}

// Focuses a text field and types into it key by key.
inline void type_into(wxTextCtrl* field, const wxString& text) {
    field->SetFocus();
    pump(30);
    type_text(text);
}

// Picks the entry of a choice list that starts with `text`, as a click does; false when none.
inline bool pick_in(wxChoice* list, const wxString& text) {
    for (unsigned i = 0; i < list->GetCount(); ++i) {
        if (!list->GetString(i).StartsWith(text)) continue;
        list->SetSelection(static_cast<int>(i));
        wxCommandEvent e(wxEVT_CHOICE, list->GetId());
        e.SetInt(static_cast<int>(i));
        e.SetEventObject(list);
        list->GetEventHandler()->ProcessEvent(e);
        pump(30);
        return true;
    }
    return false;
}

class ModalScript : public wxModalDialogHook {
public:
    using Script = std::function<void(wxDialog*)>;
    ModalScript() { Register(); }
    ~ModalScript() override { Unregister(); }

    // The next form (not a message box) runs `script`; forms beyond the scripts are cancelled.
    ModalScript& then(Script script) {
        scripts_.push_back(std::move(script));
        return *this;
    }
    // The answers to the next message boxes that ask Yes or No, in turn (then Yes).
    ModalScript& answer(int id) {
        answers_.push_back(id);
        return *this;
    }
    std::vector<wxString> messages;  // every message box: message and details
    std::vector<wxString> forms;     // the title of every other modal dialog shown

protected:
    int Enter(wxDialog* dialog) override {
        if (auto* m = dynamic_cast<wxMessageDialogBase*>(dialog)) {
            messages.push_back(m->GetMessage() + "\n" + m->GetExtendedMessage());
            if (!(m->GetMessageDialogStyle() & wxYES_NO)) return wxID_OK;
            if (answers_.empty()) return wxID_YES;
            const int id = answers_.front();
            answers_.pop_front();
            return id;
        }
        forms.push_back(dialog->GetTitle());
        if (scripts_.empty()) return wxID_CANCEL;
        Script script = std::move(scripts_.front());
        scripts_.pop_front();
        wxWeakRef<wxDialog> form(dialog);
        wxTheApp->CallAfter([form, script] {
            if (!form) return;
            pump(200);  // mapped and laid out
            give_focus(form.get());
            script(form.get());
            pump(100);
            if (form && form->IsModal()) form->EndModal(wxID_CANCEL);  // left open: cancelled
        });
        return wxID_NONE;  // shown for real
    }
    void Exit(wxDialog*) override {}

private:
    std::deque<Script> scripts_;
    std::deque<int> answers_;
};

// The form's OK button (its wxID_OK), clicked for real.
inline void click_ok(wxDialog* form) {
    click(form->FindWindow(wxID_OK));
}

// The first text field of a form (wxTextEntryDialog's own), or nullptr.
inline wxTextCtrl* first_text_field(wxWindow* form) {
    for (wxWindow* child : form->GetChildren()) {
        if (auto* t = dynamic_cast<wxTextCtrl*>(child)) return t;
        if (auto* t = first_text_field(child)) return t;
    }
    return nullptr;
}

// Answers a wxTextEntryDialog: types into its field, then clicks OK.
inline void answer_text(wxDialog* form, const wxString& text) {
    wxTextCtrl* field = first_text_field(form);
    if (!field) return;
    type_into(field, text);
    click_ok(form);
}

}  // namespace plumb::test
