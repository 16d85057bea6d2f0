// Wrapping a form's label to a width. A control created from a form keeps the size of its first
// label as its minimum, and GTK measures a label not yet shown with the default font, so the
// minimum is set from the wrapped text measured in the label's own font.
#pragma once

#include <wx/dcclient.h>
#include <wx/stattext.h>

namespace plumb::ui {

inline void wrap_label(wxStaticText* label, int width) {
    label->SetMinSize(wxDefaultSize);
    label->Wrap(width);
    label->InvalidateBestSize();
    wxClientDC dc(label);
    dc.SetFont(label->GetFont());
    wxSize size = dc.GetMultiLineTextExtent(label->GetLabel());
    size.IncTo(label->GetBestSize());
    label->SetMinSize(size);
}

}  // namespace plumb::ui
