// plumb role, signoff, reopen, resolve, reveal, appeal, audit log: the chief judge's day.
#include <iostream>

#include "cli/commands.h"
#include "cli/login.h"
#include "io/text_table.h"
#include "services/appeals.h"
#include "services/audit_view.h"
#include "services/conflicts.h"
#include "services/result_state.h"
#include "services/signoff.h"

namespace plumb::cli {

namespace {

using Text = std::shared_ptr<std::string>;

Text text() {
    return std::make_shared<std::string>();
}

void add_db(CLI::App* cmd, const Text& db) {
    cmd->add_option("DB", *db, "The competition database")->required()->check(CLI::ExistingFile);
}

// --event, --workstation and --judge, as most of these commands take them.
struct Sheet {
    Text event = text(), workstation = text(), judge = text();
    void add_to(CLI::App* cmd, bool with_judge) {
        cmd->add_option("--event", *event, "Event code")->required();
        cmd->add_option("--workstation", *workstation, "Workstation")->required();
        if (with_judge) cmd->add_option("--judge", *judge, "Judge code")->required();
    }
};

void add_role(CLI::App& app) {
    auto* role = app.add_subcommand("role", "Organiser's password, judges' PINs, chief judges");
    role->require_subcommand(1);
    {
        auto* cmd = role->add_subcommand("set", "Set a password, a PIN or a chief judge");
        auto db = text(), judge = text(), chief = text(), event = text(), secret = text();
        auto organiser = std::make_shared<bool>(false);
        LoginOptions login;
        add_db(cmd, db);
        auto* o = cmd->add_flag("--organiser", *organiser, "Set the organiser's password");
        auto* j = cmd->add_option("--judge", *judge, "Set this judge's PIN");
        auto* c = cmd->add_option("--chief", *chief, "Name this judge chief judge of --event");
        cmd->add_option("--event", *event, "The event (with --chief)");
        cmd->add_option("--new-password,--new-pin", *secret, "The new password or PIN");
        o->excludes(j)->excludes(c);
        j->excludes(c);
        login.add_to(cmd);
        cmd->callback([=] {
            auto s = CompetitionSession::open(*db);
            const Login who = login.log_in(s);
            if (*organiser) {
                set_organiser_password(s, who, *secret);
                std::cout << "organiser's password set; roles are on\n";
            } else if (!judge->empty()) {
                set_judge_pin(s, who, *judge, *secret);
                std::cout << "PIN of " << *judge << " set\n";
            } else if (!chief->empty()) {
                if (event->empty()) throw std::runtime_error("--chief needs --event");
                set_chief_judge(s, who, *event, *chief);
                std::cout << *chief << " is chief judge of " << *event << "\n";
            } else {
                throw std::runtime_error("give --organiser, --judge CODE or --chief CODE");
            }
        });
    }
    {
        auto* cmd = role->add_subcommand("list", "Who has a PIN, and the chief judges");
        auto db = text();
        add_db(cmd, db);
        cmd->callback([db] {
            const auto s = CompetitionSession::open(*db);
            const Store& store = s.store();
            std::cout << "roles: " << (roles_configured(store) ? "on" : "off") << "\n";
            std::vector<std::vector<std::string>> rows{{"judge", "name", "PIN", "chief judge of"}};
            for (const Judge& j : s.competition().judges) {
                std::string chief_of;
                for (const std::string& e : j.events)
                    if (chief_judge(store, e) == j.code)
                        chief_of += (chief_of.empty() ? "" : ", ") + e;
                rows.push_back({j.code, j.name, has_pin(store, j.code) ? "set" : "", chief_of});
            }
            std::cout << format_table(rows);
        });
    }
}

void add_sheet_commands(CLI::App& app) {
    {
        auto* cmd = app.add_subcommand("signoff", "A judge signs off a workstation's sheet");
        auto db = text();
        Sheet sheet;
        LoginOptions login;
        add_db(cmd, db);
        sheet.add_to(cmd, true);
        login.add_to(cmd);
        cmd->callback([=] {
            auto s = CompetitionSession::open(*db);
            sign_off(s, login.log_in(s, *sheet.judge), *sheet.event, *sheet.workstation,
                     *sheet.judge);
            std::cout << *sheet.judge << " signed off workstation " << *sheet.workstation << "\n";
        });
    }
    {
        auto* cmd = app.add_subcommand("reopen",
                                       "The chief judge reopens a signed-off sheet, with a reason");
        auto db = text(), reason = text();
        Sheet sheet;
        LoginOptions login;
        add_db(cmd, db);
        sheet.add_to(cmd, true);
        cmd->add_option("--reason", *reason, "Why it is reopened")->required();
        login.add_to(cmd);
        cmd->callback([=] {
            auto s = CompetitionSession::open(*db);
            reopen(s, login.log_in(s), *sheet.event, *sheet.workstation, *sheet.judge, *reason);
            std::cout << "reopened " << *sheet.judge << "'s sheet of workstation "
                      << *sheet.workstation << "\n";
        });
    }
    {
        auto* cmd = app.add_subcommand(
            "resolve", "Settle a measurement judges disagree on: the value for every judge");
        auto db = text(), aspect = text(), value = text(), reason = text();
        Sheet sheet;
        LoginOptions login;
        add_db(cmd, db);
        sheet.add_to(cmd, false);
        cmd->add_option("--aspect", *aspect, "Aspect id")->required();
        cmd->add_option("--value", *value, "The value that stands")->required();
        cmd->add_option("--reason", *reason, "Why, e.g. \"measured again with J01 and J03\"")
            ->required();
        login.add_to(cmd);
        cmd->callback([=] {
            auto s = CompetitionSession::open(*db);
            const int n = resolve_conflict(s, login.log_in(s), *sheet.event, *sheet.workstation,
                                           *aspect, *value, *reason);
            std::cout << *aspect << " at workstation " << *sheet.workstation << " settled: " << n
                      << " entr" << (n == 1 ? "y" : "ies") << " appended\n";
        });
    }
    {
        auto* cmd = app.add_subcommand(
            "reveal", "Reveal an event's names (locks it first if needed; audited)");
        auto db = text(), event = text();
        LoginOptions login;
        add_db(cmd, db);
        cmd->add_option("--event", *event, "Event code")->required();
        login.add_to(cmd);
        cmd->callback([=] {
            auto s = CompetitionSession::open(*db);
            const bool locked = reveal_event(s, login.log_in(s), *event);
            std::cout << "names of " << *event << " revealed"
                      << (locked ? "; its results are now locked (an appeal changes them)" : "")
                      << "\n";
        });
    }
}

void add_appeal(CLI::App& app) {
    auto* appeal = app.add_subcommand("appeal", "Appeals after lock (申诉)");
    appeal->require_subcommand(1);
    {
        auto* cmd = appeal->add_subcommand("lodge", "Record an appeal against a locked mark");
        auto db = text(), aspect = text(), value = text(), by = text(), reason = text();
        Sheet sheet;
        LoginOptions login;
        add_db(cmd, db);
        sheet.add_to(cmd, false);
        cmd->add_option("--judge", *sheet.judge, "Whose score (judgement aspects)");
        cmd->add_option("--aspect", *aspect, "Aspect id")->required();
        cmd->add_option("--value", *value, "The value the appeal asks for")->required();
        cmd->add_option("--lodged-by", *by, "Who appeals")->required();
        cmd->add_option("--reason", *reason, "The grounds")->required();
        login.add_to(cmd);
        cmd->callback([=] {
            auto s = CompetitionSession::open(*db);
            const std::string id = lodge_appeal(
                s, login.log_in(s),
                AppealRequest{*sheet.event, *sheet.workstation, *aspect, *sheet.judge, *value, *by},
                *reason);
            std::cout << "appeal " << id << " lodged\n";
        });
    }
    {
        auto* cmd =
            appeal->add_subcommand("decide", "The chief judge upholds or rejects an appeal");
        auto db = text(), id = text(), reason = text();
        auto uphold = std::make_shared<bool>(false), reject = std::make_shared<bool>(false);
        LoginOptions login;
        add_db(cmd, db);
        cmd->add_option("--id", *id, "The appeal's id")->required();
        auto* u = cmd->add_flag("--uphold", *uphold, "Correct the mark (a new results revision)");
        auto* r = cmd->add_flag("--reject", *reject, "Leave the mark");
        u->excludes(r);
        cmd->add_option("--reason", *reason, "Why")->required();
        login.add_to(cmd);
        cmd->callback([=] {
            if (!*uphold && !*reject) throw std::runtime_error("give --uphold or --reject");
            auto s = CompetitionSession::open(*db);
            decide_appeal(s, login.log_in(s), *id, *uphold, *reason);
            for (const Appeal& a : appeals(s.store()))
                if (a.id == *id)
                    std::cout << "appeal " << *id << " " << a.decision
                              << (a.revision ? "; " + a.event + " is now results revision " +
                                                   std::to_string(a.revision)
                                             : std::string())
                              << "\n";
        });
    }
    {
        auto* cmd = appeal->add_subcommand("list", "Every appeal and its decision");
        auto db = text(), event = text();
        add_db(cmd, db);
        cmd->add_option("--event", *event, "Only this event");
        cmd->callback([=] {
            const auto s = CompetitionSession::open(*db);
            std::vector<std::vector<std::string>> rows{{"id", "event", "ws", "aspect", "old", "new",
                                                        "lodged by", "decision", "by", "reason"}};
            for (const Appeal& a : appeals(s.store(), *event))
                rows.push_back({a.id, a.event, a.workstation, a.aspect, a.old_value, a.new_value,
                                a.lodged_by, a.decision, a.decided_by,
                                a.decision_reason.empty() ? a.reason : a.decision_reason});
            std::cout << format_table(rows);
        });
    }
}

void add_audit_log(CLI::App& app) {
    CLI::App* audit = app.get_subcommand("audit");
    auto* cmd = audit->add_subcommand("log", "Who changed what, when, on which device and why");
    auto db = text(), event = text(), workstation = text();
    add_db(cmd, db);
    cmd->add_option("--event", *event, "Only this event");
    cmd->add_option("--workstation", *workstation, "Only this workstation");
    cmd->callback([=] {
        const auto s = CompetitionSession::open(*db);
        std::vector<std::vector<std::string>> rows{
            {"seq", "at", "device", "who", "event", "ws", "what", "why"}};
        for (const AuditLine& l : audit_history(s, *event, *workstation))
            rows.push_back({std::to_string(l.seq), l.at, l.device, l.actor, l.event, l.workstation,
                            l.what, l.reason});
        std::cout << format_table(rows, {0});
    });
}

}  // namespace

void add_judging_commands(CLI::App& app) {
    add_role(app);
    add_sheet_commands(app);
    add_appeal(app);
    add_audit_log(app);
}

}  // namespace plumb::cli
