// Reading a laptop's identity, the master's registered laptops and a packet's contents.
#include "services/laptops.h"

#include <algorithm>
#include <map>

#include "services/judge_kit.h"
#include "services/laptop_retire.h"
#include "services/seal.h"
#include "services/settings_keys.h"
#include "store/payload.h"

namespace plumb {

namespace {

std::vector<std::string> split_codes(const std::string& list) {
    std::vector<std::string> out;
    std::string::size_type at = 0;
    while (at <= list.size()) {
        const auto comma = std::min(list.find(',', at), list.size());
        if (comma > at) out.push_back(list.substr(at, comma - at));
        at = comma + 1;
    }
    return out;
}

std::vector<std::string> judges_of(const Competition& competition, const std::string& event) {
    std::vector<std::string> out;
    for (const Judge& j : competition.judges)
        if (j.judges(event)) out.push_back(j.code);
    return out;
}

}  // namespace

std::optional<LaptopIdentity> laptop_identity(const CompetitionSession& session) {
    const Store& store = session.store();
    const auto master = master_of(store);
    if (!master) return std::nullopt;
    LaptopIdentity id;
    id.master = *master;
    id.device_name = store.setting(keys::kDeviceName).value_or("");
    id.event = store.setting(keys::kKitEvent).value_or("");
    id.judges = judges_of(session.competition(), id.event);  // a laptop holds its kit's only
    return id;
}

std::vector<RegisteredLaptop> registered_laptops(const CompetitionSession& master) {
    const Store& store = master.store();
    std::vector<RegisteredLaptop> out;
    std::map<std::string, std::size_t> at;
    for (const Device& d : store.devices()) {
        if (d.public_key.empty()) continue;  // this database itself
        RegisteredLaptop l;
        l.device_id = d.id;
        l.name = d.name;
        l.event = kit_event(store, d.id).value_or("");
        const auto listed = store.setting(keys::kit_judges(d.id));
        l.judges = listed ? split_codes(*listed) : judges_of(master.competition(), l.event);
        l.registered_at = d.added_at;
        l.retired_at = retired_at(store, d.id).value_or("");
        at[d.id] = out.size();
        out.push_back(std::move(l));
    }
    // The packets' audit records say enough; the kept files themselves are not read.
    for (const AuditRecord& r : store.audit_records({"packet"})) {
        const PayloadFields f = parse_payload(r.payload);
        const auto found = at.find(field(f, "device"));
        if (found == at.end()) continue;
        RegisteredLaptop& l = out[found->second];
        ++l.packets;
        const std::string records = field(f, "records");
        l.records += records.empty() ? 0 : std::stoll(records);
        l.latest_packet_at = std::max(l.latest_packet_at, field(f, "received_at"));
    }
    return out;
}

PacketContents packet_contents(const CompetitionSession& laptop) {
    const Store& store = laptop.store();
    PacketContents c;
    c.records = store.audit_count();
    for (const MarkEntry& m : store.marks()) {
        ++c.marks;
        c.latest_mark_at = std::max(c.latest_mark_at, m.entered_at);
    }
    c.seal = audit_seal(store);
    return c;
}

std::string packet_file_name(const std::string& device_name, const std::string& stamp) {
    std::string name;
    for (const char ch : device_name) {
        const auto u = static_cast<unsigned char>(ch);
        const bool refused =
            u < 0x20 || std::string_view("/\\:*?\"<>|").find(ch) != std::string_view::npos;
        name += refused ? '_' : ch;
    }
    if (name.empty() || name.front() == '.') name = "laptop" + name;
    return name + "-" + stamp + ".packet";
}

}  // namespace plumb
