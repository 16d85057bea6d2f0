// Placeholder setup panel until its real implementation lands.
#include <wx/panel.h>
#include <wx/stattext.h>

#include "ui/console.h"
#include "ui/panels.h"

namespace plumb::ui {

namespace {
class Placeholder : public TaskPanel {
public:
    explicit Placeholder(wxWindow* parent) : panel_(new wxPanel(parent)) {
        new wxStaticText(panel_, wxID_ANY, "setup");
    }
    wxWindow* window() override { return panel_; }
    wxString title() const override { return "setup"; }
    const char* name() const override { return "setup"; }

private:
    wxPanel* panel_;
};
}  // namespace

std::unique_ptr<TaskPanel> make_setup_panel(wxWindow* parent, Console&) {
    return std::make_unique<Placeholder>(parent);
}

}  // namespace plumb::ui
