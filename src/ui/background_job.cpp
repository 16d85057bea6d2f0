// The worker thread and its progress dialog.
#include "ui/background_job.h"

#include <chrono>
#include <future>
#include <thread>

#include <wx/frame.h>
#include <wx/msgdlg.h>
#include <wx/progdlg.h>

namespace plumb::ui {

void run_job(wxWindow* parent, const wxString& title, std::function<void(JobControl&)> work,
             std::function<void(bool, std::exception_ptr)> finish) {
    JobControl control;
    std::exception_ptr error;
    std::promise<void> done;
    auto finished = done.get_future();
    std::thread worker([&] {
        try {
            work(control);
        } catch (...) {
            error = std::current_exception();
        }
        done.set_value();
    });
    {
        wxProgressDialog dialog(title, _("Working..."), 100, parent,
                                wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME | wxPD_AUTO_HIDE);
        while (finished.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready) {
            const int percent = control.percent_.load();
            const bool go_on = percent >= 0 ? dialog.Update(percent < 100 ? percent : 99) : dialog.Pulse();
            if (!go_on && !control.cancel_.load()) {
                control.cancel_.store(true);
                dialog.Pulse(_("Cancelling..."));
            }
        }
    }
    worker.join();
    finish(control.cancel_.load(), error);
}

void report_done(wxFrame* frame, const wxString& title, const wxString& message) {
    frame->SetStatusText(message.BeforeFirst('\n'));  // one line: the status bar has one
    wxMessageDialog dialog(frame, message, title, wxOK | wxICON_INFORMATION);
    dialog.ShowModal();
}

}  // namespace plumb::ui
