// plumb: the command line over Plumbline's services (placeholder until the commands land).
#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
    CLI::App app{"plumb - Plumbline judging services on the command line"};
    app.require_subcommand(1);
    CLI11_PARSE(app, argc, argv);
    return 0;
}
