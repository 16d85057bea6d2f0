// Checking score packets and merging them into the master (packet_export.cpp makes them,
// packet_verify.cpp checks kept ones again).
#include "services/score_packet.h"

#include <algorithm>
#include <cstdint>
#include <future>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/mark_value.h"
#include "core/translate.h"
#include "exchange/content_error.h"
#include "exchange/envelope.h"
#include "exchange/packet.h"
#include "services/code_list.h"
#include "services/judge_kit.h"
#include "services/marks.h"
#include "services/laptop_retire.h"
#include "services/packet_authority.h"
#include "services/packet_entries.h"
#include "services/packet_records.h"
#include "services/replaced_values.h"
#include "services/seal.h"
#include "services/settings_keys.h"
#include "services/signing.h"
#include "store/blinding.h"
#include "store/payload.h"

namespace plumb {

using exchange::FileKind;

namespace {

// A packet that passed every check of its envelope and content, waiting to be merged.
struct Checked {
    std::shared_ptr<const std::string> bytes;  // the file's, kept with the packet
    exchange::Envelope envelope;
    exchange::Packet packet;
    Device device;
    std::string event;
    std::size_t start = 0;  // the kit.import record: the master keeps the chain from there
    std::vector<PacketEntry> entries;  // the records from `start` on, checked as marks
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

// What checking a file needs of the master, read once: files are then checked on another
// thread while the ones before them are merged.
struct Known {
    std::string competition;  // this database's device id
    std::vector<Device> devices;
    std::map<std::string, std::string> events;  // device id -> the event of its kit
    std::set<std::string> retired;              // device ids of laptops retired
    std::map<std::string, LaptopAuthority> authority;  // device id -> what it may bring
    std::set<std::string> kept;                 // hashes of the packets imported already
    std::string latest;                         // no record may be dated after this
    Competition definition;                     // what the records are checked against
    std::vector<Contestant> contestants;
    std::string blinding_key;                   // laptops name contestants by blinded tokens
};

Known what_is_known(const CompetitionSession& master) {
    const Store& store = master.store();
    Known k{store.device_id(),
            store.devices(),
            {},
            {},
            {},
            store.packet_hashes(),
            utc_in(kClockTolerance),
            master.competition(),
            master.contestants(),
            store.setting(kBlindingKeySetting).value_or("")};
    const bool roles_on = roles_configured(store);
    for (const Device& d : k.devices) {
        const std::string event = kit_event(store, d.id).value_or("");
        k.events[d.id] = event;
        if (retired_at(store, d.id)) k.retired.insert(d.id);
        LaptopAuthority& a = k.authority[d.id];
        a.master = k.competition;
        a.event = event;
        a.device_name = d.name;
        // The chief judge the kit entrusted the laptop with (older kits: the event's now).
        a.chief =
            store.setting(keys::kit_chief(d.id)).value_or(store.event_state(event).chief_judge);
        a.logins = roles_on;
        a.kit_without_pins = store.setting(keys::kit_logins(d.id)) == "off";
        a.merged_head = store.audit_head(d.id);
        if (const Event* e = master.competition().find_event(event))
            for (const Aspect* x : e->scheme.aspects())
                if (x->is_judgement()) a.judged.insert(x->id);
        const auto listed = store.setting(keys::kit_judges(d.id));
        for (const Judge& j : master.competition().judges)  // kits before the list: all of them
            if (j.judges(event) && (!listed || listed_code(*listed, j.code))) a.judges.insert(j.code);
    }
    return k;
}

// Checks a file up to its content; nullopt for a packet already imported (noted in `out`).
std::optional<Checked> check_file(const Known& known, std::shared_ptr<const std::string> bytes,
                                  PacketImport& out) {
    exchange::Envelope env;
    try {
        env = exchange::open_envelope(*bytes, FileKind::Packet);
    } catch (const exchange::EnvelopeError& e) {
        throw Refusal{e.what()};
    }
    if (env.competition != known.competition)
        throw Refusal{format(tr("it belongs to another competition (its master is %s; this "
                                "database is %s)"),
                             {env.competition, known.competition})};
    if (env.device == known.competition) throw Refusal{tr("it was made by this database itself")};
    const Device* device = find_device(known.devices, env.device);
    if (!device || device->public_key.empty())
        throw Refusal{format(tr("it comes from device %s, which is not registered here (a laptop "
                                "is registered when its kit is made)"),
                             {env.device})};
    out.device_name = device->name;
    if (device->public_key != env.public_key)
        throw Refusal{format(tr("it is signed with a key that is not the one registered for %s"),
                             {device->name})};
    if (!exchange::signed_by(*bytes, device->public_key))
        throw Refusal{format(tr("its signature is not valid for %s (the file was changed after "
                                "it was signed)"),
                             {device->name})};
    if (known.kept.count(env.hash)) {
        out.note = tr("already imported; nothing to add");
        return std::nullopt;
    }
    if (known.retired.count(device->id))
        throw Refusal{
            format(tr("laptop %s is retired: its packets are no longer taken"), {device->name})};
    Checked c{std::move(bytes), std::move(env), {}, *device, known.events.at(device->id), 0, {}};
    try {
        c.packet = exchange::read_packet_archive(c.envelope.archive, c.envelope.version);
    } catch (const exchange::ContentError& e) {
        throw Refusal{e.what()};
    }
    std::string().swap(c.envelope.archive);  // read; the file's bytes stay for keeping
    if (c.packet.competition != c.envelope.competition || c.packet.device != c.envelope.device)
        throw Refusal{tr("its content names another competition or device than its envelope")};
    if (c.packet.event != c.event)
        throw Refusal{format(tr("it is for event '%s', but %s was given a kit for '%s'"),
                             {c.packet.event, device->name, c.event})};
    out.event = c.event;
    const std::vector<exchange::PacketRecord>& records = c.packet.records;
    // Format 2 begins at the kit's import, linked to the laptop's setup it leaves out.
    const bool whole_chain = c.envelope.version == 1;
    if (!whole_chain && (records.empty() || records.front().action != "kit.import"))
        throw Refusal{tr("its records do not begin with the laptop's kit being imported")};
    std::unordered_set<std::string_view> uuids;
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (records[i].device != c.envelope.device)
            throw Refusal{format(tr("its record %s is another device's"), {records[i].uuid})};
        if (!uuids.insert(records[i].uuid).second)
            throw Refusal{format(tr("its record %s comes twice"), {records[i].uuid})};
        if (i > 0 || whole_chain)
            if (records[i].prev_hash != (i == 0 ? std::string() : records[i - 1].hash))
                throw Refusal{format(tr("its records do not form one chain (at record %s)"),
                                     {records[i].uuid})};
        if (audit_hash(from_packet(records[i])) != records[i].hash)
            throw Refusal{format(tr("its record %s: its hash does not match its content"),
                                 {records[i].uuid})};
    }
    try {
        const std::size_t first_entry =
            check_authority(known.authority.at(device->id), records, known.latest);
        c.start = first_entry == 0 ? 0 : first_entry - 1;
    } catch (const PacketAuthorityError& e) {
        throw Refusal{e.what()};
    }
    if (!whole_chain) {
        const std::string problem = seal_form_problem(c.packet.seal, std::int64_t(records.size()));
        if (!problem.empty()) throw Refusal{problem};
    }
    out.seal = c.packet.seal;
    const TokenMap tokens = token_map(known.blinding_key, known.contestants, device->id, c.event);
    c.entries = prepare_entries({known.definition, c.event, device->name, tokens}, records, c.start);
    return c;
}

template <class Entry>
void index_entries(const std::vector<Entry>& list, std::map<std::string, ReceivedEntry>& out) {
    for (const Entry& e : list) out.emplace(e.uuid, e);
}

// A sign-off or reopening names a workstation of the laptop's event (a sheet that exists), and
// is kept current in the action, so that a mark after a sign-off in the same packet is refused
// as it would be on the master.
void replay_sheet(Action& action, const Checked& c, const AuditRecord& r) {
    if (r.action != "signoff" && r.action != "reopen") return;
    const PayloadFields f = parse_payload(r.payload);
    const std::string ws = field(f, "workstation");
    const auto& people = action.contestants();
    if (std::none_of(people.begin(), people.end(), [&](const Contestant& x) {
            return x.event == c.event && x.workstation == ws;
        }))
        throw Refusal{format(tr("its record %s (%s) names workstation '%s', which %s does not have"),
                             {r.uuid, r.action, ws, c.event})};
    action.set_signed_off(field(f, "event"), ws, field(f, "judge"), r.action == "signoff");
}

// Writes one checked packet's new records through the action, each under the rules the master
// applies to its own entries; returns the summary.
void merge(Action& action, Checked& c, Cells& known_cells, PacketImport& out) {
    CompetitionSession& master = action.session();
    const Store& store = master.store();
    const auto& records = c.packet.records;
    const std::string head = store.audit_head(c.device.id);
    std::size_t first_new = c.start;  // the laptop's setup before its kit.import stays there
    if (!head.empty()) {
        std::size_t i = 0;
        while (i < records.size() && records[i].hash != head) ++i;
        if (i == records.size()) {
            const auto last =
                records.empty() ? std::nullopt : store.audit_record(records.back().uuid);
            if (records.empty() || (last && last->hash == records.back().hash)) {
                out.note = format(tr("an older packet of %s; its %s records are all here already"),
                                  {c.device.name, std::to_string(records.size() - c.start)});
                return;
            }
            throw Refusal{format(tr("its records do not continue those already here from %s (was "
                                    "the laptop's database replaced?)"),
                                 {c.device.name})};
        }
        first_new = std::max(i + 1, c.start);  // never the setup before its kit.import
    }
    if (first_new == records.size()) {
        out.note = format(tr("its %s records are all here already"),
                          {std::to_string(records.size() - c.start)});
        return;
    }
    action.allow({c.event});  // who may import for this event; none once it is locked
    std::map<std::string, const Contestant*> here;
    for (const Contestant& x : action.contestants()) here[x.registration_no] = &x;
    std::map<std::string, ReceivedEntry> entries;  // format 1 sends each entry again
    index_entries(c.packet.marks, entries);
    index_entries(c.packet.theory, entries);
    index_entries(c.packet.timings, entries);
    index_entries(c.packet.statuses, entries);
    // Format 2's records are received together once all are checked; format 1's one by one,
    // each with the entry it sends again.
    const bool v1 = c.envelope.version == 1;
    std::vector<AuditRecord> received;
    std::vector<std::string> reg_nos;
    received.reserve(records.size() - first_new);
    reg_nos.reserve(records.size() - first_new);
    auto& cells = known_cells.event(store, c.event);
    const int from = known_cells.device(c.device.id);
    // Checked on the other thread (packet_entries.h); what depends on the master's state now
    // (a contestant's status, sign-offs) is checked here, in the records' order.
    for (std::size_t i = first_new; i < records.size(); ++i) {
        PacketEntry& e = c.entries[i - c.start];
        AuditRecord& r = e.record;
        if (e.logged) {
            if (e.refused) throw Refusal{*e.refused};
            const Contestant& who = *here.at(e.registration_no);
            try {
                check_mark_rules(action, who, e.judge);
            } catch (const ActionError& x) {
                throw Refusal{
                    format(tr("its mark %s (%s by %s): %s"), {e.uuid, e.aspect, e.judge, x.what()})};
            }
            if (e.uncorrected) throw Refusal{*e.uncorrected};
            note_replaced(known_cells, cells, from, c.device.name, e, out.replaced);
            if (v1) {
                const auto entry = entries.find(e.uuid);
                if (entry == entries.end())
                    throw Refusal{format(tr("its '%s' record %s comes without its entry"),
                                         {r.action, r.uuid})};
                action.change().receive(r, entry->second, e.registration_no);  // must equal it
            }
            ++out.entries;
        } else {
            replay_sheet(action, c, r);
            if (v1) action.change().receive(r);
        }
        if (!v1) {
            received.push_back(std::move(r));
            reg_nos.push_back(std::move(e.registration_no));
        }
        ++out.records;
    }
    action.change().receive_chain(received, reg_nos);
    action.change().keep_packet(ReceivedPacket{
        0, c.envelope.hash, c.device.id, c.envelope.signature, {}, out.records, *c.bytes});
}

}  // namespace

PacketRefused::PacketRefused(std::vector<std::string> reasons)
    : ActionError(reasons.size() == 1
                      ? reasons.front()
                      : format(tr("%s packets were refused"), {std::to_string(reasons.size())})),
      reasons_(std::move(reasons)) {}

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
    Cells cells;
    const auto check_at = [&known, &files](std::size_t i) {
        return std::async(std::launch::async, [&known, &files, i] {
            Outcome o;
            o.summary.file = files[i].name;
            try {
                const PacketFile& f = files[i];
                o.checked = check_file(
                    known,
                    f.read ? std::make_shared<const std::string>(f.read())
                           : std::shared_ptr<const std::string>(std::shared_ptr<void>(), &f.bytes),
                    o.summary);
            } catch (const Refusal& r) {
                o.refusal = format(tr("%s: refused: %s"), {files[i].name, r.reason});
            } catch (const std::exception& e) {  // the file could not be read
                o.refusal = format(tr("%s: refused: %s"), {files[i].name, e.what()});
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
            merge(action, *o.checked, cells, out[i]);
            added = added || out[i].records > 0;
        } catch (const Refusal& r) {
            reasons.push_back(format(tr("%s: refused: %s"), {files[i].name, r.reason}));
        } catch (const ActionError& e) {
            reasons.push_back(format(tr("%s: refused: %s"), {files[i].name, e.what()}));
        } catch (const StoreError& e) {
            reasons.push_back(format(tr("%s: refused: %s"), {files[i].name, e.what()}));
        }
    }
    if (!reasons.empty()) throw PacketRefused(reasons);  // the action rolls back
    if (added) action.commit();
    return out;
}

}  // namespace plumb
