// Reading one [[event]] of a competition file: its scheme, weights, ranking and award rules.
#pragma once

#include <string>

#include "core/competition.h"
#include "io/competition_file.h"
#include "io/toml_fields.h"

namespace plumb {

// The event defined by table `t`; its scheme is parsed from `sources`.
Event read_event(const TomlTable& t, const CompetitionSources& sources);

// How a scheme path written in the competition file is named in errors: relative to the
// competition file's folder.
std::string scheme_label(const std::string& competition_label, const std::string& scheme_path);

}  // namespace plumb
