// Placeholder entry panel until its real implementation lands.
#include <wx/panel.h>
#include <wx/stattext.h>

#include "ui/console.h"
#include "ui/panels.h"

namespace plumb::ui {

namespace {
class Placeholder : public TaskPanel {
public:
    explicit Placeholder(wxWindow* parent) : panel_(new wxPanel(parent)) {
        new wxStaticText(panel_, wxID_ANY, "entry");
    }
    wxWindow* window() override { return panel_; }
    wxString title() const override { return "entry"; }
    const char* name() const override { return "entry"; }

private:
    wxPanel* panel_;
};
}  // namespace

std::unique_ptr<TaskPanel> make_entry_panel(wxWindow* parent, Console&) {
    return std::make_unique<Placeholder>(parent);
}

}  // namespace plumb::ui
