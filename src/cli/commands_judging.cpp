// plumb role, signoff, reopen, resolve, reveal, appeal, audit log: the chief judge's day.
#include <iostream>

#include "cli/commands.h"
#include "cli/login.h"
#include "core/translate.h"
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

std::string rank_words(const std::optional<int>& rank) {
    return rank ? format(tr("rank %s"), {std::to_string(*rank)}) : tr("not ranked");
}

std::string prize_words(const std::string& award) {
    return award.empty() ? tr("no prize") : award_phrase(award);
}

std::string titles_words(const std::vector<std::string>& titles) {
    std::string out;
    for (const std::string& t : titles) out += (out.empty() ? "" : ", ") + t;
    return out.empty() ? tr("no title") : out;
}

// "workstation 42 吕波 (ZY181): rank 9 → 8; no prize → third prize".
std::string change_line(const PlaceChange& c) {
    std::string who = format(tr("workstation %s"), {c.workstation});
    if (!c.name.empty()) who += " " + c.name;
    if (!c.registration_no.empty()) who += " (" + c.registration_no + ")";
    std::vector<std::string> parts;
    if (c.rank_before != c.rank_after)
        parts.push_back(rank_words(c.rank_before) + " → " + rank_words(c.rank_after));
    if (c.award_before != c.award_after)
        parts.push_back(prize_words(c.award_before) + " → " + prize_words(c.award_after));
    if (c.titles_before != c.titles_after)
        parts.push_back(titles_words(c.titles_before) + " → " + titles_words(c.titles_after));
    std::string out = who + ":";
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "; " : " ") + parts[i];
    return out;
}

// An appeal's decision in the language spoken.
std::string decision_word(const std::string& decision) {
    if (decision == "upheld") return tr("upheld");
    if (decision == "rejected") return tr("rejected");
    if (decision == "pending") return tr("pending");
    return decision;
}

void add_db(CLI::App* cmd, const Text& db) {
    cmd->add_option("DB", *db, tr("The competition database"))
        ->required()
        ->check(CLI::ExistingFile);
}

// --event, --workstation and --judge, as most of these commands take them.
struct Sheet {
    Text event = text(), workstation = text(), judge = text();
    void add_to(CLI::App* cmd, bool with_judge) {
        cmd->add_option("--event", *event, tr("Event code or trade name"))->required();
        cmd->add_option("--workstation", *workstation, tr("Workstation"))->required();
        if (with_judge) cmd->add_option("--judge", *judge, tr("Judge code"))->required();
    }
};

void add_role(CLI::App& app) {
    auto* role = app.add_subcommand("role", tr("Organiser's password, judges' PINs, chief judges"));
    role->require_subcommand(1);
    {
        auto* cmd = role->add_subcommand("set", tr("Set a password, a PIN or a chief judge"));
        auto db = text(), judge = text(), chief = text(), event = text(), secret = text();
        auto organiser = std::make_shared<bool>(false);
        LoginOptions login;
        add_db(cmd, db);
        auto* o = cmd->add_flag("--organiser", *organiser, tr("Set the organiser's password"));
        auto* j = cmd->add_option("--judge", *judge, tr("Set this judge's PIN"));
        auto* c = cmd->add_option("--chief", *chief, tr("Name this judge chief judge of --event"));
        cmd->add_option("--event", *event, tr("The event (with --chief)"));
        cmd->add_option("--new-password,--new-pin", *secret, tr("The new password or PIN"));
        o->excludes(j)->excludes(c);
        j->excludes(c);
        login.add_to(cmd);
        cmd->callback([=] {
            auto s = CompetitionSession::open(*db);
            const Login who = login.log_in(s);
            if (*organiser) {
                set_organiser_password(s, who, *secret);
                std::cout << tr("organiser's password set; roles are on") << "\n";
            } else if (!judge->empty()) {
                set_judge_pin(s, who, *judge, *secret);
                std::cout << format(tr("PIN of %s set"), {*judge}) << "\n";
            } else if (!chief->empty()) {
                if (event->empty()) throw std::runtime_error(tr("--chief needs --event"));
                *event = event_code(s, *event);
                set_chief_judge(s, who, *event, *chief);
                std::cout << format(tr("%s is chief judge of %s"),
                                    {*chief, s.competition().event_words(*event)})
                          << "\n";
            } else {
                throw std::runtime_error(tr("give --organiser, --judge CODE or --chief CODE"));
            }
        });
    }
    {
        auto* cmd = role->add_subcommand("list", tr("Who has a PIN, and the chief judges"));
        auto db = text();
        add_db(cmd, db);
        cmd->callback([db] {
            const auto s = CompetitionSession::open(*db);
            const Store& store = s.store();
            std::cout << (roles_configured(store) ? tr("roles: on") : tr("roles: off")) << "\n";
            std::vector<std::vector<std::string>> rows{
                {tr("judge"), tr("name"), tr("PIN"), tr("chief judge of")}};
            for (const Judge& j : s.competition().judges) {
                std::string chief_of;
                for (const std::string& e : j.events)
                    if (chief_judge(store, e) == j.code)
                        chief_of += (chief_of.empty() ? "" : ", ") + e;
                rows.push_back({j.code, j.name, has_pin(store, j.code) ? tr("set") : "", chief_of});
            }
            std::cout << format_table(rows);
        });
    }
}

void add_sheet_commands(CLI::App& app) {
    {
        auto* cmd = app.add_subcommand("signoff", tr("A judge signs off a workstation's sheet"));
        auto db = text();
        Sheet sheet;
        LoginOptions login;
        add_db(cmd, db);
        sheet.add_to(cmd, true);
        login.add_to(cmd);
        cmd->callback([=] {
            auto s = CompetitionSession::open(*db);
            *sheet.event = event_code(s, *sheet.event);
            sign_off(s, login.log_in(s, *sheet.judge), *sheet.event, *sheet.workstation,
                     *sheet.judge);
            std::cout << format(tr("%s signed off workstation %s"),
                                {*sheet.judge, *sheet.workstation})
                      << "\n";
        });
    }
    {
        auto* cmd = app.add_subcommand(
            "reopen", tr("The chief judge reopens a signed-off sheet, with a reason"));
        auto db = text(), reason = text();
        Sheet sheet;
        LoginOptions login;
        add_db(cmd, db);
        sheet.add_to(cmd, true);
        cmd->add_option("--reason", *reason, tr("Why it is reopened"))->required();
        login.add_to(cmd);
        cmd->callback([=] {
            auto s = CompetitionSession::open(*db);
            *sheet.event = event_code(s, *sheet.event);
            reopen(s, login.log_in(s), *sheet.event, *sheet.workstation, *sheet.judge, *reason);
            std::cout << format(tr("reopened %s's sheet of workstation %s"),
                                {*sheet.judge, *sheet.workstation})
                      << "\n";
        });
    }
    {
        auto* cmd = app.add_subcommand(
            "resolve", tr("Settle a measurement judges disagree on: the value for every judge"));
        auto db = text(), aspect = text(), value = text(), reason = text();
        Sheet sheet;
        LoginOptions login;
        add_db(cmd, db);
        sheet.add_to(cmd, false);
        cmd->add_option("--aspect", *aspect, tr("Aspect id"))->required();
        cmd->add_option("--value", *value, tr("The value that stands"))->required();
        cmd->add_option("--reason", *reason, tr("Why, e.g. \"measured again with J01 and J03\""))
            ->required();
        login.add_to(cmd);
        cmd->callback([=] {
            auto s = CompetitionSession::open(*db);
            *sheet.event = event_code(s, *sheet.event);
            const int n = resolve_conflict(s, login.log_in(s), *sheet.event, *sheet.workstation,
                                           *aspect, *value, *reason);
            std::cout << format(n == 1 ? tr("%s at workstation %s settled: %s entry appended")
                                       : tr("%s at workstation %s settled: %s entries appended"),
                                {*aspect, *sheet.workstation, std::to_string(n)})
                      << "\n";
        });
    }
    {
        auto* cmd = app.add_subcommand(
            "reveal", tr("Reveal an event's names (locks it first if needed; audited)"));
        auto db = text(), event = text();
        LoginOptions login;
        add_db(cmd, db);
        cmd->add_option("--event", *event, tr("Event code or trade name"))->required();
        login.add_to(cmd);
        cmd->callback([=] {
            auto s = CompetitionSession::open(*db);
            *event = event_code(s, *event);
            const bool locked = reveal_event(s, login.log_in(s), *event);
            std::cout << format(locked ? tr("names of %s revealed; its results are now locked "
                                            "(an appeal changes them)")
                                       : tr("names of %s revealed"),
                                {s.competition().event_words(*event)})
                      << "\n";
        });
    }
}

void add_appeal(CLI::App& app) {
    auto* appeal = app.add_subcommand("appeal", tr("Appeals after lock (申诉)"));
    appeal->require_subcommand(1);
    {
        auto* cmd = appeal->add_subcommand("lodge", tr("Record an appeal against a locked mark"));
        auto db = text(), aspect = text(), value = text(), by = text(), reason = text();
        Sheet sheet;
        LoginOptions login;
        add_db(cmd, db);
        sheet.add_to(cmd, false);
        cmd->add_option("--judge", *sheet.judge, tr("Whose score (judgement aspects)"));
        cmd->add_option("--aspect", *aspect, tr("Aspect id"))->required();
        cmd->add_option("--value", *value, tr("The value the appeal asks for"))->required();
        cmd->add_option("--lodged-by", *by, tr("Who appeals"))->required();
        cmd->add_option("--reason", *reason, tr("The grounds"))->required();
        login.add_to(cmd);
        cmd->callback([=] {
            auto s = CompetitionSession::open(*db);
            *sheet.event = event_code(s, *sheet.event);
            const std::string id = lodge_appeal(
                s, login.log_in(s),
                AppealRequest{*sheet.event, *sheet.workstation, *aspect, *sheet.judge, *value, *by},
                *reason);
            std::cout << format(tr("appeal %s lodged"), {id}) << "\n";
        });
    }
    {
        auto* cmd =
            appeal->add_subcommand("decide", tr("The chief judge upholds or rejects an appeal"));
        auto db = text(), id = text(), reason = text();
        auto uphold = std::make_shared<bool>(false), reject = std::make_shared<bool>(false);
        LoginOptions login;
        add_db(cmd, db);
        cmd->add_option("--id", *id, tr("The appeal's id"))->required();
        auto* u =
            cmd->add_flag("--uphold", *uphold, tr("Correct the mark (a new results revision)"));
        auto* r = cmd->add_flag("--reject", *reject, tr("Leave the mark"));
        u->excludes(r);
        cmd->add_option("--reason", *reason, tr("Why"))->required();
        login.add_to(cmd);
        cmd->callback([=] {
            if (!*uphold && !*reject) throw std::runtime_error(tr("give --uphold or --reject"));
            auto s = CompetitionSession::open(*db);
            const AppealDecision decided = decide_appeal(s, login.log_in(s), *id, *uphold, *reason);
            for (const Appeal& a : appeals(s.store()))
                if (a.id == *id)
                    std::cout << (a.revision
                                      ? format(tr("appeal %s %s; %s is now results revision %s"),
                                               {*id, decision_word(a.decision), a.event,
                                                std::to_string(a.revision)})
                                      : format(tr("appeal %s %s"),
                                               {*id, decision_word(a.decision)}))
                              << "\n";
            if (decided.revision && decided.changes.empty())
                std::cout << tr("no place, prize or title changed") << "\n";
            if (!decided.changes.empty())
                std::cout << tr("places, prizes or titles changed (withdraw and print again "
                                "their certificates; send the HR file again):")
                          << "\n";
            for (const PlaceChange& c : decided.changes)
                std::cout << "  " << change_line(c) << "\n";
        });
    }
    {
        auto* cmd = appeal->add_subcommand("list", tr("Every appeal and its decision"));
        auto db = text(), event = text();
        add_db(cmd, db);
        cmd->add_option("--event", *event, tr("Only this event"));
        cmd->callback([=] {
            const auto s = CompetitionSession::open(*db);
            std::vector<std::vector<std::string>> rows{
                {tr("id"), tr("event"), tr("ws"), tr("aspect"), tr("old"), tr("new"),
                 tr("lodged by"), tr("decision"), tr("by"), tr("reason")}};
            for (const Appeal& a :
                 appeals(s.store(), event->empty() ? *event : event_code(s, *event)))
                rows.push_back({a.id, a.event, a.workstation, a.aspect, a.old_value, a.new_value,
                                a.lodged_by, decision_word(a.decision), a.decided_by,
                                a.decision_reason.empty() ? a.reason : a.decision_reason});
            std::cout << format_table(rows);
        });
    }
}

void add_audit_log(CLI::App& app) {
    CLI::App* audit = app.get_subcommand("audit");
    auto* cmd = audit->add_subcommand("log", tr("Who changed what, when, on which device and why"));
    auto db = text(), event = text(), workstation = text(), judge = text();
    add_db(cmd, db);
    cmd->add_option("--event", *event, tr("Only this event"));
    cmd->add_option("--workstation", *workstation, tr("Only this workstation"));
    cmd->add_option("--judge", *judge,
                    tr("Only this judge's marks, sheets and appeals, and what they did"));
    LoginOptions login;  // registration numbers before the reveal: the organiser's
    login.add_to(cmd);
    cmd->callback([=] {
        auto s = CompetitionSession::open(*db);
        std::vector<std::vector<std::string>> rows{{tr("seq"), tr("at"), tr("device"), tr("who"),
                                                    tr("event"), tr("ws"), tr("what"), tr("why")}};
        const std::string only = event->empty() ? *event : event_code(s, *event);
        for (const AuditLine& l : audit_history(s, login.reader(s), only, *workstation, *judge))
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
