// What an upheld appeal moved, in words for the chief judge: one line per contestant.
#pragma once

#include <vector>

#include <wx/string.h>

#include "core/result_changes.h"

namespace plumb::ui {

// "42 号工位 吕波（ZY057）：第 11 名 → 第 5 名；无奖项 → 三等奖", one per line.
wxString place_changes_text(const std::vector<PlaceChange>& changes);

}  // namespace plumb::ui
