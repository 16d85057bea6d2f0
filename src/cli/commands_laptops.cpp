// plumb kit export|import, plumb packet export|import: laptops and the master.
#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "cli/login.h"
#include "core/translate.h"
#include "exchange/envelope.h"
#include "io/file_bytes.h"
#include "services/judge_kit.h"
#include "services/laptop_retire.h"
#include "services/laptops.h"
#include "services/score_packet.h"

namespace plumb::cli {

namespace {

using Text = std::shared_ptr<std::string>;

Text text() {
    return std::make_shared<std::string>();
}

// The kit's passphrase: --passphrase, or PLUMB_KIT_PASSPHRASE (kept out of the shell history).
void add_passphrase(CLI::App* cmd, const Text& passphrase) {
    cmd->add_option("--passphrase", *passphrase,
                    tr("The kit's passphrase, printed when the kit was made (or "
                       "PLUMB_KIT_PASSPHRASE in the environment)"));
}

std::string given_passphrase(const std::string& option) {
    if (!option.empty()) return option;
    const char* env = std::getenv("PLUMB_KIT_PASSPHRASE");
    if (env && *env) return env;
    throw std::runtime_error(
        tr("give the kit's passphrase with --passphrase (or in PLUMB_KIT_PASSPHRASE)"));
}

void add_kit(CLI::App& app) {
    auto* kit = app.add_subcommand("kit", tr("Judge kits: from the master to a laptop"));
    kit->require_subcommand(1);
    {
        auto* cmd = kit->add_subcommand(
            "export",
            tr("Register a laptop and write its kit: the event, its judges, blinded contestants"));
        auto db = text(), event = text(), device = text(), out = text();
        LoginOptions login;
        cmd->add_option("DB", *db, tr("The master's database"))
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("--event", *event, tr("Event code or trade name"))->required();
        cmd->add_option("--device", *device, tr("A name for the laptop, e.g. \"bricklaying 1\""))
            ->required();
        cmd->add_option("-o,--output", *out, tr("The kit file to write"))->required();
        auto judges = std::make_shared<std::vector<std::string>>();
        cmd->add_option("--judges", *judges,
                        tr("The judges who score on this laptop, e.g. J01,J03 (all of the event's "
                           "when omitted)"))
            ->delimiter(',');
        login.add_to(cmd);
        cmd->callback([db, event, device, out, judges, login] {
            auto s = CompetitionSession::open(*db);
            *event = event_code(s, *event);
            const KitExport k = export_kit(s, login.log_in(s), *event, *device, *out, *judges);
            std::cout << format(
                             tr("registered %s (%s) for %s; wrote %s: %s contestants, %s judges"),
                             {*device, k.device_id, *event, *out, std::to_string(k.contestants),
                              std::to_string(k.judges)})
                      << "\n"
                      << format(tr("master key %s (the laptop shows it on import)"),
                                {k.master_fingerprint})
                      << "\n"
                      << format(tr("passphrase: %s"), {k.passphrase}) << "\n"
                      << tr("give the passphrase apart from the kit file: the laptop needs it to "
                            "import the kit and to sign its packets")
                      << "\n";
        });
    }
    {
        auto* cmd =
            kit->add_subcommand("import", tr("Create a laptop's database from a judge kit"));
        auto db = text(), file = text();
        cmd->add_option("NEWDB", *db, tr("The laptop's database file to create"))->required();
        cmd->add_option("FILE", *file, tr("The kit file"))->required()->check(CLI::ExistingFile);
        auto passphrase = text();
        add_passphrase(cmd, passphrase);
        cmd->callback([db, file, passphrase] {
            const KitImport k =
                import_kit(*db, read_file_bytes(*file, exchange::kMaxKitBytes),
                           given_passphrase(*passphrase), cli_actor());
            std::cout << format(tr("created %s for %s: %s of %s, %s workstations"),
                                {*db, k.device_name, k.event, k.competition_name,
                                 std::to_string(k.contestants)})
                      << "\n"
                      << format(tr("master key %s: compare it with what the master printed"),
                                {k.master_fingerprint})
                      << "\n";
        });
    }
    {
        auto* cmd = kit->add_subcommand(
            "retire", tr("Retire a laptop (lost, broken, or its kit made by mistake): its packets "
                         "are refused from then on"));
        auto db = text(), laptop = text(), reason = text();
        LoginOptions login;
        cmd->add_option("DB", *db, tr("The master's database"))
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("--laptop", *laptop, tr("The laptop's name (or its device id)"))
            ->required();
        cmd->add_option("--reason", *reason, tr("Why it is retired"))->required();
        login.add_to(cmd);
        cmd->callback([db, laptop, reason, login] {
            auto s = CompetitionSession::open(*db);
            retire_laptop(s, login.log_in(s), *laptop, *reason);
            std::cout << format(tr("retired %s: its packets are no longer taken"), {*laptop})
                      << "\n";
        });
    }
}

void add_packet(CLI::App& app) {
    auto* packet = app.add_subcommand("packet", tr("Score packets: from a laptop to the master"));
    packet->require_subcommand(1);
    {
        auto* cmd = packet->add_subcommand(
            "export", tr("Write every entry and audit record of this laptop, signed (cumulative)"));
        auto db = text(), out = text();
        cmd->add_option("DB", *db, tr("The laptop's database"))
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("-o,--output", *out, tr("The packet file to write"))->required();
        auto passphrase = text();
        add_passphrase(cmd, passphrase);
        cmd->callback([db, out, passphrase] {
            const auto s = CompetitionSession::open(*db);
            const std::string bytes = export_packet(s, given_passphrase(*passphrase));
            write_file_atomically(*out, bytes);
            const PacketContents carried = packet_contents(s);
            std::cout << format(tr("wrote %s: %s marks, sealed %s (%s bytes)"),
                                {*out, std::to_string(carried.marks), carried.seal,
                                 std::to_string(bytes.size())})
                      << "\n";
        });
    }
    {
        auto* cmd = packet->add_subcommand(
            "import", tr("Merge laptops' packets into the master (all or nothing)"));
        auto db = text();
        auto files = std::make_shared<std::vector<std::string>>();
        LoginOptions login;
        cmd->add_option("DB", *db, tr("The master's database"))
            ->required()
            ->check(CLI::ExistingFile);
        cmd->add_option("FILE", *files, tr("Packet files"))->required()->check(CLI::ExistingFile);
        login.add_to(cmd);
        cmd->callback([db, files, login] {
            auto s = CompetitionSession::open(*db);
            const Login who = login.log_in(s);
            std::vector<PacketFile> given;
            for (const std::string& f : *files)  // each read when its turn comes
                given.push_back(
                    {f, {}, [f] { return read_file_bytes(f, exchange::kMaxPacketBytes); }});
            try {
                for (const PacketImport& r : import_packets(s, who, given)) {
                    std::cout << r.file << ": ";
                    if (r.records > 0 && !r.seal.empty())
                        std::cout << format(tr("%s new records (%s entries) from %s, sealed %s"),
                                            {std::to_string(r.records), std::to_string(r.entries),
                                             r.device_name, r.seal})
                                  << "\n";
                    else if (r.records > 0)
                        std::cout << format(tr("%s new records (%s entries) from %s"),
                                            {std::to_string(r.records), std::to_string(r.entries),
                                             r.device_name})
                                  << "\n";
                    else
                        std::cout << r.note << "\n";
                    for (const std::string& line : r.replaced) std::cout << "  " << line << "\n";
                }
            } catch (const PacketRefused& e) {
                for (const std::string& reason : e.reasons()) std::cerr << reason << "\n";
                throw std::runtime_error(tr("nothing was imported"));
            }
        });
    }
}

}  // namespace

void add_laptop_commands(CLI::App& app) {
    add_kit(app);
    add_packet(app);
}

}  // namespace plumb::cli
