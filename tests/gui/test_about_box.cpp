// Help > About names the program in the console's language with its version and commit.
#include <doctest/doctest.h>

#include <wx/generic/aboutdlgg.h>

#include "gui_fixture.h"
#include "ui/about_box.h"
#include "version.h"

using namespace plumb;

TEST_CASE("the About box gives the version and the commit, in Chinese in the zh_CN console") {
    test::use_language("zh_CN");
    const wxAboutDialogInfo info = ui::about_info();
    CHECK(info.GetName() == wxString::FromUTF8("技能大赛评分"));
    CHECK(info.GetVersion() == wxString::FromUTF8(PLUMB_VERSION "（提交 " PLUMB_COMMIT "）"));
    CHECK(info.GetLongVersion() ==
          wxString::FromUTF8("版本 " PLUMB_VERSION "（提交 " PLUMB_COMMIT "）"));
    auto* frame = new wxFrame(nullptr, wxID_ANY, "about", wxDefaultPosition, wxSize(600, 400));
    frame->Show();
    {
        wxGenericAboutDialog dialog(info, frame);
        dialog.Show();
        test::pump(300);
        CHECK(save_screenshot(&dialog, test::screenshot_path("about-zh_CN")));
    }
    frame->Destroy();
    test::use_language("en");
    CHECK(ui::about_info().GetName() == "Plumbline");
    CHECK(ui::about_info().GetDescription().Contains("skills competitions"));
}
