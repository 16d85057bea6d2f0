// The console's main window: for now, the competition's events and their rankings.
#pragma once

#include <memory>

#include <wx/frame.h>

class wxChoice;
class wxListCtrl;
class wxStaticText;

namespace plumb {

class CompetitionSession;

class MainFrame {
public:
    explicit MainFrame(std::unique_ptr<CompetitionSession> session);
    ~MainFrame();
    wxFrame* frame() const { return frame_; }
    // Selects an event by index and shows its ranking.
    void show_event(int index);

private:
    std::unique_ptr<CompetitionSession> session_;
    wxFrame* frame_ = nullptr;
    wxChoice* events_ = nullptr;
    wxListCtrl* ranking_ = nullptr;
    wxStaticText* title_ = nullptr;
    wxStaticText* summary_ = nullptr;
};

}  // namespace plumb
