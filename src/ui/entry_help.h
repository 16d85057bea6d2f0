// What the box under the score sheet says about the aspect under the cursor: its names, its
// state in full (the sheet's column may cut it), how it is scored and how to type it.
#pragma once

#include <wx/string.h>

#include "core/competition.h"

namespace plumb::ui {

wxString aspect_help_text(const Aspect& a, int scale, const wxString& state);

}  // namespace plumb::ui
