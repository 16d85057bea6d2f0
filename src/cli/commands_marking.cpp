// plumb mark, marks import, timing import, theory import.
#include <iostream>

#include "cli/commands.h"
#include "services/competition_session.h"

namespace plumb::cli {

namespace {

using Importer = ImportSummary (CompetitionSession::*)(const std::filesystem::path&, const Actor&);

void add_import(CLI::App& app, const char* name, const char* what, const char* noun,
                Importer importer) {
    auto* group = app.add_subcommand(name, what);
    group->require_subcommand(1);
    auto* cmd = group->add_subcommand(
        "import", std::string("Import ") + noun + " from a CSV file (all or nothing)");
    auto db = std::make_shared<std::string>();
    auto file = std::make_shared<std::string>();
    cmd->add_option("DB", *db, "The competition database")->required()->check(CLI::ExistingFile);
    cmd->add_option("FILE", *file, "CSV file (UTF-8 or GBK)")->required()->check(CLI::ExistingFile);
    cmd->callback([db, file, importer, noun] {
        auto s = CompetitionSession::open(*db);
        const ImportSummary r = (s.*importer)(*file, cli_actor());
        std::cout << "imported " << r.added << " " << noun << " from " << *file;
        if (r.unchanged) std::cout << " (" << r.unchanged << " already recorded)";
        std::cout << "\n";
    });
}

}  // namespace

void add_marking_commands(CLI::App& app) {
    add_import(app, "marks", "Marks", "marks", &CompetitionSession::import_marks);
    add_import(app, "timing", "Times used", "times", &CompetitionSession::import_timing);
    add_import(app, "theory", "Theory exam scores", "theory scores",
               &CompetitionSession::import_theory);

    auto* cmd = app.add_subcommand("mark", "Enter one mark (a changed value needs --reason)");
    struct Args {
        std::string db, event, workstation, judge, aspect, value, reason;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("DB", a->db, "The competition database")->required()->check(CLI::ExistingFile);
    cmd->add_option("--event", a->event, "Event code")->required();
    cmd->add_option("--workstation", a->workstation, "Workstation number")->required();
    cmd->add_option("--judge", a->judge, "Judge code")->required();
    cmd->add_option("--aspect", a->aspect, "Aspect id, e.g. A1")->required();
    cmd->add_option("--value", a->value, "Value; check points separated by ';'")->required();
    cmd->add_option("--reason", a->reason, "Why a value is corrected");
    cmd->callback([a] {
        auto s = CompetitionSession::open(a->db);
        const auto entry = s.enter_mark(a->event, a->workstation, a->judge, a->aspect, a->value,
                                        cli_actor(a->reason));
        if (entry)
            std::cout << "recorded " << a->aspect << " = " << entry->value << " for workstation "
                      << a->workstation << " (" << entry->uuid << ")\n";
        else
            std::cout << "unchanged: " << a->aspect << " at workstation " << a->workstation
                      << " already has this value\n";
    });
}

}  // namespace plumb::cli
