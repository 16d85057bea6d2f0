// The main frame hosts the task panels and switches between them.
#include <doctest/doctest.h>

#include "gui_fixture.h"
#include "ui/main_frame.h"

#include <wx/menu.h>

using namespace plumb;

TEST_CASE("the main frame shows set-up, laptops, score entry, progress, conflicts, results and the "
          "chief judge's tab for a competition") {
    test::use_language("en");
    test::DemoConsole demo;
    ui::FrameHost host;
    host.language = "en";
    host.open = [](const wxString&) {};
    host.set_language = [](const std::string&) {};
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
    ui::FrameHost host;
    host.language = "en";
    host.open = [](const wxString&) {};
    host.set_language = [](const std::string&) {};
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
