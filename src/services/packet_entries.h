// Private to src/services: a score packet's records made ready to merge, on the thread that
// checks the packet (score_packet.cpp). Everything here needs the master's definition and
// roster only, never its database, so it runs while the packet before is being merged; what
// depends on the master's current state (sign-offs, a contestant's status, the lock) is
// checked when the record is merged.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/competition.h"
#include "exchange/packet.h"
#include "store/store.h"

namespace plumb {

// Who a laptop's token stands for here.
struct TokenOwner {
    std::string registration_no;
    std::string workstation;
};
using TokenMap = std::map<std::string, TokenOwner>;  // the laptop's blinded token -> owner

// The device's blinded tokens of the event's contestants (blinding key `key`, none when empty).
TokenMap token_map(const std::string& key, const std::vector<Contestant>& contestants,
                   const std::string& device, const std::string& event);

// One record from the laptop's kit.import on, as the merge takes it.
struct PacketEntry {
    AuditRecord record;
    bool logged = false;  // a log action (only marks pass): checked as one, counted as an entry
    std::string registration_no, workstation;  // a mark's contestant here
    std::string uuid, judge, aspect;           // a mark's own fields, for the rules and messages
    std::string value, reason;
    std::optional<std::string> refused;        // why the master would not take it as a mark
    std::optional<std::string> uncorrected;    // a changed value without a reason: why refused
};

// What checking a packet's records needs of the master.
struct EntryRules {
    const Competition& competition;
    std::string event;        // the laptop's kit's event
    std::string device_name;  // for messages
    const TokenMap& tokens;
};

// The records from `start` on, each checked against the master's definition as a mark the
// master would take (a known judge of the event, aspect and value, one of the laptop's
// contestants), and against the laptop's earlier values of the same cell (a changed value needs
// a reason). A refusal is kept with its record, not thrown: only new records must pass.
std::vector<PacketEntry> prepare_entries(const EntryRules& rules,
                                         const std::vector<exchange::PacketRecord>& records,
                                         std::size_t start);

}  // namespace plumb
