// What a score packet carries from a laptop to the master: the laptop's audit chain from its
// kit's import on, cumulative (docs/packets.md). Format 2 (written now) carries the records
// alone, in a binary archive: each log entry is its record's payload. Format 1 (still read)
// carried the whole chain, the kit's setup included, and every entry again, as text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/entries.h"

namespace plumb::exchange {

// An audit record as the laptop wrote it (the fields of plumb::AuditRecord but its seq).
struct PacketRecord {
    std::string uuid;
    std::string device;
    std::string actor;
    std::string at;
    std::string action;
    std::string subject;
    std::string payload;
    std::string prev_hash;
    std::string hash;
};

struct Packet {
    std::string competition;  // the master's device id
    std::string device;       // the laptop's
    std::string device_name;
    std::string event;
    std::string made_at;
    std::string seal;  // format 2: the laptop's audit seal when it was made (services/seal.h)
    // The laptop's chain, oldest first: from its "kit.import" record in format 2, from its
    // first record in format 1.
    std::vector<PacketRecord> records;
    // Format 1 only: the entries the records vouch for, naming contestants by their tokens.
    std::vector<MarkEntry> marks;
    std::vector<TheoryEntry> theory;
    std::vector<TimingEntry> timings;
    std::vector<StatusEntry> statuses;
};

// The packet's content in `format` (1 or 2; envelope.h kPacketVersion is the one written).
std::string packet_archive(const Packet& packet, std::uint32_t format);
// Throws ContentError (exchange/content_error.h) for anything that is not a whole packet of
// `format`.
Packet read_packet_archive(const std::string& archive, std::uint32_t format);

}  // namespace plumb::exchange
