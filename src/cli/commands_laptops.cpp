// plumb kit export|import, plumb packet export|import: laptops and the master.
#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "cli/login.h"
#include "exchange/envelope.h"
#include "io/file_bytes.h"
#include "services/judge_kit.h"
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
                    "The kit's passphrase, printed when the kit was made (or "
                    "PLUMB_KIT_PASSPHRASE in the environment)");
}

std::string given_passphrase(const std::string& option) {
    if (!option.empty()) return option;
    const char* env = std::getenv("PLUMB_KIT_PASSPHRASE");
    if (env && *env) return env;
    throw std::runtime_error(
        "give the kit's passphrase with --passphrase (or in PLUMB_KIT_PASSPHRASE)");
}

void add_kit(CLI::App& app) {
    auto* kit = app.add_subcommand("kit", "Judge kits: from the master to a laptop");
    kit->require_subcommand(1);
    {
        auto* cmd = kit->add_subcommand(
            "export",
            "Register a laptop and write its kit: the event, its judges, blinded contestants");
        auto db = text(), event = text(), device = text(), out = text();
        LoginOptions login;
        cmd->add_option("DB", *db, "The master's database")->required()->check(CLI::ExistingFile);
        cmd->add_option("--event", *event, "Event code")->required();
        cmd->add_option("--device", *device, "A name for the laptop, e.g. \"bricklaying 1\"")
            ->required();
        cmd->add_option("-o,--output", *out, "The kit file to write")->required();
        auto judges = std::make_shared<std::vector<std::string>>();
        cmd->add_option("--judges", *judges,
                        "The judges who score on this laptop, e.g. J01,J03 (all of the event's "
                        "when omitted)")
            ->delimiter(',');
        login.add_to(cmd);
        cmd->callback([db, event, device, out, judges, login] {
            auto s = CompetitionSession::open(*db);
            const KitExport k = export_kit(s, login.log_in(s), *event, *device, *judges);
            write_file_atomically(*out, k.bytes);
            std::cout << "registered " << *device << " (" << k.device_id << ") for " << *event
                      << "; wrote " << *out << ": " << k.contestants << " contestants, " << k.judges
                      << " judges\n"
                      << "master key " << k.master_fingerprint
                      << " (the laptop shows it on import)\n"
                      << "passphrase: " << k.passphrase << "\n"
                      << "give the passphrase apart from the kit file: the laptop needs it to "
                         "import the kit and to sign its packets\n";
        });
    }
    {
        auto* cmd = kit->add_subcommand("import", "Create a laptop's database from a judge kit");
        auto db = text(), file = text();
        cmd->add_option("NEWDB", *db, "The laptop's database file to create")->required();
        cmd->add_option("FILE", *file, "The kit file")->required()->check(CLI::ExistingFile);
        auto passphrase = text();
        add_passphrase(cmd, passphrase);
        cmd->callback([db, file, passphrase] {
            const KitImport k =
                import_kit(*db, read_file_bytes(*file, exchange::kMaxKitBytes),
                           given_passphrase(*passphrase), cli_actor());
            std::cout << "created " << *db << " for " << k.device_name << ": " << k.event << " of "
                      << k.competition_name << ", " << k.contestants << " workstations\n"
                      << "master key " << k.master_fingerprint
                      << ": compare it with what the master printed\n";
        });
    }
}

void add_packet(CLI::App& app) {
    auto* packet = app.add_subcommand("packet", "Score packets: from a laptop to the master");
    packet->require_subcommand(1);
    {
        auto* cmd = packet->add_subcommand(
            "export", "Write every entry and audit record of this laptop, signed (cumulative)");
        auto db = text(), out = text();
        cmd->add_option("DB", *db, "The laptop's database")->required()->check(CLI::ExistingFile);
        cmd->add_option("-o,--output", *out, "The packet file to write")->required();
        auto passphrase = text();
        add_passphrase(cmd, passphrase);
        cmd->callback([db, out, passphrase] {
            const auto s = CompetitionSession::open(*db);
            const std::string bytes = export_packet(s, given_passphrase(*passphrase));
            write_file_atomically(*out, bytes);
            std::cout << "wrote " << *out << ": " << s.store().mark_count() << " marks, "
                      << s.store().audit_log().size() << " audit records (" << bytes.size()
                      << " bytes)\n";
        });
    }
    {
        auto* cmd = packet->add_subcommand(
            "import", "Merge laptops' packets into the master (all or nothing)");
        auto db = text();
        auto files = std::make_shared<std::vector<std::string>>();
        LoginOptions login;
        cmd->add_option("DB", *db, "The master's database")->required()->check(CLI::ExistingFile);
        cmd->add_option("FILE", *files, "Packet files")->required()->check(CLI::ExistingFile);
        login.add_to(cmd);
        cmd->callback([db, files, login] {
            auto s = CompetitionSession::open(*db);
            const Login who = login.log_in(s);
            std::vector<PacketFile> given;
            for (const std::string& f : *files)
                given.push_back({f, read_file_bytes(f, exchange::kMaxPacketBytes)});
            try {
                for (const PacketImport& r : import_packets(s, who, given)) {
                    std::cout << r.file << ": ";
                    if (r.records > 0)
                        std::cout << r.records << " new records (" << r.entries << " entries) from "
                                  << r.device_name << "\n";
                    else
                        std::cout << r.note << "\n";
                }
            } catch (const PacketRefused& e) {
                for (const std::string& reason : e.reasons()) std::cerr << reason << "\n";
                throw std::runtime_error("nothing was imported");
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
