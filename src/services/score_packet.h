// Score packets: a laptop's whole log, signed, merged into the master (docs/packets.md).
#pragma once

#include <optional>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "services/gate.h"

namespace plumb {

// The laptop's packet: every audit record and log entry it holds, signed with its key, which
// the kit's passphrase opens. Refused on a database that was not made from a judge kit, or
// when the passphrase does not open the key. Writes nothing.
std::string export_packet(const CompetitionSession& laptop, const std::string& passphrase);

// One file given to import_packets().
struct PacketFile {
    std::string name;  // for messages
    std::string bytes;
    // When set, gives the bytes when the file's turn comes (`bytes` is then not used): a file
    // is read only once the one before it was checked, so that no more than two files are in
    // memory at once, however many are given. What it throws refuses the file.
    std::function<std::string()> read;
};

struct PacketImport {
    std::string file;
    std::string device_name;
    std::string event;
    int records = 0;   // records new here
    int entries = 0;   // log entries among them
    std::string seal;  // the laptop's seal when it made the packet (format 2; empty before)
    std::string note;  // why nothing was added (already imported, an older packet)
    // Its marks that replaced a judge's value entered on another device (the master's console,
    // another laptop), with or without the laptop's reason: taken, as the later value, and said
    // here.
    std::vector<std::string> replaced;
};

// Every reason the files were refused, one per line; the master is left unchanged.
class PacketRefused : public ActionError {
public:
    explicit PacketRefused(std::vector<std::string> reasons);
    const std::vector<std::string>& reasons() const { return reasons_; }

private:
    std::vector<std::string> reasons_;
};

// Merges packets into the master, all or nothing: each is checked (size, magic, version, hash,
// competition, registered device, its key and signature, its content) before anything is
// written. Entries are identified by uuid, so a packet imported twice, or an older packet of a
// laptop after a newer one, adds nothing.
// Act::ImportPackets: the organiser, or the chief judge of each packet's event; every mark a
// packet adds obeys the master's rules (the event not locked, the contestant competing, the
// judge's sheet not signed off, counting the packet's own sign-offs in order).
std::vector<PacketImport> import_packets(CompetitionSession& master, const Login& by,
                                         const std::vector<PacketFile>& files);

// `plumb audit verify LAPTOP --against FILE` for a score packet: what keeps the laptop's
// database from holding what its packet carries (empty: it holds it). The packet must be this
// database's own, signed with its key; every record it carries must be here, unchanged; and the
// seal it carries (format 2, given back in `seal`) must hold. nullopt when `bytes` is not a
// score packet at all.
std::optional<std::vector<std::string>> packet_held_problems(const CompetitionSession& laptop,
                                                             const std::string& bytes,
                                                             std::string& seal);

// Checks every kept packet again: its hash, its signature by the registered key, and that each
// record it brought is still here unchanged; and that every record of another device came in
// some kept packet. One line per problem.
std::vector<std::string> verify_packets(const CompetitionSession& master);

}  // namespace plumb
