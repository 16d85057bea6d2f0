// Placeholder results panel until its real implementation lands.
#include <wx/panel.h>
#include <wx/stattext.h>

#include "ui/console.h"
#include "ui/panels.h"

namespace plumb::ui {

namespace {
class Placeholder : public TaskPanel {
public:
    explicit Placeholder(wxWindow* parent) : panel_(new wxPanel(parent)) {
        new wxStaticText(panel_, wxID_ANY, "results");
    }
    wxWindow* window() override { return panel_; }
    wxString title() const override { return "results"; }
    const char* name() const override { return "results"; }

private:
    wxPanel* panel_;
};
}  // namespace

std::unique_ptr<TaskPanel> make_results_panel(wxWindow* parent, Console&) {
    return std::make_unique<Placeholder>(parent);
}

}  // namespace plumb::ui

namespace plumb::ui {
void show_announce_board(wxWindow*, Console&, const std::string&) {}
}  // namespace plumb::ui
