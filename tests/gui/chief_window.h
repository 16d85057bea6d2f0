// The chief judge's tab in a frame of its own, for the GUI tests.
#pragma once

#include <memory>

#include <wx/frame.h>
#include <wx/notebook.h>
#include <wx/sizer.h>

#include "gui_fixture.h"
#include "keyboard.h"
#include "ui/chief_pages.h"
#include "ui/chief_panel.h"

namespace plumb::test {

struct ChiefWindow {
    wxFrame* frame;
    std::unique_ptr<ui::ChiefPanel> panel;
    explicit ChiefWindow(ui::Console& console, wxSize size = wxSize(1280, 740)) {
        frame = new wxFrame(nullptr, wxID_ANY, "chief", wxPoint(0, 0), size);
        panel = std::make_unique<ui::ChiefPanel>(frame, console);
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(panel->window(), 1, wxEXPAND);
        frame->SetSizer(sizer);
        frame->Show();
        pump(300);
        give_focus(frame);
    }
    ~ChiefWindow() {
        frame->Destroy();
        pump(50);
    }
    // Shows the page (0 lock, 1 appeals, 2 double entry, 3 audit), read afresh.
    void show_page(int page) {
        panel->book()->SetSelection(static_cast<std::size_t>(page));
        panel->refresh_if_stale(page);
        pump(100);
    }
};

}  // namespace plumb::test
