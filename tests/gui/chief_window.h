// The chief judge's tab in a frame of its own, for the GUI tests.
#pragma once

#include <memory>

#include <wx/notebook.h>

#include "panel_frame.h"
#include "ui/chief_pages.h"
#include "ui/chief_panel.h"

namespace plumb::test {

struct ChiefWindow : PanelFrame<ui::ChiefPanel> {
    explicit ChiefWindow(ui::Console& console, wxSize size = wxSize(1280, 740))
        : PanelFrame(console, "chief", size) {}
    // Shows the page (0 lock, 1 appeals, 2 double entry, 3 audit), read afresh.
    void show_page(int page) {
        panel->book()->SetSelection(static_cast<std::size_t>(page));
        panel->refresh_if_stale(page);
        pump(100);
    }
};

}  // namespace plumb::test
