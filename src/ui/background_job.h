// Long work (exports, imports, ranking a large competition) off the UI thread, with a progress
// dialog that can be cancelled; the result comes back on the UI thread.
#pragma once

#include <atomic>
#include <exception>
#include <functional>

#include <wx/string.h>

class wxFrame;
class wxWindow;

namespace plumb::ui {

// What the work sees: whether the user asked to cancel, and where to report progress.
class JobControl {
public:
    bool cancel_requested() const { return cancel_.load(); }
    void progress(int percent) { percent_.store(percent); }

private:
    friend void run_job(wxWindow*, const wxString&, std::function<void(JobControl&)>,
                        std::function<void(bool, std::exception_ptr)>);
    std::atomic<bool> cancel_{false};
    std::atomic<int> percent_{-1};
};

// Runs `work` on a worker thread while a modal progress dialog keeps the window alive, then
// calls `finish(cancelled, error)` on the UI thread. The worker must not touch windows; the UI
// thread touches nothing the worker uses until `finish`.
void run_job(wxWindow* parent, const wxString& title, std::function<void(JobControl&)> work,
             std::function<void(bool cancelled, std::exception_ptr error)> finish);

// What a finished job did, said where it is seen: in a message box over the window (on a small
// laptop the status bar may be below the screen's edge) and its first line in the status bar.
void report_done(wxFrame* frame, const wxString& title, const wxString& message);

}  // namespace plumb::ui
