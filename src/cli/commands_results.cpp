// plumb rank, check, audit verify.
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/login.h"
#include "core/translate.h"
#include "exchange/envelope.h"
#include "io/file_bytes.h"
#include "io/results_export.h"
#include "io/text_table.h"
#include "services/check.h"
#include "services/score_packet.h"
#include "services/seal.h"
#include "services/viewing.h"

namespace plumb::cli {

namespace {

// A check item's kind (the JSON's code) in the language spoken.
std::string problem_words(const std::string& kind) {
    if (kind == "missing") return tr("mark missing");
    if (kind == "conflict") return tr("judges disagree");
    if (kind == "too_few_judges") return tr("too few judges");
    if (kind == "invalid") return tr("invalid value");
    if (kind == "theory") return tr("theory score missing");
    if (kind == "time") return tr("time missing");
    if (kind == "spread") return tr("scores far apart");
    if (kind == "interest") return tr("judge of the same employer");
    return kind;
}

std::string check_table(const CheckReport& r) {
    std::string out;
    for (const EventCheck& e : r.events) {
        out += e.event + ": " +
               format(tr("%s contestants, %s complete, %s incomplete, %s "
                         "absent/withdrawn/disqualified"),
                      {std::to_string(e.contestants), std::to_string(e.complete),
                       std::to_string(e.incomplete), std::to_string(e.not_competing)}) +
               "\n";
        if (e.items.empty()) continue;
        std::vector<std::vector<std::string>> rows{
            {tr("workstation"), tr("registration_no"), tr("problem"), tr("aspect"), tr("detail")}};
        for (const CheckItem& i : e.items)
            rows.push_back(
                {i.workstation, i.registration_no, problem_words(i.kind), i.aspect, i.detail});
        out += format_table(rows);
    }
    out += format(tr("integrity: %s"),
                  {r.integrity.empty() ? std::string("?") : r.integrity.front()}) +
           "\n";
    out += format(tr("audit chain: %s"),
                  {r.audit_problems.empty()
                       ? tr("ok")
                       : format(tr("%s problem(s)"), {std::to_string(r.audit_problems.size())})}) +
           "\n";
    for (const std::string& p : r.audit_problems) out += "  " + p + "\n";
    return out;
}

std::string check_json(const CheckReport& r) {
    nlohmann::ordered_json j;
    j["events"] = nlohmann::ordered_json::array();
    for (const EventCheck& e : r.events) {
        nlohmann::ordered_json ej{{"event", e.event},
                                  {"contestants", e.contestants},
                                  {"complete", e.complete},
                                  {"incomplete", e.incomplete},
                                  {"not_competing", e.not_competing}};
        ej["items"] = nlohmann::ordered_json::array();
        for (const CheckItem& i : e.items)
            ej["items"].push_back({{"workstation", i.workstation},
                                   {"registration_no", i.registration_no},
                                   {"kind", i.kind},
                                   {"aspect", i.aspect},
                                   {"detail", i.detail}});
        j["events"].push_back(ej);
    }
    j["integrity"] = r.integrity;
    j["audit_problems"] = r.audit_problems;
    return j.dump(2) + "\n";
}

}  // namespace

void add_result_commands(CLI::App& app) {
    {
        auto* cmd = app.add_subcommand("rank", tr("Rank an event"));
        auto db = std::make_shared<std::string>();
        auto event = std::make_shared<std::string>();
        auto format = std::make_shared<std::string>("table");
        cmd->add_option("DB", *db, tr("The competition database"))
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("--event", *event, tr("Event code or trade name"))->required();
        cmd->add_option("--format", *format, tr("table | csv | json"))
            ->check(CLI::IsMember({"table", "csv", "json"}));
        LoginOptions login;  // with roles on, names show once revealed or to the organiser
        login.add_to(cmd);
        cmd->callback([db, event, format, login] {
            auto s = CompetitionSession::open(*db);
            const EventResults r = results_for(s, login.reader(s), event_code(s, *event));
            if (*format == "json")
                std::cout << results_json(r);
            else if (*format == "csv")
                std::cout << results_csv({r});
            else
                std::cout << results_table(r);
        });
    }
    {
        auto* cmd =
            app.add_subcommand("check", tr("Missing marks, conflicts, spread flags, integrity"));
        auto db = std::make_shared<std::string>();
        auto event = std::make_shared<std::string>();
        auto format = std::make_shared<std::string>("table");
        auto strict = std::make_shared<bool>(false);
        cmd->add_option("DB", *db, tr("The competition database"))
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("--event", *event, tr("Only this event"));
        cmd->add_option("--format", *format, tr("table | json"))
            ->check(CLI::IsMember({"table", "json"}));
        cmd->add_flag("--strict", *strict, tr("Exit 3 while any contestant is incomplete"));
        LoginOptions login;  // registration numbers of events not revealed: the organiser's
        login.add_to(cmd);
        cmd->callback([db, event, format, strict, login] {
            auto s = CompetitionSession::open(*db);
            const CheckReport r = check_competition(
                s, login.reader(s), event->empty() ? *event : event_code(s, *event));
            std::cout << (*format == "json" ? check_json(r) : check_table(r));
            if (!r.healthy())
                throw std::runtime_error(tr("the database failed its integrity or audit check"));
            if (*strict)
                for (const EventCheck& e : r.events)
                    if (e.incomplete > 0) throw CLI::RuntimeError(3);
        });
    }
    {
        auto* audit = app.add_subcommand("audit", tr("The audit log"));
        audit->require_subcommand(1);
        auto* cmd = audit->add_subcommand(
            "verify", tr("Recompute the audit chain and check every logged row against it"));
        auto db = std::make_shared<std::string>(), seal = std::make_shared<std::string>();
        auto against = std::make_shared<std::string>();
        cmd->add_option("DB", *db, tr("The competition database"))
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("--seal", *seal,
                        tr("Also check that the database still holds this seal (printed on a lock, "
                           "an export or a packet)"));
        cmd->add_option("--against", *against,
                        tr("Also check the seal a file carries (an export's FILE.sig, a results "
                           "JSON), or that this laptop still holds what its score packet carries"))
            ->check(CLI::ExistingFile);
        cmd->callback([db, seal, against] {
            const auto s = CompetitionSession::open(*db);
            // One state for all it reads and prints, though an import may be committing.
            const Store::Snapshot snapshot = s.store().snapshot();
            std::vector<std::string> problems;
            for (const auto& p : s.store().verify_audit()) problems.push_back(p.reason);
            for (const auto& p : verify_packets(s)) problems.push_back(p);
            std::vector<std::string> seals;
            if (!seal->empty()) seals.push_back(*seal);
            std::string packet_seal;
            const auto packet =
                against->empty()
                    ? std::nullopt
                    : packet_held_problems(
                          s, read_file_bytes(*against, exchange::kMaxPacketBytes), packet_seal);
            if (packet) {
                problems.insert(problems.end(), packet->begin(), packet->end());
                if (!packet_seal.empty() && packet->empty()) seals.push_back(packet_seal);
            } else if (!against->empty()) {
                const auto carried = seal_in(*against);
                if (!carried)
                    throw std::runtime_error(
                        format(tr("%s carries no seal plumb can read: give the seal printed on "
                                  "it with --seal"),
                               {*against}));
                seals.push_back(*carried);
            }
            for (const std::string& code : seals)
                if (const std::string why = seal_problem(s.store(), code); !why.empty())
                    problems.push_back(why);
            if (!problems.empty()) {
                for (const auto& p : problems) std::cerr << p << "\n";
                throw std::runtime_error(format(
                    problems.size() == 1 ? tr("the audit check found %s problem (listed above)")
                                         : tr("the audit check found %s problems (listed above)"),
                    {std::to_string(problems.size())}));
            }
            std::cout << format(tr("audit chain ok: %s records"),
                                {std::to_string(s.store().audit_log().size())});
            const auto packets = s.store().packets().size();
            if (packets > 0)
                std::cout << format(tr(", %s packet signatures"), {std::to_string(packets)});
            for (const std::string& code : seals) std::cout << format(tr(", seal %s held"), {code});
            std::cout << "\n" << format(tr("seal now: %s"), {audit_seal(s.store())}) << "\n";
        });
        auto* print = audit->add_subcommand(
            "seal",
            tr("Print the seal of the audit trail as it is now (records and their digest)"));
        auto db2 = std::make_shared<std::string>();
        print->add_option("DB", *db2, tr("The competition database"))
            ->required()
            ->check(CLI::ExistingFile);
        print->callback([db2] {
            const auto s = CompetitionSession::open(*db2);
            std::cout << audit_seal(s.store()) << "\n";
        });
    }
}

}  // namespace plumb::cli
