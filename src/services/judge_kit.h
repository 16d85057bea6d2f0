// Judge kits: the master registers a laptop and hands it the event's definition, judges and
// blinded contestants; the laptop's database is created from the kit (docs/packets.md).
#pragma once

#include <filesystem>
#include <string>

#include "services/gate.h"

namespace plumb {

struct KitExport {
    std::string bytes;       // what was written to the kit file
    std::string passphrase;  // opens the laptop's key: given apart from the file
    std::string device_id;
    std::string device_fingerprint;  // of the laptop's public key
    std::string master_fingerprint;  // what the laptop shows on import, to compare
    int contestants = 0;
    int judges = 0;
};

// Registers laptop `device_name` on the master and writes its kit for `event` to `kit_file`
// (Act::ExportKit: the organiser): the laptop's new key pair (the master keeps only the public
// half), the competition's source texts, the event's judges with their PIN hashes and chief
// judge, and its active contestants as blinded tokens and workstations only. Refused on a
// laptop's database, for a locked event, a name already registered (a retired laptop's too),
// or while a contestant of the event has no workstation; a kit file that cannot be written
// registers nothing (services/export_commit.h). `judges`: the judges who score on the laptop (its
// authority: only their PIN hashes go into the kit, only their marks and sign-offs come back);
// empty: all of the event's judges.
KitExport export_kit(CompetitionSession& master, const Login& by, const std::string& event,
                     const std::string& device_name, const std::filesystem::path& kit_file,
                     const std::vector<std::string>& judges = {});

struct KitImport {
    std::string device_name;
    std::string event;
    std::string competition_name;
    std::string master_fingerprint;
    int contestants = 0;
};

// What a kit holds once its passphrase opens it (the laptop's name, event, competition and the
// master's fingerprint to compare), creating nothing: the console shows it before asking where
// the laptop's database goes. Refused as import_kit() refuses the kit.
KitImport read_kit(const std::string& kit_bytes, const std::string& passphrase);

// Creates a laptop's database at `db` (which must not exist) from a kit file's bytes and its
// passphrase. Refused, creating nothing, for anything but an intact kit signed by the master it
// names, or a passphrase that does not open it.
KitImport import_kit(const std::filesystem::path& db, const std::string& kit_bytes,
                     const std::string& passphrase, const Actor& actor);

// The master's device id when `store` is a laptop's database (made from a kit).
std::optional<std::string> master_of(const Store& store);
// The event a registered laptop scores ("kit:<device>" on the master).
std::optional<std::string> kit_event(const Store& master, const std::string& device);
// Whether a kit was made for `event` for a laptop in service: its laptops then know
// contestants by its workstations.
bool kits_made_for(const Store& master, const std::string& event);
// Whether a kit for `event` for a laptop in service named the contestant: its laptop finds them
// at the workstation the kit gave.
bool named_in_a_kit(const Store& master, const std::string& event,
                    const std::string& registration_no);

}  // namespace plumb
