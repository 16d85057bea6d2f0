// The roster import preview: every problem of the file with its line and column, or the
// contestants it would register; Import is offered only when there is no problem.
#pragma once

#include "core/competition.h"
#include "services/roster_admin.h"

class wxDialog;
class wxWindow;

namespace plumb::ui {

class RowList;

class RosterPreviewDialog {
public:
    RosterPreviewDialog(wxWindow* parent, const Competition& competition,
                        const RosterPreview& preview);
    ~RosterPreviewDialog();
    RosterPreviewDialog(const RosterPreviewDialog&) = delete;
    RosterPreviewDialog& operator=(const RosterPreviewDialog&) = delete;

    wxDialog* dialog() const { return dialog_; }
    RowList* list() const { return list_; }
    // wxID_OK when the organiser chose to import.
    int show_modal();

private:
    void copy_problems();

    const RosterPreview& preview_;
    wxDialog* dialog_ = nullptr;
    RowList* list_ = nullptr;
};

}  // namespace plumb::ui
