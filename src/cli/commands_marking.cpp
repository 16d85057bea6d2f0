// plumb mark, marks import, timing import, theory import.
#include <iostream>

#include "cli/commands.h"
#include "cli/login.h"
#include "core/translate.h"
#include "io/text_table.h"
#include "services/double_entry.h"
#include "services/importing.h"
#include "services/marks.h"

namespace plumb::cli {

namespace {

using Importer = ImportSummary (*)(CompetitionSession&, const Login&, const std::filesystem::path&);

// `what`: the group's description, `how`: the import's; `imported`: "imported %s marks from %s";
// all three translated.
void add_import(CLI::App& app, const char* name, const std::string& what, const std::string& how,
                const std::string& imported, Importer importer) {
    auto* group = app.add_subcommand(name, what);
    group->require_subcommand(1);
    auto* cmd = group->add_subcommand("import", how);
    auto db = std::make_shared<std::string>();
    auto file = std::make_shared<std::string>();
    cmd->add_option("DB", *db, tr("The competition database"))
        ->required()
        ->check(CLI::ExistingFile);
    cmd->add_option("FILE", *file, tr("CSV file (UTF-8 or GBK)"))
        ->required()
        ->check(CLI::ExistingFile);
    LoginOptions login;  // when roles are on: the organiser's, or a chief judge's on a laptop
    login.add_to(cmd);
    cmd->callback([db, file, importer, imported, login] {
        auto s = CompetitionSession::open(*db);
        const ImportSummary r = importer(s, login.log_in(s), *file);
        std::cout << format(imported, {std::to_string(r.added), *file});
        if (r.unchanged)
            std::cout << format(tr(" (%s already recorded)"), {std::to_string(r.unchanged)});
        std::cout << "\n";
    });
}

void add_double_entry(CLI::App& app) {
    auto* group = app.add_subcommand("double-entry", tr("Two operators enter every mark blind"));
    group->require_subcommand(1);
    {
        auto* cmd = group->add_subcommand("set", tr("Switch double entry on or off for an event"));
        auto db = std::make_shared<std::string>(), event = std::make_shared<std::string>();
        auto on = std::make_shared<bool>(false), off = std::make_shared<bool>(false);
        LoginOptions login;
        cmd->add_option("DB", *db, tr("The competition database"))
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("--event", *event, tr("Event code or trade name"))->required();
        cmd->add_flag("--on", *on, tr("Marks need two agreeing entries"))
            ->excludes(cmd->add_flag("--off", *off, tr("One entry, as usual")));
        login.add_to(cmd);
        cmd->callback([db, event, on, off, login] {
            if (!*on && !*off) throw std::runtime_error(tr("give --on or --off"));
            auto s = CompetitionSession::open(*db);
            *event = event_code(s, *event);
            set_double_entry(s, login.log_in(s), *event, *on);
            std::cout << format(*on ? tr("double entry on for %s") : tr("double entry off for %s"),
                                {s.competition().event_words(*event)})
                      << "\n";
        });
    }
    {
        auto* cmd = group->add_subcommand(
            "list", tr("Entries waiting for a second operator, and disagreements"));
        auto db = std::make_shared<std::string>(), event = std::make_shared<std::string>();
        cmd->add_option("DB", *db, tr("The competition database"))
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("--event", *event, tr("Event code or trade name"))->required();
        cmd->callback([db, event] {
            const auto s = CompetitionSession::open(*db);
            std::vector<std::vector<std::string>> rows{{tr("ws"), tr("judge"), tr("aspect"),
                                                        tr("state"), tr("first by"),
                                                        tr("second by"), tr("values")}};
            for (const BlindPair& p : open_pairs(s.store(), event_code(s, *event)))
                rows.push_back(
                    {p.workstation, p.judge, p.aspect,
                     p.state == "waiting" ? tr("waiting") : tr("disagreed"), p.first_by,
                     p.second_by,
                     p.state == "waiting" ? "" : p.first_value + " / " + p.second_value});
            std::cout << format_table(rows);
        });
    }
}

}  // namespace

void add_marking_commands(CLI::App& app) {
    add_double_entry(app);
    add_import(app, "marks", tr("Marks"), tr("Import marks from a CSV file (all or nothing)"),
               tr("imported %s marks from %s"), &import_marks);
    add_import(app, "timing", tr("Times used"), tr("Import times from a CSV file (all or nothing)"),
               tr("imported %s times from %s"), &import_timing);
    add_import(app, "theory", tr("Theory exam scores"),
               tr("Import theory scores from a CSV file (all or nothing)"),
               tr("imported %s theory scores from %s"), &import_theory);

    auto* cmd = app.add_subcommand("mark", tr("Enter one mark (a changed value needs --reason)"));
    struct Args {
        std::string db, event, workstation, judge, aspect, value, reason, operator_name;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("DB", a->db, tr("The competition database"))
        ->required()
        ->check(CLI::ExistingFile);
    cmd->add_option("--event", a->event, tr("Event code or trade name"))->required();
    cmd->add_option("--workstation", a->workstation, tr("Workstation number"))->required();
    cmd->add_option("--judge", a->judge, tr("Judge code"))->required();
    cmd->add_option("--aspect", a->aspect, tr("Aspect id, e.g. A1"))->required();
    cmd->add_option("--value", a->value, tr("Value; check points separated by ';'"))->required();
    cmd->add_option("--reason", a->reason, tr("Why a value is corrected"));
    cmd->add_option("--operator", a->operator_name,
                    tr("Who types it, when the event takes double entry (two operators)"));
    LoginOptions login;  // when roles are on; --as defaults to --judge
    login.add_to(cmd);
    cmd->callback([a, login] {
        auto s = CompetitionSession::open(a->db);
        a->event = event_code(s, a->event);
        const MarkOutcome r = enter_mark(
            s, login.log_in(s, a->judge),
            MarkRequest{a->event, a->workstation, a->judge, a->aspect, a->value, a->reason,
                        a->operator_name});
        if (r.interest) std::cerr << tr("warning:") << " " << *r.interest << "\n";
        switch (r.result) {
            case MarkResult::Recorded:
                std::cout << format(tr("recorded %s = %s for workstation %s (%s)"),
                                    {a->aspect, r.value, a->workstation, r.entry->uuid})
                          << "\n";
                break;
            case MarkResult::Unchanged:
                std::cout << format(tr("unchanged: %s at workstation %s already has this value"),
                                    {a->aspect, a->workstation})
                          << "\n";
                break;
            case MarkResult::Waiting:
                std::cout << tr("first entry recorded: waiting for a second operator") << "\n";
                break;
            case MarkResult::Agreed:
                std::cout << tr("second entry agrees: recorded") << "\n";
                break;
            case MarkResult::Disagreed:
                std::cout << tr("second entry DISAGREES: listed for the chief judge") << "\n";
                break;
        }
    });
}

}  // namespace plumb::cli
