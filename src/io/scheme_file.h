// Reading a marking scheme (评分细则) from its TOML text, with every rule checked.
#pragma once

#include <string>

#include "core/scheme.h"
#include "io/definition_error.h"

namespace plumb {

// Parses and validates a scheme file's text; `file_label` names the file in errors. Throws
// DefinitionError ("FILE:LINE: KEY: reason") at the first problem.
MarkingScheme parse_scheme(const std::string& text, const std::string& file_label);

}  // namespace plumb
