// What a score packet carries from a laptop to the master: the laptop's whole audit chain and
// every entry of its logs, cumulative (docs/packets.md).
#pragma once

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
    std::vector<PacketRecord> records;  // the laptop's chain, oldest first
    std::vector<MarkEntry> marks;       // entries name contestants by their blinded tokens
    std::vector<TheoryEntry> theory;
    std::vector<TimingEntry> timings;
    std::vector<StatusEntry> statuses;
};

std::string packet_archive(const Packet& packet);
// Throws ContentError (exchange/content_error.h) for anything that is not a whole packet.
Packet read_packet_archive(const std::string& archive);

}  // namespace plumb::exchange
