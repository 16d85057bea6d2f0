// The language plumb speaks: Chinese when the locale is Chinese, English otherwise; --lang
// zh_CN|en overrides. Messages are translated through gettext with the console's catalogues.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace plumb::cli {

// --lang CODE (or --lang=CODE) anywhere on the command line, else the environment's language.
// Read before the commands are registered, so that their help is in that language too.
std::string chosen_language(int argc, char** argv);

// Installs gettext as the translator of marked messages for `language` ("en": none).
void speak(const std::string& language);

// CLI11's own words in --help (Usage, Options, ...) and the --help flag, in the language spoken;
// before any subcommand is added, which copies them.
void add_help_words(CLI::App& app);
// CLI11's own refusals of a command line ("--x is required", "File does not exist: ...") in the
// language spoken, with the hint to --help.
void add_failure_words(CLI::App& app);
// The heading the subcommands are listed under, once they are all added.
void name_subcommand_groups(CLI::App& app);

// Registers --lang on the application, for --help and so that CLI11 accepts it anywhere.
void add_language_option(CLI::App& app);

}  // namespace plumb::cli
