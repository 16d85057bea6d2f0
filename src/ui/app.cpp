// plumbline: the judging console. `plumbline [DB] [--lang zh_CN|en] [--screenshot DIR]`.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/filename.h>
#include <wx/frame.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/timer.h>
#include <wx/translation.h>
#include <wx/xrc/xmlres.h>

#include "services/competition_session.h"
#include "services/language.h"
#include "ui/console.h"
#include "ui/kit_open.h"
#include "ui/laptop_screenshots.h"
#include "ui/main_frame.h"
#include "ui/screenshot.h"
#include "ui/start_page.h"
#include "ui/wx_text.h"

void InitForms();

namespace plumb::ui {

class ConsoleApp : public wxApp {
public:
    bool OnInit() override {
        if (!wxApp::OnInit()) return false;
        SetAppName("plumbline");
        use_user_paths();  // before the settings are first read
        wxXmlResource::Get()->InitAllHandlers();
        InitForms();
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(u8(translations_dir().string()));
        if (language_.empty()) language_ = to_u8(wxConfigBase::Get()->Read("language", default_language()));
        apply_language();
        return open(db_);
    }

    void OnInitCmdLine(wxCmdLineParser& parser) override {
        wxApp::OnInitCmdLine(parser);
        parser.AddParam(_("competition database, or a judge kit to make a laptop's database from"),
                        wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
        parser.AddOption("", "lang", _("language: zh_CN or en"), wxCMD_LINE_VAL_STRING);
        parser.AddOption("", "screenshot", _("save every panel as PNG into this folder and quit"),
                         wxCMD_LINE_VAL_STRING);
    }

    bool OnCmdLineParsed(wxCmdLineParser& parser) override {
        if (parser.GetParamCount() > 0) db_ = parser.GetParam(0);
        wxString lang;
        if (parser.Found("lang", &lang))
            language_ = language_code(to_u8(lang)) == "en" ? "en" : "zh_CN";
        if (parser.Found("screenshot", &screenshot_dir_) &&
            !wxFileName::Mkdir(screenshot_dir_, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL)) {
            std::fprintf(stderr, "plumbline: cannot create %s\n",
                         static_cast<const char*>(screenshot_dir_.utf8_str()));
            return false;
        }
        return wxApp::OnCmdLineParsed(parser);
    }

    int OnExit() override {
        frame_.reset();
        wxApp::OnExit();
        return exit_code_;
    }

private:
    // From LC_ALL, LC_MESSAGES, LANG (and LANGUAGE), whether or not the system has a locale
    // generated for it: wxLocale::GetSystemLanguage() knew only generated ones, and
    // LANG=zh_CN.UTF-8 on a system without zh_CN gave an English console.
    static std::string default_language() { return environment_language(); }

    void apply_language() {
        install_translations(language_);
        // Forms are translated when loaded, so they are loaded again in the new language.
        wxXmlResource::Get()->ClearHandlers();
        wxXmlResource::Get()->InitAllHandlers();
    }

    // Replaces the main frame with one on `db` (the start page when empty). A judge kit
    // (`plumbline FILE.kit`) makes the laptop's database first, over the start page.
    bool open(const wxString& db) {
        if (db.Lower().EndsWith(".kit")) {
            const wxString kit = db;  // `db` may be db_, which opening the start page clears
            if (!frame_ && !open({})) return false;
            const wxString made = open_judge_kit(frame_->frame(), kit);
            return made.empty() || open(made);
        }
        if (frame_ && !frame_->may_close()) return true;  // a value typed is not saved: stay
        std::unique_ptr<Console> console;
        if (!db.empty()) {
            try {
                console = std::make_unique<Console>(
                    std::make_unique<CompetitionSession>(CompetitionSession::open(to_u8(db))));
                remember_recent(db);
            } catch (const std::exception& e) {
                wxMessageDialog dlg(nullptr, _("The competition could not be opened."), "Plumbline",
                                    wxOK | wxICON_ERROR);
                dlg.SetExtendedMessage(u8(e.what()));
                if (screenshot_dir_.empty()) dlg.ShowModal();
                if (!frame_) exit_code_ = 1;
                return frame_ != nullptr || screenshot_dir_.empty() ? open({}) : false;
            }
        }
        db_ = db;
        FrameHost host;
        host.language = language_;
        host.open = [this](const wxString& path) { CallAfter([this, path] { replace(path); }); };
        host.set_language = [this](const std::string& lang) {
            CallAfter([this, lang] {
                if (frame_ && !frame_->may_close()) return;  // before the language changes
                language_ = lang;
                wxConfigBase::Get()->Write("language", u8(lang));
                apply_language();
                replace(db_);
            });
        };
        auto next = std::make_unique<MainFrame>(std::move(console), host);
        next->frame()->Show();
        if (std::getenv("PLUMB_STARTUP_TIMING")) report_startup(next->frame());
        SetTopWindow(next->frame());
        if (frame_) frame_->frame()->Destroy();
        frame_ = std::move(next);
        if (!screenshot_dir_.empty()) start_screenshots();
        return true;
    }

    void replace(const wxString& db) {
        if (!db.empty() || !frame_) open(db);
        else open({});
    }

    // bench/startup.sh: milliseconds from start to the first idle moment with the window up.
    void report_startup(wxFrame* frame) {
        frame->Bind(wxEVT_IDLE, [this, frame](wxIdleEvent& ev) {
            ev.Skip();
            if (reported_) return;
            reported_ = true;
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count();
            std::fprintf(stderr, "plumbline: usable after %.0f ms\n", ms);
            if (std::string(std::getenv("PLUMB_STARTUP_TIMING")) == "quit") frame->Close(true);
        });
    }

    // Test and documentation mode: select each panel in turn and save it, then each of its
    // further views (pages, forms: TaskPanel::shots), then quit.
    void start_screenshots() {
        struct Step {
            wxString file;
            std::function<wxWindow*()> show;
            std::function<void()> done;
        };
        auto steps = std::make_shared<std::vector<Step>>();
        const wxString lang = u8(language_);
        for (const auto& p : frame_->panels()) {
            const std::string name = p->name();
            steps->push_back({screenshot_dir_ + "/" + name + "-" + lang + ".png",
                              [this, name]() -> wxWindow* {
                                  frame_->select(name);
                                  return frame_->frame();
                              },
                              {}});
            for (TaskPanel::Shot& shot : p->shots())
                steps->push_back(
                    {screenshot_dir_ + "/" + name + "-" + u8(shot.name) + "-" + lang + ".png",
                     [this, name, show = shot.show]() -> wxWindow* {
                         frame_->select(name);
                         return show();
                     },
                     shot.done});
        }
        auto* timer = new wxTimer();
        auto shown = std::make_shared<wxWindow*>(nullptr);
        timer->Bind(wxEVT_TIMER, [this, timer, steps, shown](wxTimerEvent&) {
            if (shot_ > 0) {
                const Step& before = (*steps)[static_cast<std::size_t>(shot_ - 1)];
                if (!*shown || !save_screenshot(*shown, before.file)) exit_code_ = 1;
                if (before.done) before.done();
            }
            if (shot_ < static_cast<int>(steps->size())) {
                *shown = (*steps)[static_cast<std::size_t>(shot_)].show();
                ++shot_;
                return;
            }
            timer->Stop();
            if (frame_->console() && !save_laptop_screenshots(screenshot_dir_, language_))
                exit_code_ = 1;
            frame_->frame()->Close(true);
            delete timer;
        });
        timer->Start(900);
    }

    wxString db_;
    wxString screenshot_dir_;
    std::string language_;
    std::unique_ptr<MainFrame> frame_;
    int shot_ = 0;
    bool reported_ = false;
    std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
    int exit_code_ = 0;
};

}  // namespace plumb::ui

wxIMPLEMENT_APP(plumb::ui::ConsoleApp);
