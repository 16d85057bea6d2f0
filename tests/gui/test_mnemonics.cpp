// Alt+letter on a page of the main window must reach what its label says: a letter the menu bar
// also uses opened the menu instead (数值(V) opened 视图(V)), and a letter used twice on one
// page only moved the focus between the two.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>

#include <wx/bookctrl.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/menu.h>
#include <wx/stattext.h>

#include "gui_fixture.h"
#include "ui/main_frame.h"

using namespace plumb;

namespace {

// The letter after '&' in a label ("&&" is a literal ampersand), upper case; 0 for none.
wxChar mnemonic(const wxString& label) {
    for (std::size_t i = 0; i + 1 < label.size(); ++i) {
        if (label[i] != '&') continue;
        if (label[i + 1] == '&') {
            ++i;
            continue;
        }
        return wxToupper(label[i + 1]);
    }
    return 0;
}

bool has_book(wxWindow* w) {
    for (wxWindow* child : w->GetChildren())
        if (wxDynamicCast(child, wxBookCtrlBase) || has_book(child)) return true;
    return false;
}

// Every labelled control's mnemonic under `w`, with its label.
void collect(wxWindow* w, std::multimap<wxChar, wxString>& out) {
    for (wxWindow* child : w->GetChildren()) {
        if (child->IsTopLevel()) continue;
        const bool labelled = wxDynamicCast(child, wxStaticText) ||
                              wxDynamicCast(child, wxButton) || wxDynamicCast(child, wxCheckBox);
        if (labelled)
            if (const wxChar m = mnemonic(child->GetLabel())) out.emplace(m, child->GetLabel());
        collect(child, out);
    }
}

// The pages a user sees one at a time: a book's pages that hold no book of their own.
void pages(wxWindow* w, std::vector<wxWindow*>& out) {
    for (wxWindow* child : w->GetChildren()) {
        if (child->IsTopLevel()) continue;
        if (auto* book = wxDynamicCast(child, wxBookCtrlBase)) {
            for (std::size_t i = 0; i < book->GetPageCount(); ++i) {
                wxWindow* page = book->GetPage(i);
                if (has_book(page))
                    pages(page, out);
                else
                    out.push_back(page);
            }
            continue;
        }
        pages(child, out);
    }
}

void check_language(const std::string& language) {
    test::use_language(language);
    test::DemoConsole demo;
    const ui::FrameHost host = test::idle_host(language);
    ui::MainFrame frame(std::move(demo.console), host);
    frame.frame()->Show();
    test::pump();
    std::set<wxChar> menus;
    wxMenuBar* bar = frame.frame()->GetMenuBar();
    for (std::size_t i = 0; i < bar->GetMenuCount(); ++i)
        menus.insert(mnemonic(bar->GetMenuLabel(i)));
    REQUIRE(menus.size() == bar->GetMenuCount());
    std::vector<wxWindow*> shown;
    pages(frame.frame(), shown);
    REQUIRE(shown.size() >= 10);  // set-up's five, laptops, entry, progress, conflicts, results...
    for (wxWindow* page : shown) {
        std::multimap<wxChar, wxString> letters;
        collect(page, letters);
        for (const auto& [letter, label] : letters) {
            INFO(language << ": " << label.utf8_string());
            CHECK_FALSE(menus.count(letter));
            CHECK(letters.count(letter) == 1);
        }
    }
    frame.frame()->Destroy();
    test::pump(50);
}

}  // namespace

TEST_CASE("no page of the main window gives a letter twice or one of the menu bar's") {
    check_language("zh_CN");
    check_language("en");
}
