// plumb mark, marks import, timing import, theory import.
#include <iostream>

#include "cli/commands.h"
#include "cli/login.h"
#include "services/competition_session.h"
#include "services/interest.h"

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
    LoginOptions login;  // when roles are on: the organiser's, or a chief judge's on a laptop
    login.add_to(cmd);
    cmd->callback([db, file, importer, noun, login] {
        auto s = CompetitionSession::open(*db);
        const Login who = login.log_in(s);
        require_organiser_or_chief(s, who);
        const ImportSummary r = (s.*importer)(*file, login_actor(who));
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
    LoginOptions login;  // when roles are on; --as defaults to --judge
    login.add_to(cmd);
    cmd->callback([a, login] {
        auto s = CompetitionSession::open(a->db);
        const Login who = login.log_in(s, a->judge);
        require_may_enter(s, who, a->event, a->judge, a->aspect);
        const auto entry = s.enter_mark(a->event, a->workstation, a->judge, a->aspect, a->value,
                                        login_actor(who, a->reason));
        if (const auto warning = interest_warning(s, a->event, a->workstation, a->judge))
            std::cerr << "warning: " << *warning << "\n";
        if (entry)
            std::cout << "recorded " << a->aspect << " = " << entry->value << " for workstation "
                      << a->workstation << " (" << entry->uuid << ")\n";
        else
            std::cout << "unchanged: " << a->aspect << " at workstation " << a->workstation
                      << " already has this value\n";
    });
}

}  // namespace plumb::cli
