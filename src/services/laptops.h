// What the console shows about laptops: a laptop's own identity (from its kit), the laptops the
// master registered with the latest packet of each, and what a laptop's next packet carries.
// Reading only; registering a laptop and merging packets are gate actions (judge_kit.h,
// score_packet.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "services/competition_session.h"

namespace plumb {

// A laptop's database (made from a kit): its name, its event, its master and its judges.
struct LaptopIdentity {
    std::string device_name;
    std::string event;
    std::string master;               // the master's device id
    std::vector<std::string> judges;  // the judges the kit brought, in the competition's order
};
// nullopt on a master (a database not made from a kit).
std::optional<LaptopIdentity> laptop_identity(const CompetitionSession& session);

// A laptop registered on the master by its kit, with what its packets brought so far.
struct RegisteredLaptop {
    std::string device_id;
    std::string name;
    std::string event;
    std::vector<std::string> judges;  // its kit's judges (kits made before the list: the event's)
    std::string registered_at;        // ISO 8601 UTC
    int packets = 0;                  // packets that added records
    std::int64_t records = 0;         // records they added
    std::string latest_packet_at;     // when the latest was received; "" before the first
    std::string retired_at;           // ISO 8601 UTC; "" while in service (laptop_retire.h)
};
// In the order they were registered.
std::vector<RegisteredLaptop> registered_laptops(const CompetitionSession& master);

// What a laptop's packet carries: all it ever recorded (packets are cumulative).
struct PacketContents {
    std::int64_t marks = 0;      // mark entries, corrections included
    std::int64_t records = 0;    // audit records
    std::string latest_mark_at;  // ISO 8601 UTC; "" before the first mark
    std::string seal;            // audit_seal() of the laptop's trail as exported
};
PacketContents packet_contents(const CompetitionSession& laptop);

// A file name for a laptop's packet: its name and a time stamp such as "20191018-1130", e.g.
// "brick 1-20191018-1130.packet"; characters a USB stick's file system (FAT) refuses become '_'.
std::string packet_file_name(const std::string& device_name, const std::string& stamp);

}  // namespace plumb
