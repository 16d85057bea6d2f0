// Private to src/services: audit records as packets carry them, and the registered device a
// packet names (score_packet.cpp, packet_export.cpp, packet_verify.cpp).
#pragma once

#include <string>
#include <vector>

#include "exchange/packet.h"
#include "store/store.h"

namespace plumb {

inline exchange::PacketRecord to_packet(const AuditRecord& r) {
    return {r.uuid, r.device, r.actor, r.at, r.action, r.subject, r.payload, r.prev_hash, r.hash};
}

inline AuditRecord from_packet(const exchange::PacketRecord& r) {
    return {0,        r.uuid,    r.device,  r.actor,     r.at,
            r.action, r.subject, r.payload, r.prev_hash, r.hash};
}

inline const Device* find_device(const std::vector<Device>& devices, const std::string& id) {
    for (const Device& d : devices)
        if (d.id == id) return &d;
    return nullptr;
}

}  // namespace plumb
