// What a laptop may bring to the master, and the checks a packet's records pass before any is
// replayed: its kit's setup first, then only marks, sign-offs and reopenings by the kit's
// judges for the kit's event (and the laptop's own log-in records, which count there only),
// done by whom the rules allow, with reasons of one line, none dated later than the master's
// clock allows. docs/packets.md, "What a laptop can do".
#pragma once

#include <chrono>
#include <set>
#include <string>
#include <vector>

#include "exchange/packet.h"

namespace plumb {

struct LaptopAuthority {
    std::string master;             // this database's device id
    std::string event;              // the kit's event
    std::string device_name;        // the laptop's name, as its kit was made for it
    std::set<std::string> judges;   // the kit's judges
    std::string chief;  // the chief judge its kit carried ("" none; older kits: the event's now)
    // With roles on here, each record must be by one of its judges as they may act: a mark by
    // its judge, the chief, or (an aspect not in `judged`) any of them; a sign-off by its
    // judge; a reopening by the chief. (A kit made before the PINs: its laptop logs nobody in.)
    bool logins = false;
    bool kit_without_pins = false;  // its kit carried no PIN: nobody logged in on the laptop
    std::set<std::string> judged;  // the event's judgement aspects: each judge's own score
    // The hash of the laptop's last record the master holds ("" for none): the records up to it
    // passed these checks when they were merged, under the authority of the day (a chief judge
    // since replaced), and are not checked again.
    std::string merged_head;
};

// How far ahead of the master's clock a laptop's record may be dated.
inline constexpr std::chrono::minutes kClockTolerance{10};

// Refuses (PacketAuthorityError with the reason) a packet whose records go beyond the
// laptop's authority; `now` is the master's time in the audit log's form. Returns the index of
// the first record after the kit's setup.
class PacketAuthorityError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};
std::size_t check_authority(const LaptopAuthority& authority,
                            const std::vector<exchange::PacketRecord>& records,
                            const std::string& now);

// Whether a replayed record's action is one that only the laptop itself cares about (its
// log-in records): kept with the chain, never counted on the master.
bool laptop_only(const std::string& action);

// The audit log's UTC time `ahead` from now ("2026-12-06T10:00:00.000Z").
std::string utc_in(std::chrono::minutes ahead);

}  // namespace plumb
