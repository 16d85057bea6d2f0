// plumb: Plumbline's services on the command line. Errors: one line per problem on stderr.
#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "cli/language.h"
#include "core/translate.h"
#include "io/definition_error.h"
#include "io/file_bytes.h"
#include "io/import_errors.h"
#include "services/competition_session.h"
#include "store/store.h"
#include "version.h"

namespace plumb::cli {

std::string event_code(const CompetitionSession& session, const std::string& typed) {
    const Event* e = session.competition().find_event_by_name(typed);
    return e ? e->code : typed;
}

Actor cli_actor(const std::string& reason) {
    const char* user = std::getenv("USER");
    return Actor{{}, std::string("cli:") + (user && *user ? user : "unknown"), reason};
}

void write_output(const std::string& path, const std::string& text) {
    if (path == "-") {
        std::cout << text;
        return;
    }
    write_file_atomically(path, text);
}

}  // namespace plumb::cli

int main(int argc, char** argv) {
    plumb::cli::speak(plumb::cli::chosen_language(argc, argv));
    CLI::App app{plumb::tr("plumb - Plumbline judging services on the command line")};
    app.require_subcommand(1);
    plumb::cli::add_help_words(app);
    plumb::cli::add_failure_words(app);
    app.set_version_flag("--version", "plumb " PLUMB_VERSION " (commit " PLUMB_COMMIT ")",
                         plumb::tr("Print plumb's version and commit, then exit"));
    plumb::cli::add_language_option(app);
    plumb::cli::add_setup_commands(app);
    plumb::cli::add_marking_commands(app);
    plumb::cli::add_result_commands(app);
    plumb::cli::add_export_commands(app);
    plumb::cli::add_laptop_commands(app);
    plumb::cli::add_judging_commands(app);
    plumb::cli::name_subcommand_groups(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    } catch (const plumb::ImportError& e) {
        for (const auto& row : e.errors()) std::cerr << row.str() << "\n";
        const std::string n = std::to_string(e.errors().size());
        std::cerr << "plumb: "
                  << plumb::format(e.errors().size() == 1
                                       ? plumb::tr("nothing was imported (%s problem)")
                                       : plumb::tr("nothing was imported (%s problems)"),
                                   {n})
                  << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "plumb: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
