// The main frame hosts the task panels and switches between them.
#include <doctest/doctest.h>

#include <stdlib.h>

#include <filesystem>

#include "gui_fixture.h"
#include "ui/main_frame.h"
#include "ui/start_page.h"

#include <wx/fileconf.h>
#include <wx/menu.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

using namespace plumb;

TEST_CASE("the main frame shows set-up, laptops, score entry, progress, conflicts, results and the "
          "chief judge's tab for a competition") {
    test::use_language("en");
    test::DemoConsole demo;
    const ui::FrameHost host = test::idle_host("en");
    ui::MainFrame frame(std::move(demo.console), host);
    frame.frame()->Show();
    test::pump();
    std::vector<std::string> names;
    for (const auto& p : frame.panels()) names.push_back(p->name());
    CHECK(names == std::vector<std::string>{"setup", "laptops", "entry", "progress", "conflicts",
                                            "results", "chief"});
    CHECK(frame.select("results") != nullptr);
    CHECK(frame.select("chief") != nullptr);
    CHECK(frame.select("nonsense") == nullptr);
    frame.frame()->Destroy();
    test::pump(50);
}

TEST_CASE("translatable strings in the code are ASCII, so they survive a C locale") {
    // _("…") converts its literal with the C library's locale: outside a UTF-8 locale a
    // non-ASCII msgid turns into an empty label (a menu item wxWidgets refuses).
    test::use_language("zh_CN");
    CHECK(wxGetTranslation("Score entry") == wxString::FromUTF8("评分录入"));
    CHECK_FALSE(wxGetTranslation("&Certificates (PDF)...").empty());
}

TEST_CASE("the Competition menu offers the imports an organiser runs during the contest") {
    test::use_language("en");
    test::DemoConsole demo;
    const ui::FrameHost host = test::idle_host("en");
    ui::MainFrame frame(std::move(demo.console), host);
    wxMenu* competition = frame.frame()->GetMenuBar()->GetMenu(0);
    wxString labels;
    for (wxMenuItem* item : competition->GetMenuItems()) labels += item->GetItemLabelText() + "|";
    CHECK(labels.Contains("Import times (CSV)..."));
    CHECK(labels.Contains("Import theory scores (CSV)..."));
    CHECK(labels.Contains("Import marks from paper sheets (CSV)..."));
    CHECK(frame.frame()->GetMenuBar()->FindMenu("Export") != wxNOT_FOUND);
    frame.frame()->Destroy();
    test::pump(50);
}

// The settings file and the demo's folder were both ~/.plumbline: the first to exist stopped
// the other (the language was never saved, or the demo could never be made).
TEST_CASE("the console's settings file and its demo folder are different places") {
    // As on a machine that sets neither (the defaults are the XDG ones).
    wxString config_home, data_home;
    const bool had_config = wxGetEnv("XDG_CONFIG_HOME", &config_home);
    const bool had_data = wxGetEnv("XDG_DATA_HOME", &data_home);
    wxUnsetEnv("XDG_CONFIG_HOME");
    wxUnsetEnv("XDG_DATA_HOME");
    const wxString app = wxTheApp->GetAppName();
    wxTheApp->SetAppName("plumbline");
    ui::use_user_paths();
    const wxString settings = wxFileConfig::GetLocalFileName("plumbline");
    const wxString data = ui::demo_folder();
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_Classic);
    wxTheApp->SetAppName(app);
    if (had_config) wxSetEnv("XDG_CONFIG_HOME", config_home);
    if (had_data) wxSetEnv("XDG_DATA_HOME", data_home);
    CHECK(settings.EndsWith("/.config/plumbline.conf"));
    CHECK(data.EndsWith("/.local/share/plumbline"));
    CHECK_FALSE(data.StartsWith(settings));
    CHECK_FALSE(settings.StartsWith(data + "/"));
}

// On a new user's machine ~/.config may not exist: the settings were then never saved, with an
// error at every start ("cannot open the user's configuration file").
TEST_CASE("a new user's settings are saved where no settings folder existed") {
    char tmpl[] = "/tmp/plumb-home-XXXXXX";
    const std::filesystem::path home = mkdtemp(tmpl);
    wxString old_home;
    wxGetEnv("HOME", &old_home);
    wxSetEnv("HOME", home.string());
    wxString config_home;
    const bool had_config = wxGetEnv("XDG_CONFIG_HOME", &config_home);
    wxUnsetEnv("XDG_CONFIG_HOME");
    const wxString app = wxTheApp->GetAppName();
    wxTheApp->SetAppName("plumbline");
    ui::use_user_paths();
    bool saved = false;
    {
        wxFileConfig settings("plumbline");
        settings.Write("language", "zh_CN");
        saved = settings.Flush();
    }
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_Classic);
    wxTheApp->SetAppName(app);
    wxSetEnv("HOME", old_home);
    if (had_config) wxSetEnv("XDG_CONFIG_HOME", config_home);
    CHECK(saved);
    CHECK(std::filesystem::exists(home / ".config" / "plumbline.conf"));
    std::filesystem::remove_all(home);
}
