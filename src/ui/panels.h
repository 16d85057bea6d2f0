// The task panels of the main frame, in tab order. Each panel's file pair provides its factory.
#pragma once

#include <memory>
#include <vector>

#include "ui/task_panel.h"

class wxWindow;

namespace plumb::ui {

class Console;

std::unique_ptr<TaskPanel> make_setup_panel(wxWindow* parent, Console& console);
std::unique_ptr<TaskPanel> make_entry_panel(wxWindow* parent, Console& console);
std::unique_ptr<TaskPanel> make_progress_panel(wxWindow* parent, Console& console);
std::unique_ptr<TaskPanel> make_results_panel(wxWindow* parent, Console& console);
// The master's laptops (kits, packets), and conflicts with signed-off sheets (a laptop: the
// sheets only).
std::unique_ptr<TaskPanel> make_laptops_panel(wxWindow* parent, Console& console);
std::unique_ptr<TaskPanel> make_conflicts_panel(wxWindow* parent, Console& console);
std::unique_ptr<TaskPanel> make_chief_panel(wxWindow* parent, Console& console);

// Opens the full-screen announce board (Esc leaves); `event` preselects a trade.
void show_announce_board(wxWindow* parent, Console& console, const std::string& event = {});

}  // namespace plumb::ui
