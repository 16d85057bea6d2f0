// The dialogs of a flow, met as a person meets them. A form dialog (a passphrase, a kit's
// fingerprint, a sign-off) is shown for real; once it is up, the step written for it runs: it
// gives the dialog the X input focus and answers it with real key presses or clicks. Message
// boxes are answered at once (Yes/OK) and their text kept, as DialogCatcher does. A dialog no
// step was written for is cancelled and noted, so an unexpected one fails the test, not hangs it.
// One script at a time: two would both answer each dialog.
#pragma once

#include <deque>
#include <functional>
#include <string>
#include <vector>

#include <wx/app.h>
#include <wx/dialog.h>
#include <wx/modalhook.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/uiaction.h>
#include <wx/weakref.h>
#include <wx/xrc/xmlres.h>

#include "keyboard.h"

namespace plumb::test {

class DialogScript : public wxModalDialogHook {
public:
    using Step = std::function<void(wxDialog*)>;
    DialogScript() { Register(); }
    ~DialogScript() override { Unregister(); }

    // The next dialog named `name` (its form's name) is answered by `step`.
    DialogScript& then(const std::string& name, Step step) {
        steps_.push_back({name, std::move(step)});
        return *this;
    }
    bool finished() const { return steps_.empty(); }

    std::vector<wxString> messages;  // every message box: message, newline, extended message
    std::vector<std::string> shown;  // form dialogs met, in order
    std::vector<std::string> unexpected;

protected:
    int Enter(wxDialog* dialog) override {
        if (auto* m = dynamic_cast<wxMessageDialogBase*>(dialog)) {
            messages.push_back(m->GetMessage() + "\n" + m->GetExtendedMessage());
            return (m->GetMessageDialogStyle() & wxYES_NO) ? wxID_YES : wxID_OK;
        }
        const std::string name = dialog->GetName().utf8_string();
        shown.push_back(name);
        if (steps_.empty() || steps_.front().name != name) {
            unexpected.push_back(name);
            return wxID_CANCEL;
        }
        Step step = std::move(steps_.front().step);
        steps_.pop_front();
        // Runs inside the dialog's modal loop, once it is shown (unless another hook refused it).
        wxWeakRef<wxDialog> shown_dialog(dialog);
        wxTheApp->CallAfter([shown_dialog, step] {
            if (shown_dialog) step(shown_dialog.get());
        });
        return wxID_NONE;
    }
    void Exit(wxDialog*) override {}

private:
    struct Named {
        std::string name;
        Step step;
    };
    std::deque<Named> steps_;
};

// A step: focus on the dialog, `text` typed key by key into its focused field, then Enter.
inline DialogScript::Step type_then_enter(const wxString& text) {
    return [text](wxDialog* dialog) {
        give_focus(dialog);
        type_text(text);
        press_key(WXK_RETURN);
    };
}

// A step: Enter pressed in the dialog (its default button).
inline DialogScript::Step press_enter() {
    return [](wxDialog* dialog) {
        give_focus(dialog);
        press_key(WXK_RETURN);
    };
}

// A real mouse click in the middle of `window`.
inline void click(wxWindow* window) {
    wxUIActionSimulator sim;
    sim.MouseMove(window->GetScreenRect().GetPosition() + window->GetSize() / 2);
    wxMilliSleep(30);
    wxTheApp->Yield(true);
    sim.MouseClick();
    const auto until = wxGetLocalTimeMillis() + 150;
    while (wxGetLocalTimeMillis() < until) {
        wxTheApp->Yield(true);
        wxMilliSleep(5);
    }
}

// A form label's text, found by its name in the dialog, with the lines wrapping put back.
inline wxString label_of(wxWindow* dialog, const char* name) {
    auto* label = dynamic_cast<wxStaticText*>(dialog->FindWindow(XRCID(name)));
    wxString text = label ? label->GetLabel() : wxString();
    text.Replace("\n", " ");
    return text;
}

}  // namespace plumb::test
