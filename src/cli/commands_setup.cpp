// plumb init, demo, roster import, contestant add, draw, status.
#include <iostream>
#include <map>
#include <unordered_map>
#include <random>

#include "cli/commands.h"
#include "cli/login.h"
#include "core/identifier.h"
#include "core/translate.h"
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
        "edit", tr("Correct a registered contestant's details, with a reason (organiser)"));
    auto db = std::make_shared<std::string>(), reg = std::make_shared<std::string>();
    auto reason = std::make_shared<std::string>();
    auto given = std::make_shared<std::map<std::string, std::string>>();
    cmd->add_option("DB", *db, tr("The competition database"))
        ->required()
        ->check(CLI::ExistingFile);
    cmd->add_option("--registration", *reg, tr("Registration number"))->required();
    const std::pair<const char*, std::string> fields[] = {{"name", tr("New name")},
                                                          {"id-number", tr("New ID number")},
                                                          {"gender", tr("New gender")},
                                                          {"employer", tr("New employer")},
                                                          {"phone", tr("New phone")},
                                                          {"event", tr("New event")},
                                                          {"workstation", tr("New workstation")}};
    for (const auto& [field, help] : fields)
        cmd->add_option(std::string("--") + field, (*given)[field], help);
    cmd->add_option("--reason", *reason, tr("Why (recorded in the audit log)"))->required();
    LoginOptions login;
    login.add_to(cmd);
    cmd->callback([db, reg, reason, given, login] {
        auto s = CompetitionSession::open(*db);
        Contestant c;  // as registered, however the number is typed ("zy001", full width)
        for (const Contestant& x : s.contestants())
            if (identifier_key(x.registration_no) == identifier_key(*reg)) c = x;
        if (c.registration_no.empty())
            throw std::runtime_error(format(tr("no contestant %s"), {*reg}));
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
        std::cout << format(changed ? tr("corrected %s") : tr("unchanged: %s"), {*reg}) << "\n";
    });
}

// plumb judge set: add a judge or change one (name, employer, events).
void add_judge_commands(CLI::App& app) {
    auto* group = app.add_subcommand("judge", tr("Judges"));
    group->require_subcommand(1);
    auto* cmd = group->add_subcommand("set", tr("Add a judge or change one (organiser)"));
    auto db = std::make_shared<std::string>(), reason = std::make_shared<std::string>();
    auto j = std::make_shared<Judge>();
    cmd->add_option("DB", *db, tr("The competition database"))
        ->required()
        ->check(CLI::ExistingFile);
    cmd->add_option("--code", j->code, tr("Judge code, e.g. J21"))->required();
    cmd->add_option("--name", j->name, tr("Name"))->required();
    cmd->add_option("--employer", j->employer, tr("Employer"));
    cmd->add_option("--event", j->events, tr("An event they judge (repeat for several)"))
        ->required();
    cmd->add_option("--reason", *reason, tr("Why, when an existing judge changes"));
    LoginOptions login;
    login.add_to(cmd);
    cmd->callback([db, reason, j, login] {
        auto s = CompetitionSession::open(*db);
        const SavedJudge saved = add_or_update_judge(s, login.log_in(s, kOrganiser), *j, *reason);
        std::cout << format(saved ? tr("saved %s") : tr("unchanged: %s"), {saved.code}) << "\n";
    });
}

// plumb settings set: how the console behaves for this competition.
void add_settings_commands(CLI::App& app) {
    auto* group = app.add_subcommand("settings", tr("The console's settings for this competition"));
    group->require_subcommand(1);
    auto* cmd = group->add_subcommand("set", tr("Change them (organiser)"));
    auto db = std::make_shared<std::string>();
    auto minutes = std::make_shared<int>(0);
    cmd->add_option("DB", *db, tr("The competition database"))
        ->required()
        ->check(CLI::ExistingFile);
    cmd->add_option("--idle-logout-minutes", *minutes,
                    tr("Log a judge out after this many minutes without a key press (1 to 1440)"))
        ->required();
    LoginOptions login;
    login.add_to(cmd);
    cmd->callback([db, minutes, login] {
        auto s = CompetitionSession::open(*db);
        set_idle_logout_minutes(s, login.log_in(s, kOrganiser), *minutes);
        std::cout << format(tr("the console logs a judge out after %s idle minutes"),
                            {std::to_string(*minutes)})
                  << "\n";
    });
}

}  // namespace

void add_setup_commands(CLI::App& app) {
    add_settings_commands(app);
    {
        auto* cmd = app.add_subcommand(
            "init", tr("Create a competition database from a competition TOML file"));
        auto db = std::make_shared<std::string>();
        auto file = std::make_shared<std::string>();
        cmd->add_option("DB", *db, tr("The database file to create"))->required();
        cmd->add_option("--competition", *file, tr("The competition file (TOML)"))
            ->required()
            ->check(CLI::ExistingFile);
        cmd->callback([db, file] {
            auto s = CompetitionSession::init(*db, *file, cli_actor());
            std::cout << format(tr("created %s: %s, %s events, %s judges"),
                                {*db, s.competition().name,
                                 std::to_string(s.competition().events.size()),
                                 std::to_string(s.competition().judges.size())})
                      << "\n";
        });
    }
    {
        auto* cmd =
            app.add_subcommand("demo", tr("Create the demo competition with generated marks"));
        auto db = std::make_shared<std::string>();
        auto opts = std::make_shared<DemoOptions>();
        cmd->add_option("DB", *db, tr("The database file to create"))->required();
        cmd->add_option("--contestants", opts->contestants, tr("How many contestants"))
            ->check(CLI::Range(4, 100000));
        cmd->add_option("--seed", opts->seed, tr("Seed of everything generated"));
        cmd->callback([db, opts] {
            auto s = create_demo(*db, *opts);
            std::cout << format(
                             tr("created %s: %s, %s contestants, %s marks (seed %s)"),
                             {*db, s.competition().name, std::to_string(s.contestants().size()),
                              std::to_string(s.store().mark_count()), std::to_string(opts->seed)})
                      << "\n";
        });
    }
    {
        auto* roster = app.add_subcommand("roster", tr("Contestants"));
        roster->require_subcommand(1);
        auto* cmd = roster->add_subcommand(
            "import", tr("Import contestants from a roster CSV (all or nothing)"));
        auto db = std::make_shared<std::string>();
        auto file = std::make_shared<std::string>();
        cmd->add_option("DB", *db, tr("The competition database"))
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("FILE", *file, tr("Roster CSV (UTF-8 or GBK)"))
            ->required()
            ->check(CLI::ExistingFile);
        LoginOptions login;
        login.add_to(cmd);
        cmd->callback([db, file, login] {
            auto s = CompetitionSession::open(*db);
            const ImportSummary r = import_roster(s, login.log_in(s, kOrganiser), *file);
            std::cout << format(tr("imported %s contestants from %s"),
                                {std::to_string(r.added), *file})
                      << "\n";
        });
    }
    {
        auto* cmd = app.add_subcommand(
            "draw", tr("Draw lots: draw numbers and workstations, reproducible from the seed"));
        auto db = std::make_shared<std::string>();
        auto event = std::make_shared<std::string>();
        auto seed = std::make_shared<std::uint64_t>(0);
        cmd->add_option("DB", *db, tr("The competition database"))
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("--event", *event, tr("Event code or trade name"))->required();
        auto* seed_opt = cmd->add_option(
            "--seed", *seed, tr("Seed (a random one is chosen and printed when absent)"));
        LoginOptions login;
        login.add_to(cmd);
        cmd->callback([db, event, seed, seed_opt, login] {
            if (seed_opt->count() == 0) *seed = std::random_device{}() % 1'000'000'000;
            auto s = CompetitionSession::open(*db);
            *event = event_code(s, *event);
            const auto drawn = draw(s, login.log_in(s, kOrganiser), *event, *seed);
            std::vector<std::vector<std::string>> rows{
                {tr("draw"), tr("workstation"), tr("registration_no"), tr("name")}};
            std::unordered_map<std::string, std::string> names;
            for (const Contestant& c : s.contestants()) names[c.registration_no] = c.name;
            for (const DrawResult& d : drawn)
                rows.push_back({std::to_string(d.draw_no), d.workstation, d.registration_no,
                                names[d.registration_no]});
            std::cout << format(tr("draw for %s, seed %s"),
                                {s.competition().event_words(*event), std::to_string(*seed)})
                      << "\n"
                      << format_table(rows, {0});
        });
    }
    {
        auto* cmd = app.add_subcommand(
            "status", tr("Mark a contestant absent, withdrawn or disqualified (or active again)"));
        auto db = std::make_shared<std::string>();
        auto reg = std::make_shared<std::string>();
        auto status = std::make_shared<std::string>();
        auto reason = std::make_shared<std::string>();
        cmd->add_option("DB", *db, tr("The competition database"))
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("--registration", *reg, tr("Registration number"))->required();
        cmd->add_option("--status", *status, tr("absent | withdrawn | disqualified | active"))
            ->required()
            ->check(CLI::IsMember({"absent", "withdrawn", "disqualified", "active"}));
        cmd->add_option("--reason", *reason, tr("Why (recorded in the audit log)"))->required();
        LoginOptions login;
        login.add_to(cmd);
        cmd->callback([db, reg, status, reason, login] {
            auto s = CompetitionSession::open(*db);
            set_status(s, login.log_in(s, kOrganiser), *reg, *contestant_status_from_string(*status),
                       *reason);
            std::cout << format(tr("%s is now %s"), {*reg, tr(status->c_str())}) << "\n";
        });
    }
    {
        auto* group = app.add_subcommand("contestant", tr("One contestant at a time"));
        group->require_subcommand(1);
        auto* cmd = group->add_subcommand(
            "add", tr("Register one contestant, checked like a roster row (organiser)"));
        auto db = std::make_shared<std::string>();
        auto c = std::make_shared<Contestant>();
        cmd->add_option("DB", *db, tr("The competition database"))
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("--registration", c->registration_no, tr("Registration number"))
            ->required();
        cmd->add_option("--name", c->name, tr("Name"))->required();
        cmd->add_option("--id-number", c->id_number, tr("Resident ID number"))->required();
        cmd->add_option("--event", c->event, tr("Event code or trade name"))->required();
        cmd->add_option("--gender", c->gender, tr("男 or 女 (from the ID number when omitted)"));
        cmd->add_option("--employer", c->employer, tr("Employer"));
        cmd->add_option("--phone", c->phone, tr("Phone"));
        cmd->add_option("--workstation", c->workstation, tr("Workstation, when already known"));
        LoginOptions login;
        login.add_to(cmd);
        cmd->callback([db, c, login] {
            auto s = CompetitionSession::open(*db);
            add_contestant(s, login.log_in(s, kOrganiser), *c);
            std::cout << format(tr("registered %s"), {c->registration_no}) << "\n";
        });
        add_contestant_edit(group);
    }
    add_judge_commands(app);
}

}  // namespace plumb::cli
