// Private to src/services: which device each judge's current value came from, kept as a
// packet import merges, so that a packet's mark replacing another device's value is said in the
// import's outcome (score_packet.cpp).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "services/packet_entries.h"
#include "store/store.h"

namespace plumb {

// Each judge's current value of each cell and the device it came from, per event, read once
// per import and kept current as packets are merged: a packet's mark that replaces another
// device's value is said in the import's outcome. Cells are keyed by a 64-bit
// hash of judge, contestant and aspect (a merge keeps 100,000 of them; a collision could at
// worst word one needless note).
struct Cells {
    struct Value {
        std::string value;
        int device = -1;  // index in `devices`
    };
    std::map<std::string, std::unordered_map<std::uint64_t, Value>> of_event;
    std::vector<std::string> devices;  // ids
    std::map<std::string, std::string> device_names;

    static std::uint64_t key(const std::string& judge, const std::string& registration_no,
                             const std::string& aspect) {
        std::uint64_t h = 14695981039346656037ull;  // FNV-1a
        for (const std::string* part : {&judge, &registration_no, &aspect}) {
            for (const unsigned char ch : *part) h = (h ^ ch) * 1099511628211ull;
            h = (h ^ 0xffu) * 1099511628211ull;  // a byte no text holds, between the parts
        }
        return h;
    }
    // The index of device `id` in `devices`, added when new.
    int device(const std::string& id);
    // The event's cells, read from the store the first time.
    std::unordered_map<std::uint64_t, Value>& event(const Store& store, const std::string& code);
};

// Keeps the cell's value current; a value of another device replaced is noted, whatever the
// laptop's reason (given for its own earlier value, never for the one it replaced).
// `cells` are the packet's event's, `from` its device (Cells::device),
// `laptop` its name; a note is added to `replaced`.
void note_replaced(const Cells& known, std::unordered_map<std::uint64_t, Cells::Value>& cells,
                   int from, const std::string& laptop, const PacketEntry& e,
                   std::vector<std::string>& replaced);

}  // namespace plumb
