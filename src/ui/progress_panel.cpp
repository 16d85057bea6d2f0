// Placeholder progress panel until its real implementation lands.
#include <wx/panel.h>
#include <wx/stattext.h>

#include "ui/console.h"
#include "ui/panels.h"

namespace plumb::ui {

namespace {
class Placeholder : public TaskPanel {
public:
    explicit Placeholder(wxWindow* parent) : panel_(new wxPanel(parent)) {
        new wxStaticText(panel_, wxID_ANY, "progress");
    }
    wxWindow* window() override { return panel_; }
    wxString title() const override { return "progress"; }
    const char* name() const override { return "progress"; }

private:
    wxPanel* panel_;
};
}  // namespace

std::unique_ptr<TaskPanel> make_progress_panel(wxWindow* parent, Console&) {
    return std::make_unique<Placeholder>(parent);
}

}  // namespace plumb::ui
