// plumbline: the judging console. `plumbline [DB]` opens a competition database.
#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/msgdlg.h>
#include <wx/xrc/xmlres.h>

#include "services/competition_session.h"
#include "ui/main_frame.h"
#include "ui/screenshot.h"
#include <wx/timer.h>

void InitForms();

namespace plumb {

class ConsoleApp : public wxApp {
public:
    bool OnInit() override {
        if (!wxApp::OnInit()) return false;
        wxXmlResource::Get()->InitAllHandlers();
        InitForms();
        if (db_.empty()) {
            wxMessageBox(_("Give a competition database to open: plumbline FILE.plumb"),
                         "Plumbline");
            return false;
        }
        try {
            auto session = std::make_unique<CompetitionSession>(
                CompetitionSession::open(db_.ToStdString(wxConvUTF8)));
            frame_ = std::make_unique<MainFrame>(std::move(session));
        } catch (const std::exception& e) {
            wxMessageDialog dlg(nullptr, _("The competition could not be opened."), "Plumbline",
                                wxOK | wxICON_ERROR);
            dlg.SetExtendedMessage(wxString::FromUTF8(e.what()));
            dlg.ShowModal();
            return false;
        }
        frame_->frame()->Show();
        if (!screenshot_.empty()) {
            // Let the window map and paint, then save it and leave (GUI tests, README pictures).
            auto* timer = new wxTimer();
            timer->Bind(wxEVT_TIMER, [this, timer](wxTimerEvent&) {
                const bool saved = save_screenshot(frame_->frame(), screenshot_);
                exit_code_ = saved ? 0 : 1;
                frame_->frame()->Close(true);
                delete timer;
            });
            timer->StartOnce(1500);
        }
        return true;
    }

    void OnInitCmdLine(wxCmdLineParser& parser) override {
        wxApp::OnInitCmdLine(parser);
        parser.AddParam(_("competition database"), wxCMD_LINE_VAL_STRING,
                        wxCMD_LINE_PARAM_OPTIONAL);
        parser.AddOption("", "screenshot", _("save the window as PNG and quit"),
                         wxCMD_LINE_VAL_STRING);
    }

    bool OnCmdLineParsed(wxCmdLineParser& parser) override {
        if (parser.GetParamCount() > 0) db_ = parser.GetParam(0);
        parser.Found("screenshot", &screenshot_);
        return wxApp::OnCmdLineParsed(parser);
    }

    int OnExit() override {
        frame_.reset();
        wxApp::OnExit();
        return exit_code_;
    }

private:
    wxString db_;
    wxString screenshot_;
    int exit_code_ = 0;
    std::unique_ptr<MainFrame> frame_;
};

}  // namespace plumb

wxIMPLEMENT_APP(plumb::ConsoleApp);
