// plumb init, demo, roster import, contestant add, draw, status.
#include <iostream>
#include <map>
#include <unordered_map>
#include <random>

#include "cli/commands.h"
#include "cli/login.h"
#include "core/identifier.h"
#include "io/text_table.h"
#include "services/console_settings.h"
#include "services/demo.h"
#include "services/importing.h"
#include "services/judge_admin.h"
#include "services/roster_admin.h"

namespace plumb::cli {

namespace {

// plumb contestant edit: the details given change, the rest stay as registered.
void add_contestant_edit(CLI::App* group) {
    auto* cmd = group->add_subcommand(
        "edit", "Correct a registered contestant's details, with a reason (organiser)");
    auto db = std::make_shared<std::string>(), reg = std::make_shared<std::string>();
    auto reason = std::make_shared<std::string>();
    auto given = std::make_shared<std::map<std::string, std::string>>();
    cmd->add_option("DB", *db, "The competition database")->required()->check(CLI::ExistingFile);
    cmd->add_option("--registration", *reg, "Registration number")->required();
    for (const char* field : {"name", "id-number", "gender", "employer", "phone", "event",
                              "workstation"})
        cmd->add_option(std::string("--") + field, (*given)[field], std::string("New ") + field);
    cmd->add_option("--reason", *reason, "Why (recorded in the audit log)")->required();
    LoginOptions login;
    login.add_to(cmd);
    cmd->callback([db, reg, reason, given, login] {
        auto s = CompetitionSession::open(*db);
        Contestant c;  // as registered, however the number is typed ("zy001", full width)
        for (const Contestant& x : s.contestants())
            if (identifier_key(x.registration_no) == identifier_key(*reg)) c = x;
        if (c.registration_no.empty()) throw std::runtime_error("no contestant " + *reg);
        const auto set = [&](const char* field, std::string& to) {
            if (!(*given)[field].empty()) to = (*given)[field];
        };
        set("name", c.name);
        set("id-number", c.id_number);
        set("gender", c.gender);
        set("employer", c.employer);
        set("phone", c.phone);
        set("event", c.event);
        set("workstation", c.workstation);
        const bool changed = update_contestant(s, login.log_in(s, kOrganiser), c, *reason);
        std::cout << (changed ? "corrected " : "unchanged: ") << *reg << "\n";
    });
}

// plumb judge set: add a judge or change one (name, employer, events).
void add_judge_commands(CLI::App& app) {
    auto* group = app.add_subcommand("judge", "Judges");
    group->require_subcommand(1);
    auto* cmd = group->add_subcommand("set", "Add a judge or change one (organiser)");
    auto db = std::make_shared<std::string>(), reason = std::make_shared<std::string>();
    auto j = std::make_shared<Judge>();
    cmd->add_option("DB", *db, "The competition database")->required()->check(CLI::ExistingFile);
    cmd->add_option("--code", j->code, "Judge code, e.g. J21")->required();
    cmd->add_option("--name", j->name, "Name")->required();
    cmd->add_option("--employer", j->employer, "Employer");
    cmd->add_option("--event", j->events, "An event they judge (repeat for several)")->required();
    cmd->add_option("--reason", *reason, "Why, when an existing judge changes");
    LoginOptions login;
    login.add_to(cmd);
    cmd->callback([db, reason, j, login] {
        auto s = CompetitionSession::open(*db);
        const bool changed = add_or_update_judge(s, login.log_in(s, kOrganiser), *j, *reason);
        std::cout << (changed ? "saved " : "unchanged: ") << j->code << "\n";
    });
}

// plumb settings set: how the console behaves for this competition.
void add_settings_commands(CLI::App& app) {
    auto* group = app.add_subcommand("settings", "The console's settings for this competition");
    group->require_subcommand(1);
    auto* cmd = group->add_subcommand("set", "Change them (organiser)");
    auto db = std::make_shared<std::string>();
    auto minutes = std::make_shared<int>(0);
    cmd->add_option("DB", *db, "The competition database")->required()->check(CLI::ExistingFile);
    cmd->add_option("--idle-logout-minutes", *minutes,
                    "Log a judge out after this many minutes without a key press (1 to 1440)")
        ->required();
    LoginOptions login;
    login.add_to(cmd);
    cmd->callback([db, minutes, login] {
        auto s = CompetitionSession::open(*db);
        set_idle_logout_minutes(s, login.log_in(s, kOrganiser), *minutes);
        std::cout << "the console logs a judge out after " << *minutes << " idle minutes\n";
    });
}

}  // namespace

void add_setup_commands(CLI::App& app) {
    add_settings_commands(app);
    {
        auto* cmd = app.add_subcommand(
            "init", "Create a competition database from a competition TOML file");
        auto db = std::make_shared<std::string>();
        auto file = std::make_shared<std::string>();
        cmd->add_option("DB", *db, "The database file to create")->required();
        cmd->add_option("--competition", *file, "The competition file (TOML)")
            ->required()
            ->check(CLI::ExistingFile);
        cmd->callback([db, file] {
            auto s = CompetitionSession::init(*db, *file, cli_actor());
            std::cout << "created " << *db << ": " << s.competition().name << ", "
                      << s.competition().events.size() << " events, "
                      << s.competition().judges.size() << " judges\n";
        });
    }
    {
        auto* cmd = app.add_subcommand("demo", "Create the demo competition with generated marks");
        auto db = std::make_shared<std::string>();
        auto opts = std::make_shared<DemoOptions>();
        cmd->add_option("DB", *db, "The database file to create")->required();
        cmd->add_option("--contestants", opts->contestants, "How many contestants")
            ->check(CLI::Range(4, 100000));
        cmd->add_option("--seed", opts->seed, "Seed of everything generated");
        cmd->callback([db, opts] {
            auto s = create_demo(*db, *opts);
            std::cout << "created " << *db << ": " << s.competition().name << ", "
                      << s.contestants().size() << " contestants, " << s.store().mark_count()
                      << " marks (seed " << opts->seed << ")\n";
        });
    }
    {
        auto* roster = app.add_subcommand("roster", "Contestants");
        roster->require_subcommand(1);
        auto* cmd = roster->add_subcommand("import",
                                           "Import contestants from a roster CSV (all or nothing)");
        auto db = std::make_shared<std::string>();
        auto file = std::make_shared<std::string>();
        cmd->add_option("DB", *db, "The competition database")
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("FILE", *file, "Roster CSV (UTF-8 or GBK)")
            ->required()
            ->check(CLI::ExistingFile);
        LoginOptions login;
        login.add_to(cmd);
        cmd->callback([db, file, login] {
            auto s = CompetitionSession::open(*db);
            const ImportSummary r = import_roster(s, login.log_in(s, kOrganiser), *file);
            std::cout << "imported " << r.added << " contestants from " << *file << "\n";
        });
    }
    {
        auto* cmd = app.add_subcommand(
            "draw", "Draw lots: draw numbers and workstations, reproducible from the seed");
        auto db = std::make_shared<std::string>();
        auto event = std::make_shared<std::string>();
        auto seed = std::make_shared<std::uint64_t>(0);
        cmd->add_option("DB", *db, "The competition database")
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("--event", *event, "Event code")->required();
        auto* seed_opt = cmd->add_option("--seed", *seed,
                                         "Seed (a random one is chosen and printed when absent)");
        LoginOptions login;
        login.add_to(cmd);
        cmd->callback([db, event, seed, seed_opt, login] {
            if (seed_opt->count() == 0) *seed = std::random_device{}() % 1'000'000'000;
            auto s = CompetitionSession::open(*db);
            const auto drawn = draw(s, login.log_in(s, kOrganiser), *event, *seed);
            std::vector<std::vector<std::string>> rows{
                {"draw", "workstation", "registration_no", "name"}};
            std::unordered_map<std::string, std::string> names;
            for (const Contestant& c : s.contestants()) names[c.registration_no] = c.name;
            for (const DrawResult& d : drawn)
                rows.push_back(
                    {std::to_string(d.draw_no), d.workstation, d.registration_no, names[d.registration_no]});
            std::cout << "draw for " << *event << ", seed " << *seed << "\n"
                      << format_table(rows, {0});
        });
    }
    {
        auto* cmd = app.add_subcommand(
            "status", "Mark a contestant absent, withdrawn or disqualified (or active again)");
        auto db = std::make_shared<std::string>();
        auto reg = std::make_shared<std::string>();
        auto status = std::make_shared<std::string>();
        auto reason = std::make_shared<std::string>();
        cmd->add_option("DB", *db, "The competition database")
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("--registration", *reg, "Registration number")->required();
        cmd->add_option("--status", *status, "absent | withdrawn | disqualified | active")
            ->required()
            ->check(CLI::IsMember({"absent", "withdrawn", "disqualified", "active"}));
        cmd->add_option("--reason", *reason, "Why (recorded in the audit log)")->required();
        LoginOptions login;
        login.add_to(cmd);
        cmd->callback([db, reg, status, reason, login] {
            auto s = CompetitionSession::open(*db);
            set_status(s, login.log_in(s, kOrganiser), *reg, *contestant_status_from_string(*status),
                       *reason);
            std::cout << *reg << " is now " << *status << "\n";
        });
    }
    {
        auto* group = app.add_subcommand("contestant", "One contestant at a time");
        group->require_subcommand(1);
        auto* cmd = group->add_subcommand(
            "add", "Register one contestant, checked like a roster row (organiser)");
        auto db = std::make_shared<std::string>();
        auto c = std::make_shared<Contestant>();
        cmd->add_option("DB", *db, "The competition database")
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("--registration", c->registration_no, "Registration number")->required();
        cmd->add_option("--name", c->name, "Name")->required();
        cmd->add_option("--id-number", c->id_number, "Resident ID number")->required();
        cmd->add_option("--event", c->event, "Event code or trade name")->required();
        cmd->add_option("--gender", c->gender, "男 or 女 (from the ID number when omitted)");
        cmd->add_option("--employer", c->employer, "Employer");
        cmd->add_option("--phone", c->phone, "Phone");
        cmd->add_option("--workstation", c->workstation, "Workstation, when already known");
        LoginOptions login;
        login.add_to(cmd);
        cmd->callback([db, c, login] {
            auto s = CompetitionSession::open(*db);
            add_contestant(s, login.log_in(s, kOrganiser), *c);
            std::cout << "registered " << c->registration_no << "\n";
        });
        add_contestant_edit(group);
    }
    add_judge_commands(app);
}

}  // namespace plumb::cli
