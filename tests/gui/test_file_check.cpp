// The start page's "Check a received file", as the HR clerk uses it with no competition open:
// the file and the fingerprint the organiser announced typed in, Check clicked.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <memory>

#include <wx/button.h>
#include <wx/frame.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "gui_fixture.h"
#include "modal_script.h"
#include "services/export_hr.h"
#include "services/roles.h"
#include "services/signing.h"
#include "ui/start_page.h"
#include "ui/wx_text.h"

using namespace plumb;

namespace {

wxString zh(const char* text) {
    return wxString::FromUTF8(text);
}

// What the dialog says after the file and the fingerprint are typed and Check is clicked.
wxString check_on_start_page(wxWindow* start, const std::filesystem::path& file,
                             const wxString& fingerprint, const std::string& screenshot = {}) {
    wxString said;
    test::ModalScript forms;
    forms.then([&](wxDialog* form) {
        test::type_into(XRCCTRL(*form, "check_path", wxTextCtrl), ui::u8(file.string()));
        test::type_into(XRCCTRL(*form, "check_fingerprint", wxTextCtrl), fingerprint);
        test::click(form->FindWindow(wxID_APPLY));
        said = XRCCTRL(*form, "check_outcome", wxTextCtrl)->GetValue();
        if (!screenshot.empty()) CHECK(save_screenshot(form, test::screenshot_path(screenshot)));
        // Typing again clears the outcome: it spoke of what was typed before.
        test::type_into(XRCCTRL(*form, "check_fingerprint", wxTextCtrl), " ");
        CHECK(XRCCTRL(*form, "check_outcome", wxTextCtrl)->GetValue().empty());
    });
    test::click(start->FindWindow(XRCID("check_file")));
    CHECK(forms.forms.size() == 1);
    CHECK(forms.messages.empty());  // no error box over the form (an XRC style it did not know)
    return said;
}

// ASCII letters, digits and spaces as a full-width keyboard types them.
wxString full_width(const wxString& ascii) {
    wxString out;
    for (wxUniChar c : ascii)
        out += c == ' ' ? wxUniChar(0x3000) : wxUniChar(c.GetValue() - 0x21 + 0xFF01);
    return out;
}

}  // namespace

TEST_CASE(
    "the start page checks a received HR file against the fingerprint the organiser "
    "announced") {
    test::use_language("zh_CN");
    std::filesystem::path hr;
    std::string fingerprint;
    test::DemoConsole demo;
    {
        CompetitionSession& s = demo.console->session();
        fingerprint = key_fingerprint(device_key(s).public_hex);
        HrOptions options;
        options.allow_draft = true;
        options.events = {"rebar"};
        hr = demo.dir / "hr.xlsx";
        export_hr(s, unchecked_login("organiser"), hr, options);
        demo.console.reset();  // the clerk has no competition open
    }
    auto* frame = new wxFrame(nullptr, wxID_ANY, "Plumbline", wxDefaultPosition, wxSize(1024, 600));
    ui::FrameHost host;
    host.language = "zh_CN";
    host.open = [](const wxString&) {};
    host.set_language = [](const std::string&) {};
    std::unique_ptr<ui::TaskPanel> start = ui::make_start_page(frame, host);
    frame->Show();
    test::pump(200);

    // Typed with spaces and in capitals, as read out: the same fingerprint.
    wxString typed = ui::u8(fingerprint).Upper();
    wxString said = check_on_start_page(start->window(), hr, typed, "start-file-check-zh_CN");
    INFO(std::string(said.utf8_str()));
    CHECK(said.StartsWith(zh("验证通过：hr.xlsx 自 ")));

    // Typed on a Chinese keyboard in full-width mode: the same fingerprint.
    said = check_on_start_page(start->window(), hr, full_width(typed));
    CHECK(said.StartsWith(zh("验证通过：")));

    // Another key's fingerprint. The key that did sign is not shown: copied into the field, it
    // would pass a file anyone re-signed.
    said = check_on_start_page(start->window(), hr, "0000 1111 2222 3333");
    INFO(std::string(said.utf8_str()));
    CHECK(said.StartsWith(zh("未通过验证：这个文件不是用您输入的指纹所对应的密钥签名的")));
    CHECK_FALSE(said.Contains(ui::u8(fingerprint)));
    CHECK_FALSE(said.Upper().Contains(ui::u8(fingerprint).Upper()));

    // No fingerprint: refused, not trusted by default.
    said = check_on_start_page(start->window(), hr, "");
    CHECK(said.StartsWith(zh("请输入组委会公布的密钥指纹")));

    // The file moved away, its signature left behind: said, not a crash.
    std::filesystem::rename(hr, hr.string() + ".moved");
    said = check_on_start_page(start->window(), hr, typed);
    CHECK(said.StartsWith(zh("未通过验证：")));
    CHECK(said.Contains(zh("不存在")));
    std::filesystem::rename(hr.string() + ".moved", hr);

    // A changed byte: the file is not what was signed.
    {
        std::FILE* f = std::fopen(hr.string().c_str(), "r+b");
        REQUIRE(f);
        std::fseek(f, 600, SEEK_SET);
        std::fputc('x', f);
        std::fclose(f);
    }
    said = check_on_start_page(start->window(), hr, typed);
    INFO(std::string(said.utf8_str()));
    CHECK(said.StartsWith(zh("未通过验证：")));
    CHECK(said.Contains(zh("在签名后被改动过")));
    CHECK(said.Contains(zh("请不要将这个文件录入职工档案")));
    start.reset();
    frame->Destroy();
    test::pump(50);
}
