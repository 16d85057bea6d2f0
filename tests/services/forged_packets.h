// What the holder of a laptop (its database, kit and passphrase) can make of its packets: the
// content read back, edited, and signed again with the laptop's own key.
#pragma once

#include <cstdint>
#include <string>

#include "exchange/envelope.h"
#include "exchange/packet.h"
#include "laptops_fixture.h"
#include "services/signing.h"
#include "store/store.h"

namespace plumb::test {

// The content of a packet file.
inline exchange::Packet packet_content(const std::string& bytes) {
    const exchange::Envelope env = exchange::open_envelope(bytes, exchange::FileKind::Packet);
    return exchange::read_packet_archive(env.archive, env.version);
}

// The record's hash recomputed from its fields, as an edited record would carry.
inline void rehash(exchange::PacketRecord& r) {
    r.hash = audit_hash(
        AuditRecord{0, r.uuid, r.device, r.actor, r.at, r.action, r.subject, r.payload,
                    r.prev_hash, {}});
}

// `p` as a packet file of `format`, signed with the laptop's key.
inline std::string resigned(const Laptop& l, const exchange::Packet& p,
                            std::uint32_t format = exchange::kPacketVersion) {
    return exchange::seal(exchange::FileKind::Packet, p.competition, p.device,
                          laptop_key(l.session->store(), l.passphrase).secret_hex,
                          exchange::packet_archive(p, format), format);
}

}  // namespace plumb::test
