// The audit log's action codes ("mark", "appeal.decide", ...) in the console's language.
#pragma once

#include <string>

#include <wx/string.h>

namespace plumb::ui {

wxString action_label(const std::string& action);

}  // namespace plumb::ui
