// One page of the Set-up panel (competition, contestants, judges, draw) and their factories.
#pragma once

#include <memory>

#include <wx/string.h>

class wxWindow;

namespace plumb::ui {

class Console;

class SetupPage {
public:
    virtual ~SetupPage() = default;
    virtual wxWindow* window() = 0;
    // The page's tab label, already translated.
    virtual wxString title() const = 0;
    // Reads the competition (first when the page is shown, then after a change such as an
    // import, an edit or a draw); pages show nothing until it is called.
    virtual void refresh() = 0;
};

std::unique_ptr<SetupPage> make_competition_page(wxWindow* parent, Console& console);
std::unique_ptr<SetupPage> make_contestants_page(wxWindow* parent, Console& console);
std::unique_ptr<SetupPage> make_judges_page(wxWindow* parent, Console& console);
std::unique_ptr<SetupPage> make_draw_page(wxWindow* parent, Console& console);
std::unique_ptr<SetupPage> make_roles_page(wxWindow* parent, Console& console);

}  // namespace plumb::ui
