// One console panel alone in a frame that has the keyboard focus, as the GUI tests drive it.
#pragma once

#include <memory>

#include <wx/frame.h>
#include <wx/sizer.h>

#include "gui_fixture.h"
#include "keyboard.h"

namespace plumb::test {

template <class Panel>
struct PanelFrame {
    wxFrame* frame;
    std::unique_ptr<Panel> panel;
    PanelFrame(ui::Console& console, const char* title, wxSize size) {
        frame = new wxFrame(nullptr, wxID_ANY, title, wxPoint(0, 0), size);
        panel = std::make_unique<Panel>(frame, console);
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(panel->window(), 1, wxEXPAND);
        frame->SetSizer(sizer);
        frame->Show();
        pump(300);
        give_focus(frame);
    }
    ~PanelFrame() {
        frame->Destroy();
        pump(50);
    }
    PanelFrame(const PanelFrame&) = delete;
    PanelFrame& operator=(const PanelFrame&) = delete;
};

}  // namespace plumb::test
