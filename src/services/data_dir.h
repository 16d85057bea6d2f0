// Where Plumbline finds its shipped data (schemes, demo competition, certificate template) and
// its compiled translations.
#pragma once

#include <filesystem>

namespace plumb {

// $PLUMB_DATA when set; else share/plumbline found from the running program's folder: one level
// up for an installed program (/usr/bin/plumb: /usr/share/plumbline), or two in a build tree,
// where the build copies data/ into build/share/plumbline (build/src/ui/plumbline). Never the
// source checkout, so an installed program works from any folder.
std::filesystem::path data_dir();

// The translations beside it: share/locale/<lang>/LC_MESSAGES/plumbline.mo.
std::filesystem::path locale_dir();

}  // namespace plumb
