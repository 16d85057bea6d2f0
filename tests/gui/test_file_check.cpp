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

#include "chief_window.h"
#include "gui_fixture.h"
#include "modal_script.h"
#include "services/appeals.h"
#include "services/demo.h"
#include "services/export_hr.h"
#include "services/result_state.h"
#include "services/roles.h"
#include "services/signing.h"
#include "ui/file_check_dialog.h"
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
    const ui::FrameHost host = test::idle_host("zh_CN");
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

TEST_CASE(
    "an HR file made before an upheld appeal is said to be out of date, on the audit page "
    "and in the Competition menu's check") {
    test::use_language("zh_CN");
    test::DemoConsole demo;
    CompetitionSession& s = demo.console->session();
    lock_results(s, unchecked_login("chief judge"), "bricklaying", "checked");
    HrOptions options;
    options.allow_draft = true;
    options.events = {"bricklaying", "rebar"};
    const std::filesystem::path hr = demo.dir / "hr.xlsx";
    export_hr(s, unchecked_login("organiser"), hr, options);
    test::ChiefWindow w(*demo.console);
    ui::AuditPage& page = w.panel->audit();
    w.show_page(3);
    CHECK(page.check_file(ui::u8(hr.string())));  // current: verified

    // An upheld appeal makes bricklaying's revision 2; the file still holds revision 1.
    const Contestant c = s.contestants().front();
    REQUIRE(c.event == "bricklaying");
    const auto was = s.store().current_mark("J01", c.registration_no, "C2");
    REQUIRE(was.has_value());
    AppealRequest request{"bricklaying", c.workstation, "C2", "", *was == "pass" ? "fail" : "pass",
                          "team leader"};
    const std::string id =
        lodge_appeal(s, unchecked_login("organiser"), request, "the corner was bonded");
    decide_appeal(s, unchecked_login("chief judge"), id, true, "seen on the photo");
    CHECK_FALSE(page.check_file(ui::u8(hr.string())));
    const wxString said = page.result()->GetValue();
    CAPTURE(std::string(said.utf8_str()));
    CHECK(said.StartsWith(zh("验证通过，但文件已过时")));
    CHECK(said.Contains(zh("砌筑工：文件中为第 1 版（已锁定），现在的成绩为第 2 版（已锁定）")));
    CHECK_FALSE(said.Contains(zh("钢筋工")));  // rebar's results did not move
    CHECK(save_screenshot(w.frame, test::screenshot_path("chief-hr-out-of-date-zh_CN")));

    // The same from the Competition menu's check, typed with the announced fingerprint.
    wxString says;
    const wxString fingerprint = ui::u8(key_fingerprint(device_key(s).public_hex));
    CHECK_FALSE(ui::received_file_outcome(ui::u8(hr.string()), fingerprint, says, &s));
    CHECK(says.StartsWith(zh("验证通过，但文件已过时")));
    // Without the competition (the HR clerk's start page) nothing tells: it verifies.
    CHECK(ui::received_file_outcome(ui::u8(hr.string()), fingerprint, says, nullptr));
    // Another competition's file, checked with this one open: its events are not this one's,
    // and it is not said to be out of date against them.
    CompetitionSession other = create_demo(demo.dir / "other.plumb", DemoOptions{20, 7, false});
    const std::filesystem::path theirs = demo.dir / "theirs.xlsx";
    export_hr(other, unchecked_login("organiser"), theirs, options);
    const wxString their_key = ui::u8(key_fingerprint(device_key(other).public_hex));
    CHECK(ui::received_file_outcome(ui::u8(theirs.string()), their_key, says, &s));
    CHECK(says.StartsWith(zh("验证通过：theirs.xlsx")));
    test::use_language("en");
}
