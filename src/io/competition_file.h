// Reading a competition definition file and the marking schemes it names.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "core/competition.h"
#include "io/definition_error.h"

namespace plumb {

// The texts a competition is defined by: the competition file and each scheme it names (keyed by
// the scheme path exactly as written in the competition file).
struct CompetitionSources {
    std::string competition_label;
    std::string competition_text;
    std::map<std::string, std::string> schemes;
};

// Reads the file and every scheme it references (relative to the file's folder). Throws
// DefinitionError when a file cannot be read or the competition file is not valid TOML.
CompetitionSources read_competition_sources(const std::filesystem::path& competition_file);

// Pure parse and validation, no file access; throws DefinitionError at the first problem.
// Schemes are named in errors by their path relative to the competition file's label.
Competition parse_competition(const CompetitionSources& sources);

// read_competition_sources + parse_competition.
Competition load_competition_file(const std::filesystem::path& file);

}  // namespace plumb
