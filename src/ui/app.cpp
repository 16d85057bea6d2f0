// plumbline: the judging console. `plumbline [DB]` opens a competition database.
#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/msgdlg.h>
#include <wx/xrc/xmlres.h>

#include "services/competition_session.h"
#include "ui/main_frame.h"

void InitForms();

namespace plumb {

class ConsoleApp : public wxApp {
public:
    bool OnInit() override {
        if (!wxApp::OnInit()) return false;
        wxXmlResource::Get()->InitAllHandlers();
        InitForms();
        if (db_.empty()) {
            wxMessageBox(_("Give a competition database to open: plumbline FILE.plumb"), "Plumbline");
            return false;
        }
        try {
            auto session = std::make_unique<CompetitionSession>(CompetitionSession::open(db_.ToStdString(wxConvUTF8)));
            frame_ = std::make_unique<MainFrame>(std::move(session));
        } catch (const std::exception& e) {
            wxMessageDialog dlg(nullptr, _("The competition could not be opened."), "Plumbline", wxOK | wxICON_ERROR);
            dlg.SetExtendedMessage(wxString::FromUTF8(e.what()));
            dlg.ShowModal();
            return false;
        }
        frame_->frame()->Show();
        return true;
    }

    void OnInitCmdLine(wxCmdLineParser& parser) override {
        wxApp::OnInitCmdLine(parser);
        parser.AddParam(_("competition database"), wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
    }

    bool OnCmdLineParsed(wxCmdLineParser& parser) override {
        if (parser.GetParamCount() > 0) db_ = parser.GetParam(0);
        return wxApp::OnCmdLineParsed(parser);
    }

    int OnExit() override {
        frame_.reset();
        return wxApp::OnExit();
    }

private:
    wxString db_;
    std::unique_ptr<MainFrame> frame_;
};

}  // namespace plumb

wxIMPLEMENT_APP(plumb::ConsoleApp);
