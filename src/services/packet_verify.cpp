// Checking packets again after they were imported: on the master, every kept packet against
// the audit log; on a laptop, one of its own packets against its database.
#include <map>
#include <set>

#include "core/translate.h"
#include "exchange/content_error.h"
#include "exchange/envelope.h"
#include "exchange/packet.h"
#include "services/packet_records.h"
#include "services/score_packet.h"
#include "services/seal.h"

namespace plumb {

using exchange::FileKind;

std::optional<std::vector<std::string>> packet_held_problems(const CompetitionSession& laptop,
                                                             const std::string& bytes,
                                                             std::string& seal) {
    const Store& store = laptop.store();
    exchange::Envelope env;
    try {
        env = exchange::open_envelope(bytes, FileKind::Packet);
    } catch (const exchange::EnvelopeError& e) {
        if (bytes.rfind("\x89PLBPKT\n", 0) != 0) return std::nullopt;  // not a packet
        return std::vector<std::string>{format(tr("the packet cannot be read: %s"), {e.what()})};
    }
    std::vector<std::string> problems;
    if (env.device != store.device_id())
        return std::vector<std::string>{
            format(tr("the packet was made by device %s, not by this database (%s)"),
                   {env.device, store.device_id()})};
    const auto key = store.setting("signing.public");
    if (!key || !exchange::signed_by(bytes, *key))
        problems.push_back(tr("the packet is not signed with this laptop's key"));
    exchange::Packet packet;
    try {
        packet = exchange::read_packet_archive(env.archive, env.version);
    } catch (const exchange::ContentError& e) {
        problems.push_back(format(tr("the packet cannot be read: %s"), {e.what()}));
        return problems;
    }
    int missing = 0, changed = 0;
    for (const exchange::PacketRecord& r : packet.records) {
        const auto here = store.audit_record(r.uuid);
        missing += !here;
        changed += here && (here->hash != r.hash || here->device != r.device);
    }
    if (missing > 0)
        problems.push_back(format(tr("%s of the packet's records are no longer in this database"),
                                  {std::to_string(missing)}));
    if (changed > 0)
        problems.push_back(format(tr("%s of the packet's records differ in this database"),
                                  {std::to_string(changed)}));
    seal = packet.seal;
    if (!seal.empty())
        if (const std::string why = seal_problem(store, seal); !why.empty())
            problems.push_back(why);
    return problems;
}

std::vector<std::string> verify_packets(const CompetitionSession& master) {
    const Store& store = master.store();
    std::vector<std::string> problems;
    const std::vector<Device> devices = store.devices();
    // Record (device and uuid) -> the hashes kept packets brought for it: a record of one
    // laptop never answers for another's, and a record a packet brought but the master left
    // out (a format 1 packet's setup) never makes one that is here look changed.
    std::map<std::string, std::set<std::string>> brought;
    const auto key = [](const std::string& device, const std::string& uuid) {
        return device + "/" + uuid;
    };
    std::map<std::string, std::string> here;  // record uuid -> hash, in the audit log
    const std::vector<AuditRecord> log = store.audit_log();
    std::map<std::int64_t, const AuditRecord*> at;      // seq -> record
    std::map<std::string, std::int64_t> packet_record;  // packet hash -> its "packet" record
    for (const AuditRecord& r : log) {
        here[r.uuid] = r.hash;
        at[r.seq] = &r;
        if (r.action == "packet" && r.device == store.device_id()) packet_record[r.subject] = r.seq;
    }
    // The records a packet added lie right before its own "packet" record: received together,
    // then kept. Checked by place, so records moved across devices (a master's correction
    // swapped with the laptop's later one, to make it current) are found.
    std::set<std::int64_t> placed;
    for (const ReceivedPacket& p : store.packets()) {
        const std::string label = "packet " + std::to_string(p.seq) + " (" + p.hash + ")";
        try {
            const exchange::Envelope env = exchange::open_envelope(p.bytes, FileKind::Packet);
            if (env.hash != p.hash || env.device != p.device)
                problems.push_back(label + ": its file is not the one recorded");
            const Device* d = find_device(devices, p.device);
            if (!d || !exchange::signed_by(p.bytes, d->public_key)) {
                problems.push_back(label +
                                   ": its signature is not valid for the key registered "
                                   "for device " +
                                   p.device);
                continue;
            }
            const exchange::Packet packet =
                exchange::read_packet_archive(env.archive, env.version);
            int missing = 0, changed = 0;
            bool kept = false;              // records before the kit's import stay on the laptop
            std::set<std::string> carried;  // "uuid hash" of this packet's records
            for (const auto& r : packet.records) {
                if (r.device != p.device) continue;  // refused on import; never vouches
                brought[key(r.device, r.uuid)].insert(r.hash);
                carried.insert(r.uuid + " " + r.hash);
                kept = kept || r.action == "kit.import";
                if (!kept) continue;
                const auto it = here.find(r.uuid);
                missing += it == here.end();
                changed += it != here.end() && it->second != r.hash;
            }
            const auto record = packet_record.find(p.hash);
            for (std::int64_t k = 1; record != packet_record.end() && k <= p.records; ++k) {
                const std::int64_t seq = record->second - k;
                const auto r = at.find(seq);
                if (r == at.end()) continue;  // missing: the chain check says so
                placed.insert(seq);
                if (r->second->device != p.device ||
                    !carried.count(r->second->uuid + " " + r->second->hash))
                    problems.push_back("audit record " + std::to_string(seq) + " is not one " +
                                       label + " brought there (records were moved)");
            }
            // Records cut from the master after the packet brought them.
            if (missing > 0)
                problems.push_back(label + ": " + std::to_string(missing) +
                                   " of its records are no longer in the audit log");
            if (changed > 0)
                problems.push_back(label + ": " + std::to_string(changed) +
                                   " of its records differ in the audit log");
        } catch (const std::exception& e) {
            problems.push_back(label + ": " + e.what());
        }
    }
    for (const AuditRecord& r : log) {
        if (r.device == store.device_id()) continue;
        if (!placed.count(r.seq))
            problems.push_back("audit record " + std::to_string(r.seq) + " of device " + r.device +
                               " is not where a kept packet put it (records were moved)");
        const auto it = brought.find(key(r.device, r.uuid));
        if (it == brought.end())
            problems.push_back("audit record " + std::to_string(r.seq) + " of device " + r.device +
                               " came in no packet kept here");
        else if (!it->second.count(r.hash))
            problems.push_back("audit record " + std::to_string(r.seq) + " of device " + r.device +
                               " differs from the packet that brought it");
    }
    return problems;
}

}  // namespace plumb
