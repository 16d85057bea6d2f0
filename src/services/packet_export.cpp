// Making a laptop's score packet: its chain from the kit's import on, sealed and signed.
#include "core/translate.h"
#include "exchange/envelope.h"
#include "exchange/packet.h"
#include "services/judge_kit.h"
#include "services/packet_records.h"
#include "services/score_packet.h"
#include "services/seal.h"
#include "services/settings_keys.h"
#include "services/signing.h"

namespace plumb {

using exchange::FileKind;

std::string export_packet(const CompetitionSession& laptop, const std::string& passphrase) {
    const Store& store = laptop.store();
    const auto master = master_of(store);
    if (!master)
        throw ActionError(
            tr("this database was not made from a judge kit: score packets come from judges' "
               "laptops"));
    const std::optional<DeviceKey> key = laptop_key(store, passphrase);
    exchange::Packet p;
    p.competition = *master;
    p.device = store.device_id();
    p.device_name = store.setting(keys::kDeviceName).value_or("");
    p.event = store.setting(keys::kKitEvent).value_or("");
    p.made_at = utc_now();
    // The chain from the kit's import on (what came before is the laptop's copy of its kit,
    // which the master made), and the seal of the state it was read in.
    const std::vector<AuditRecord> log = store.audit_log();
    bool from_kit = false;
    for (const AuditRecord& r : log) {
        if (r.device != p.device)
            throw ActionError(format(tr("this database holds records of device %s: only a "
                                        "laptop's own records go into its packet"),
                                     {r.device}));
        from_kit = from_kit || r.action == "kit.import";
        if (from_kit) p.records.push_back(to_packet(r));
    }
    if (!from_kit)
        throw ActionError(tr("this database holds no record of its judge kit being imported"));
    p.seal = audit_seal(store, static_cast<std::int64_t>(log.size()));
    return exchange::seal(FileKind::Packet, p.competition, p.device, key->secret_hex,
                          exchange::packet_archive(p, exchange::kPacketVersion));
}

}  // namespace plumb
