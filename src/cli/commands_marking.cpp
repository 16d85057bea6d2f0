// plumb mark, marks import, timing import, theory import.
#include <iostream>

#include "cli/commands.h"
#include "cli/login.h"
#include "io/text_table.h"
#include "services/double_entry.h"
#include "services/importing.h"
#include "services/marks.h"

namespace plumb::cli {

namespace {

using Importer = ImportSummary (*)(CompetitionSession&, const Login&, const std::filesystem::path&);

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
        const ImportSummary r = importer(s, login.log_in(s), *file);
        std::cout << "imported " << r.added << " " << noun << " from " << *file;
        if (r.unchanged) std::cout << " (" << r.unchanged << " already recorded)";
        std::cout << "\n";
    });
}

void add_double_entry(CLI::App& app) {
    auto* group = app.add_subcommand("double-entry", "Two operators enter every mark blind");
    group->require_subcommand(1);
    {
        auto* cmd = group->add_subcommand("set", "Switch double entry on or off for an event");
        auto db = std::make_shared<std::string>(), event = std::make_shared<std::string>();
        auto on = std::make_shared<bool>(false), off = std::make_shared<bool>(false);
        LoginOptions login;
        cmd->add_option("DB", *db, "The competition database")
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("--event", *event, "Event code")->required();
        cmd->add_flag("--on", *on, "Marks need two agreeing entries")
            ->excludes(cmd->add_flag("--off", *off, "One entry, as usual"));
        login.add_to(cmd);
        cmd->callback([db, event, on, off, login] {
            if (!*on && !*off) throw std::runtime_error("give --on or --off");
            auto s = CompetitionSession::open(*db);
            set_double_entry(s, login.log_in(s), *event, *on);
            std::cout << "double entry " << (*on ? "on" : "off") << " for " << *event << "\n";
        });
    }
    {
        auto* cmd = group->add_subcommand(
            "list", "Entries waiting for a second operator, and disagreements");
        auto db = std::make_shared<std::string>(), event = std::make_shared<std::string>();
        cmd->add_option("DB", *db, "The competition database")
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("--event", *event, "Event code")->required();
        cmd->callback([db, event] {
            const auto s = CompetitionSession::open(*db);
            std::vector<std::vector<std::string>> rows{
                {"ws", "judge", "aspect", "state", "first by", "second by", "values"}};
            for (const BlindPair& p : open_pairs(s.store(), *event))
                rows.push_back(
                    {p.workstation, p.judge, p.aspect, p.state, p.first_by, p.second_by,
                     p.state == "waiting" ? "" : p.first_value + " / " + p.second_value});
            std::cout << format_table(rows);
        });
    }
}

}  // namespace

void add_marking_commands(CLI::App& app) {
    add_double_entry(app);
    add_import(app, "marks", "Marks", "marks", &import_marks);
    add_import(app, "timing", "Times used", "times", &import_timing);
    add_import(app, "theory", "Theory exam scores", "theory scores", &import_theory);

    auto* cmd = app.add_subcommand("mark", "Enter one mark (a changed value needs --reason)");
    struct Args {
        std::string db, event, workstation, judge, aspect, value, reason, operator_name;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("DB", a->db, "The competition database")->required()->check(CLI::ExistingFile);
    cmd->add_option("--event", a->event, "Event code")->required();
    cmd->add_option("--workstation", a->workstation, "Workstation number")->required();
    cmd->add_option("--judge", a->judge, "Judge code")->required();
    cmd->add_option("--aspect", a->aspect, "Aspect id, e.g. A1")->required();
    cmd->add_option("--value", a->value, "Value; check points separated by ';'")->required();
    cmd->add_option("--reason", a->reason, "Why a value is corrected");
    cmd->add_option("--operator", a->operator_name,
                    "Who types it, when the event takes double entry (two operators)");
    LoginOptions login;  // when roles are on; --as defaults to --judge
    login.add_to(cmd);
    cmd->callback([a, login] {
        auto s = CompetitionSession::open(a->db);
        const MarkOutcome r = enter_mark(
            s, login.log_in(s, a->judge),
            MarkRequest{a->event, a->workstation, a->judge, a->aspect, a->value, a->reason,
                        a->operator_name});
        if (r.interest) std::cerr << "warning: " << *r.interest << "\n";
        switch (r.result) {
            case MarkResult::Recorded:
                std::cout << "recorded " << a->aspect << " = " << r.value << " for workstation "
                          << a->workstation << " (" << r.entry->uuid << ")\n";
                break;
            case MarkResult::Unchanged:
                std::cout << "unchanged: " << a->aspect << " at workstation " << a->workstation
                          << " already has this value\n";
                break;
            case MarkResult::Waiting:
                std::cout << "first entry recorded: waiting for a second operator\n";
                break;
            case MarkResult::Agreed: std::cout << "second entry agrees: recorded\n"; break;
            case MarkResult::Disagreed:
                std::cout << "second entry DISAGREES: listed for the chief judge\n";
                break;
        }
    });
}

}  // namespace plumb::cli
