// Set-up, competition page: the details as defined, and each event's scheme as a tree of
// criteria and aspects with the selected aspect's full description below.
#include <algorithm>
#include <map>
#include <vector>

#include <wx/listbox.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/dataview.h>
#include <wx/treelist.h>
#include <wx/xrc/xmlres.h>

#include "ui/console.h"
#include "ui/setup_page.h"
#include "ui/setup_scheme_text.h"
#include "ui/setup_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

enum Col { kItem, kNameEn, kType, kMax, kBand, kRule, kLevels };

class CompetitionPage : public SetupPage {
public:
    CompetitionPage(wxWindow* parent, Console& console) : console_(console) {
        panel_ = wxXmlResource::Get()->LoadPanel(parent, "setup_competition");
        if (!panel_) throw std::runtime_error("the setup_competition form could not be loaded");
        name_ = XRCCTRL(*panel_, "competition_name", wxStaticText);
        organiser_ = XRCCTRL(*panel_, "competition_organiser", wxStaticText);
        venue_ = XRCCTRL(*panel_, "competition_venue", wxStaticText);
        dates_ = XRCCTRL(*panel_, "competition_dates", wxStaticText);
        precision_ = XRCCTRL(*panel_, "competition_precision", wxStaticText);
        counts_ = XRCCTRL(*panel_, "competition_counts", wxStaticText);
        events_ = XRCCTRL(*panel_, "event_list", wxListBox);
        rules_ = XRCCTRL(*panel_, "event_rules", wxStaticText);
        detail_ = XRCCTRL(*panel_, "aspect_detail", wxTextCtrl);
        tree_ = new wxTreeListCtrl(panel_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                   wxTL_SINGLE | wxTL_DEFAULT_STYLE);
        tree_->SetName("scheme_tree");
        // Its best size would hold every row; the sizer shares out what the window has instead.
        tree_->SetMinSize(panel_->FromDIP(wxSize(300, 120)));
        wxXmlResource::Get()->AttachUnknownControl("scheme_tree", tree_, panel_);
        add_columns();

        events_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { show_event(); });
        tree_->Bind(wxEVT_TREELIST_SELECTION_CHANGED, [this](wxTreeListEvent&) { show_aspect(); });
    }

    wxWindow* window() override { return panel_; }
    wxString title() const override { return _("Competition and schemes"); }

    void refresh() override {
        const Competition& c = console_.competition();
        name_->SetLabel(u8(c.name));
        organiser_->SetLabel(u8(c.organiser));
        venue_->SetLabel(u8(c.venue));
        dates_->SetLabel(c.starts == c.ends ? u8(c.starts)
                                            : u8(c.starts) + wxT(" – ") + u8(c.ends));
        precision_->SetLabel(wxString::Format(_("%d decimal places"), c.precision));
        counts_->SetLabel(
            wxString::Format(_("%d events, %d judges, %d contestants"),
                             static_cast<int>(c.events.size()), static_cast<int>(c.judges.size()),
                             static_cast<int>(console_.session().contestants().size())));
        const int selected = events_->GetSelection();
        events_->Clear();
        int widest = 0;
        for (const Event& e : c.events) {
            const wxString label = event_name(e);
            events_->Append(label);
            widest = std::max(widest, events_->GetTextExtent(label).x);
        }
        events_->SetMinSize(wxSize(widest + panel_->FromDIP(24), -1));
        if (!c.events.empty())
            events_->SetSelection(
                selected >= 0 && selected < static_cast<int>(c.events.size()) ? selected : 0);
        show_event();
        panel_->Layout();
    }

private:
    void add_columns() {
        auto col = [this](const wxString& heading, int width, wxAlignment align = wxALIGN_LEFT) {
            tree_->AppendColumn(heading, panel_->FromDIP(width), align, wxCOL_RESIZABLE);
        };
        col(_("Criterion / aspect"), 230);
        col(_("English name"), 190);
        col(_("Type"), 110);
        col(_("Max"), 50, wxALIGN_RIGHT);
        col(_("Accepted band"), 120);
        col(_("Deduction rule"), 210);
        col(_("Levels / choices"), 400);
    }

    void show_event() {
        tree_->DeleteAllItems();
        aspects_.clear();
        detail_->Clear();
        const int index = events_->GetSelection();
        const auto& events = console_.competition().events;
        if (index < 0 || index >= static_cast<int>(events.size())) {
            rules_->SetLabel({});
            return;
        }
        const Event& e = events[static_cast<std::size_t>(index)];
        rules_->SetLabel(event_rules(e));
        wxTreeListItem first;
        for (const Criterion& c : e.scheme.criteria) {
            Decimal max;
            for (const Aspect& a : c.aspects)
                if (!a.is_deduction()) max += a.max;
            const wxTreeListItem parent =
                tree_->AppendItem(tree_->GetRootItem(), u8(c.id) + "  " + u8(c.name));
            tree_->SetItemText(parent, kNameEn, u8(c.name_en));
            tree_->SetItemText(parent, kMax, u8(max.str()));
            for (const Aspect& a : c.aspects) {
                const wxTreeListItem item = tree_->AppendItem(parent, u8(a.id) + "  " + u8(a.name));
                tree_->SetItemText(item, kNameEn, u8(a.name_en));
                tree_->SetItemText(item, kType, aspect_type_label(a.type));
                tree_->SetItemText(item, kMax, a.is_deduction() ? wxString() : u8(a.max.str()));
                tree_->SetItemText(item, kBand, aspect_band(a));
                tree_->SetItemText(item, kRule, aspect_rule(a));
                tree_->SetItemText(item, kLevels, aspect_levels(a));
                aspects_[item.GetID()] = &a;
                if (!first.IsOk()) first = item;
            }
            tree_->Expand(parent);
        }
        scale_ = e.scheme.judgement_scale;
        fit_columns();
        if (first.IsOk()) {
            tree_->Select(first);
            show_aspect();
        }
    }

    // Columns as wide as their texts (wxCOL_WIDTH_AUTOSIZE does not resize a shown GTK column);
    // the levels column scrolls sideways when long.
    void fit_columns() {
        const int pad = panel_->FromDIP(16);
        std::vector<int> widths(tree_->GetColumnCount(), 0);
        for (unsigned c = 0; c < widths.size(); ++c)
            widths[c] = tree_->WidthFor(tree_->GetDataView()->GetColumn(c)->GetTitle()) + 2 * pad;
        for (wxTreeListItem i = tree_->GetFirstItem(); i.IsOk(); i = tree_->GetNextItem(i))
            for (unsigned c = 0; c < widths.size(); ++c)
                widths[c] = std::max(widths[c], tree_->WidthFor(tree_->GetItemText(i, c)) + pad);
        widths[kItem] += panel_->FromDIP(48);  // the expander and the aspects' indent
        for (unsigned c = 0; c < widths.size(); ++c) tree_->SetColumnWidth(c, widths[c]);
    }

    void show_aspect() {
        const wxTreeListItem item = tree_->GetSelection();
        const auto it = item.IsOk() ? aspects_.find(item.GetID()) : aspects_.end();
        detail_->SetValue(it == aspects_.end() ? wxString() : aspect_details(*it->second, scale_));
    }

    Console& console_;
    wxPanel* panel_ = nullptr;
    wxStaticText *name_ = nullptr, *organiser_ = nullptr, *venue_ = nullptr, *dates_ = nullptr,
                 *precision_ = nullptr, *counts_ = nullptr, *rules_ = nullptr;
    wxListBox* events_ = nullptr;
    wxTreeListCtrl* tree_ = nullptr;
    wxTextCtrl* detail_ = nullptr;
    std::map<void*, const Aspect*> aspects_;  // tree item -> aspect
    int scale_ = 3;
};

}  // namespace

std::unique_ptr<SetupPage> make_competition_page(wxWindow* parent, Console& console) {
    return std::make_unique<CompetitionPage>(parent, console);
}

}  // namespace plumb::ui
