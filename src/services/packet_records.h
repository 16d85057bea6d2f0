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
    AuditRecord a;
    a.uuid = r.uuid;
    a.device = r.device;
    a.actor = r.actor;
    a.at = r.at;
    a.action = r.action;
    a.subject = r.subject;
    a.payload = r.payload;
    a.prev_hash = r.prev_hash;
    a.hash = r.hash;
    return a;
}

inline const Device* find_device(const std::vector<Device>& devices, const std::string& id) {
    for (const Device& d : devices)
        if (d.id == id) return &d;
    return nullptr;
}

}  // namespace plumb
