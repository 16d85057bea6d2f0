// The console's main window: the competition's name, one tab per task, menus to open another
// competition, switch language and start the announce board.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <wx/string.h>

#include "ui/task_panel.h"

class wxFrame;
class wxNotebook;

namespace plumb::ui {

class Console;
class IdleLogout;
class LoginBadge;

// What the frame asks of the application: open another competition, switch language.
struct FrameHost {
    std::function<void(const wxString& db)> open;
    std::function<void(const std::string& language)> set_language;
    std::string language;  // "zh_CN" or "en"
};

class MainFrame {
public:
    // With no console the frame shows the start page.
    MainFrame(std::unique_ptr<Console> console, FrameHost host);
    ~MainFrame();

    wxFrame* frame() const { return frame_; }
    Console* console() const { return console_.get(); }
    // The panels in tab order, and selecting one by name ("setup", "entry", ...).
    const std::vector<std::unique_ptr<TaskPanel>>& panels() const { return panels_; }
    TaskPanel* select(const std::string& name);
    // Whether the frame may go (closed, or replaced by another competition or language): a
    // value still being typed is saved first, or the user chose to lose it.
    bool may_close();

private:
    void build_menu();
    void fit_to_screen();
    void on_open();
    void on_new();

    std::unique_ptr<Console> console_;
    FrameHost host_;
    wxFrame* frame_ = nullptr;
    wxNotebook* book_ = nullptr;
    std::vector<std::unique_ptr<TaskPanel>> panels_;
    std::unique_ptr<LoginBadge> login_badge_;
    std::unique_ptr<IdleLogout> idle_logout_;
};

}  // namespace plumb::ui
