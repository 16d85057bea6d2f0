// Making a laptop's score packet, and checking and merging packets into the master.
#include "services/score_packet.h"

#include <future>
#include <map>
#include <optional>
#include <set>

#include "core/translate.h"
#include "exchange/content_error.h"
#include "exchange/envelope.h"
#include "exchange/packet.h"
#include "services/code_list.h"
#include "services/judge_kit.h"
#include "services/marks.h"
#include "services/packet_authority.h"
#include "services/settings_keys.h"
#include "services/signing.h"
#include "store/blinding.h"
#include "store/payload.h"

namespace plumb {

using exchange::FileKind;

namespace {

exchange::PacketRecord to_packet(const AuditRecord& r) {
    return {r.uuid, r.device, r.actor, r.at, r.action, r.subject, r.payload, r.prev_hash, r.hash};
}

AuditRecord from_packet(const exchange::PacketRecord& r) {
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

// A packet that passed every check of its envelope and content, waiting to be merged.
struct Checked {
    const PacketFile* file;
    exchange::Envelope envelope;
    exchange::Packet packet;
    Device device;
    std::string event;
};

// Refusal of one file, before anything is written.
struct Refusal {
    std::string reason;
};

// One file checked: its content ready to merge, or why it is refused.
struct Outcome {
    std::optional<Checked> checked;
    std::optional<std::string> refusal;
    PacketImport summary;
};

const Device* find_device(const std::vector<Device>& devices, const std::string& id) {
    for (const Device& d : devices)
        if (d.id == id) return &d;
    return nullptr;
}

// What checking a file needs of the master, read once: files are then checked on another
// thread while the ones before them are merged.
struct Known {
    std::string competition;  // this database's device id
    std::vector<Device> devices;
    std::map<std::string, std::string> events;  // device id -> the event of its kit
    std::map<std::string, LaptopAuthority> authority;  // device id -> what it may bring
    std::set<std::string> kept;                 // hashes of the packets imported already
    std::string latest;                         // no record may be dated after this
};

Known what_is_known(const CompetitionSession& master) {
    const Store& store = master.store();
    Known k{store.device_id(), store.devices(), {}, {}, store.packet_hashes(),
            utc_in(kClockTolerance)};
    for (const Device& d : k.devices) {
        const std::string event = kit_event(store, d.id).value_or("");
        k.events[d.id] = event;
        LaptopAuthority& a = k.authority[d.id];
        a.master = k.competition;
        a.event = event;
        a.chief = store.event_state(event).chief_judge;
        const auto listed = store.setting(keys::kit_judges(d.id));
        for (const Judge& j : master.competition().judges)  // kits before the list: all of them
            if (j.judges(event) && (!listed || listed_code(*listed, j.code))) a.judges.insert(j.code);
    }
    return k;
}

// Checks a file up to its content; nullopt for a packet already imported (noted in `out`).
std::optional<Checked> check_file(const Known& known, const PacketFile& file, PacketImport& out) {
    exchange::Envelope env;
    try {
        env = exchange::open_envelope(file.bytes, FileKind::Packet);
    } catch (const exchange::EnvelopeError& e) {
        throw Refusal{e.what()};
    }
    if (env.competition != known.competition)
        throw Refusal{"it belongs to another competition (its master is " + env.competition +
                      "; this database is " + known.competition + ")"};
    if (env.device == known.competition) throw Refusal{"it was made by this database itself"};
    const Device* device = find_device(known.devices, env.device);
    if (!device || device->public_key.empty())
        throw Refusal{"it comes from device " + env.device +
                      ", which is not registered here (a laptop is registered when its kit is made)"};
    out.device_name = device->name;
    if (device->public_key != env.public_key)
        throw Refusal{"it is signed with a key that is not the one registered for " + device->name};
    if (!exchange::signed_by(file.bytes, device->public_key))
        throw Refusal{"its signature is not valid for " + device->name +
                      " (the file was changed after it was signed)"};
    if (known.kept.count(env.hash)) {
        out.note = "already imported; nothing to add";
        return std::nullopt;
    }
    Checked c{&file, std::move(env), {}, *device, known.events.at(device->id)};
    try {
        c.packet = exchange::read_packet_archive(c.envelope.archive);
    } catch (const exchange::ContentError& e) {
        throw Refusal{e.what()};
    }
    std::string().swap(c.envelope.archive);  // read; the file's bytes stay for keeping
    if (c.packet.competition != c.envelope.competition || c.packet.device != c.envelope.device)
        throw Refusal{"its content names another competition or device than its envelope"};
    if (c.packet.event != c.event)
        throw Refusal{"it is for event '" + c.packet.event + "', but " + device->name +
                      " was given a kit for '" + c.event + "'"};
    out.event = c.event;
    const std::vector<exchange::PacketRecord>& records = c.packet.records;
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (records[i].device != c.envelope.device)
            throw Refusal{"its record " + records[i].uuid + " is another device's"};
        if (records[i].prev_hash != (i == 0 ? std::string() : records[i - 1].hash))
            throw Refusal{"its records do not form one chain (at record " + records[i].uuid + ")"};
    }
    try {
        check_authority(known.authority.at(device->id), records, known.latest);
    } catch (const PacketAuthorityError& e) {
        throw Refusal{e.what()};
    }
    return c;
}

// The device's blinded tokens of the event's contestants, mapped to their numbers here.
std::map<std::string, std::string> token_map(const Store& store, const std::string& device,
                                             const std::string& event) {
    std::map<std::string, std::string> out;
    const auto key = store.setting(kBlindingKeySetting);
    if (!key) return out;
    for (const Contestant& c : store.contestants())
        if (c.event == event) out[blind_token(*key, device, c.registration_no)] = c.registration_no;
    return out;
}

// The entry a log record vouches for, checked against the master's definition.
ReceivedEntry entry_for(const CompetitionSession& master, const Checked& c, const AuditRecord& r,
                        const std::map<std::string, ReceivedEntry>& entries,
                        const std::map<std::string, std::string>& tokens, std::string& reg_no) {
    const std::string uuid = field(parse_payload(r.payload), "uuid");
    const auto found = entries.find(uuid);
    if (found == entries.end())
        throw Refusal{"its '" + r.action + "' record " + r.uuid + " comes without its entry"};
    const std::string token = std::visit(
        [](const auto& e) -> std::string {
            if constexpr (std::is_same_v<std::decay_t<decltype(e)>, std::monostate>)
                return {};
            else
                return e.registration_no;
        },
        found->second);
    const auto mapped = tokens.find(token);
    if (mapped == tokens.end())
        throw Refusal{"its entry " + uuid + " names a contestant (" + token +
                      ") that is not one of " + c.device.name + "'s"};
    reg_no = mapped->second;
    if (const auto* m = std::get_if<MarkEntry>(&found->second)) {
        if (m->event != c.event)
            throw Refusal{"its mark " + uuid + " is for event '" + m->event + "'"};
        const Judge* j = master.competition().find_judge(m->judge);
        if (!j || !j->judges(c.event))
            throw Refusal{"its mark " + uuid + " is by " + m->judge + ", not a judge of " +
                          c.event};
        if (!master.event(c.event).scheme.find_aspect(m->aspect))
            throw Refusal{"its mark " + uuid + " is for aspect '" + m->aspect + "', unknown in " +
                          c.event};
    }
    return found->second;
}

template <class Entry>
void index_entries(const std::vector<Entry>& list, std::map<std::string, ReceivedEntry>& out) {
    for (const Entry& e : list) out.emplace(e.uuid, e);
}

bool is_log_action(const std::string& action) {
    return action == "mark" || action == "theory" || action == "timing" || action == "status";
}

// The replayed record's sign-off or reopen, kept current in the action so that a mark after
// a sign-off in the same packet is refused as it would be on the master.
void replay_sheet(Action& action, const AuditRecord& r) {
    if (r.action != "signoff" && r.action != "reopen") return;
    const PayloadFields f = parse_payload(r.payload);
    action.set_signed_off(field(f, "event"), field(f, "workstation"), field(f, "judge"),
                          r.action == "signoff");
}

// Writes one checked packet's new records through the action, each under the rules the master
// applies to its own entries; returns the summary.
void merge(Action& action, const Checked& c, PacketImport& out) {
    CompetitionSession& master = action.session();
    const Store& store = master.store();
    const auto& records = c.packet.records;
    const std::string head = store.audit_head(c.device.id);
    std::size_t first_new = 0;
    if (!head.empty()) {
        std::size_t i = 0;
        while (i < records.size() && records[i].hash != head) ++i;
        if (i == records.size()) {
            const auto last =
                records.empty() ? std::nullopt : store.audit_record(records.back().uuid);
            if (records.empty() || (last && last->hash == records.back().hash)) {
                out.note = "an older packet of " + c.device.name + "; its " +
                           std::to_string(records.size()) + " records are all here already";
                return;
            }
            throw Refusal{"its records do not continue those already here from " + c.device.name +
                          " (was the laptop's database replaced?)"};
        }
        first_new = i + 1;
    }
    if (first_new == records.size()) {
        out.note = "its " + std::to_string(records.size()) + " records are all here already";
        return;
    }
    action.allow({c.event});  // who may import for this event; none once it is locked
    std::map<std::string, const Contestant*> here;
    for (const Contestant& x : action.contestants()) here[x.registration_no] = &x;
    std::map<std::string, ReceivedEntry> entries;
    index_entries(c.packet.marks, entries);
    index_entries(c.packet.theory, entries);
    index_entries(c.packet.timings, entries);
    index_entries(c.packet.statuses, entries);
    const auto tokens = token_map(store, c.device.id, c.event);
    for (std::size_t i = first_new; i < records.size(); ++i) {
        const AuditRecord r = from_packet(records[i]);
        if (is_log_action(r.action)) {
            std::string reg_no;
            const ReceivedEntry entry = entry_for(master, c, r, entries, tokens, reg_no);
            if (const auto* m = std::get_if<MarkEntry>(&entry)) {
                try {
                    check_mark_rules(action, *here.at(reg_no), m->judge);
                } catch (const ActionError& e) {
                    throw Refusal{"its mark " + m->uuid + " (" + m->aspect + " by " + m->judge +
                                  "): " + e.what()};
                }
            }
            action.change().receive(r, entry, reg_no);
            ++out.entries;
        } else {
            action.change().receive(r);
            replay_sheet(action, r);
        }
        ++out.records;
    }
    action.change().keep_packet(ReceivedPacket{
        0, c.envelope.hash, c.device.id, c.envelope.signature, {}, out.records, c.file->bytes});
}

}  // namespace

PacketRefused::PacketRefused(std::vector<std::string> reasons)
    : ActionError(reasons.size() == 1 ? reasons.front()
                                      : std::to_string(reasons.size()) + " packets were refused"),
      reasons_(std::move(reasons)) {}

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
    // Records first: an entry committed meanwhile comes without its record and waits for the
    // next packet; the other way round a record would come without its entry.
    for (const AuditRecord& r : store.audit_log()) {
        if (r.device != p.device)
            throw ActionError("this database holds records of device " + r.device +
                              ": only a laptop's own records go into its packet");
        p.records.push_back(to_packet(r));
    }
    p.marks = store.marks();
    p.theory = store.theory();
    p.timings = store.timings();
    p.statuses = store.statuses();
    return exchange::seal(FileKind::Packet, p.competition, p.device, key->secret_hex,
                          exchange::packet_archive(p));
}

std::vector<PacketImport> import_packets(CompetitionSession& master, const Login& by,
                                         const std::vector<PacketFile>& files) {
    Action action(master, by, Act::ImportPackets, "score packets imported");
    action.require_place();
    std::vector<PacketImport> out(files.size());
    std::vector<std::string> reasons;
    bool added = false;

    // Each file is checked on a second thread while the one before it is merged: both cores
    // work, and no more than two packets' contents are held at once. Nothing is committed
    // unless every file passes; after a refusal the rest are only checked, for their reasons.
    const Known known = what_is_known(master);
    const auto check_at = [&known, &files](std::size_t i) {
        return std::async(std::launch::async, [&known, &files, i] {
            Outcome o;
            o.summary.file = files[i].name;
            try {
                o.checked = check_file(known, files[i], o.summary);
            } catch (const Refusal& r) {
                o.refusal = files[i].name + ": refused: " + r.reason;
            }
            return o;
        });
    };
    std::future<Outcome> next;
    if (!files.empty()) next = check_at(0);
    for (std::size_t i = 0; i < files.size(); ++i) {
        Outcome o = next.get();
        if (i + 1 < files.size()) next = check_at(i + 1);
        out[i] = std::move(o.summary);
        if (o.refusal) reasons.push_back(*o.refusal);
        if (!o.checked || !reasons.empty()) continue;
        try {
            merge(action, *o.checked, out[i]);
            added = added || out[i].records > 0;
        } catch (const Refusal& r) {
            reasons.push_back(files[i].name + ": refused: " + r.reason);
        } catch (const ActionError& e) {
            reasons.push_back(files[i].name + ": refused: " + e.what());
        } catch (const StoreError& e) {
            reasons.push_back(files[i].name + ": refused: " + e.what());
        }
    }
    if (!reasons.empty()) throw PacketRefused(reasons);  // the action rolls back
    if (added) action.commit();
    return out;
}

std::vector<std::string> verify_packets(const CompetitionSession& master) {
    const Store& store = master.store();
    std::vector<std::string> problems;
    const std::vector<Device> devices = store.devices();
    std::map<std::string, std::string> brought;  // record uuid -> hash, from kept packets
    std::map<std::string, std::string> here;     // record uuid -> hash, in the audit log
    const std::vector<AuditRecord> log = store.audit_log();
    for (const AuditRecord& r : log) here[r.uuid] = r.hash;
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
            const exchange::Packet packet = exchange::read_packet_archive(env.archive);
            int missing = 0, changed = 0;
            for (const auto& r : packet.records) {
                brought[r.uuid] = r.hash;
                const auto it = here.find(r.uuid);
                missing += it == here.end();
                changed += it != here.end() && it->second != r.hash;
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
        const auto it = brought.find(r.uuid);
        if (it == brought.end())
            problems.push_back("audit record " + std::to_string(r.seq) + " of device " + r.device +
                               " came in no packet kept here");
        else if (it->second != r.hash)
            problems.push_back("audit record " + std::to_string(r.seq) + " of device " + r.device +
                               " differs from the packet that brought it");
    }
    return problems;
}

}  // namespace plumb
