// A score packet's records checked against the master's definition before they are merged
// (packet_entries.h).
#include "services/packet_entries.h"

#include <unordered_map>

#include "core/mark_value.h"
#include "core/translate.h"
#include "services/competition_session.h"
#include "services/marks.h"
#include "services/packet_records.h"
#include "store/blinding.h"
#include "store/payload.h"

namespace plumb {

namespace {

bool is_log_action(const std::string& action) {
    return action == "mark" || action == "theory" || action == "timing" || action == "status";
}

// A log record of the packet, checked against the master's definition: only marks come from
// laptops (packet_authority.cpp). Returns why it is refused, or fills in its contestant.
std::optional<std::string> check_logged(const EntryRules& rules, PacketEntry& e,
                                        const PayloadFields& f) {
    const AuditRecord& r = e.record;
    if (r.action != "mark")
        return format(tr("its '%s' record %s is not something a judge's laptop may do"),
                      {r.action, r.uuid});
    const std::string token = field(f, "registration_no");
    const auto mapped = rules.tokens.find(token);
    if (mapped == rules.tokens.end())
        return format(tr("its entry %s names a contestant (%s) that is not one of %s's"),
                      {e.uuid, token, rules.device_name});
    const std::string event = field(f, "event"), value = field(f, "value");
    if (event != rules.event) return format(tr("its mark %s is for event '%s'"), {e.uuid, event});
    const Judge* j = rules.competition.find_judge(e.judge);
    if (!j || !j->judges(rules.event))
        return format(tr("its mark %s is by %s, not a judge of %s"), {e.uuid, e.judge, rules.event});
    const Event* ev = rules.competition.find_event(rules.event);
    const Aspect* a = ev ? ev->scheme.find_aspect(e.aspect) : nullptr;
    if (!a)
        return format(tr("its mark %s is for aspect '%s', unknown in %s"),
                      {e.uuid, e.aspect, rules.event});
    // The value as the master's own entry would have written it: a laptop's database can be
    // edited, so a value the scheme does not allow is refused here too.
    const ParsedMark parsed = parse_mark(*a, ev->scheme.judgement_scale, value);
    if (!parsed.ok() || parsed.value().str(*a) != value)
        return format(tr("its mark %s gives %s the value '%s', which %s does not take%s"),
                      {e.uuid, e.aspect, value, rules.event,
                       parsed.ok() ? std::string() : " (" + parsed.error() + ")"});
    e.registration_no = mapped->second.registration_no;
    e.workstation = mapped->second.workstation;
    return std::nullopt;
}

}  // namespace

TokenMap token_map(const std::string& key, const std::vector<Contestant>& contestants,
                   const std::string& device, const std::string& event) {
    TokenMap out;
    if (key.empty()) return out;
    for (const Contestant& c : contestants)
        if (c.event == event)
            out[blind_token(key, device, c.registration_no)] = {c.registration_no, c.workstation};
    return out;
}

std::vector<PacketEntry> prepare_entries(const EntryRules& rules,
                                         const std::vector<exchange::PacketRecord>& records,
                                         std::size_t start) {
    std::vector<PacketEntry> out;
    out.reserve(records.size() - std::min(start, records.size()));
    // The laptop's own values so far, cell by cell: a mark that changes one needs a reason, as
    // on the laptop. Packets are cumulative, so the laptop's earlier marks are here even when
    // the master has them already.
    std::unordered_map<std::string, std::string> values;  // "judge\ntoken\naspect" -> value
    values.reserve(out.capacity());
    for (std::size_t i = start; i < records.size(); ++i) {
        PacketEntry e;
        e.record = from_packet(records[i]);
        e.logged = is_log_action(e.record.action);
        if (e.logged) {
            const PayloadFields f = parse_payload(e.record.payload);
            e.uuid = field(f, "uuid");
            e.judge = field(f, "judge");
            e.aspect = field(f, "aspect");
            const std::string value = field(f, "value");
            e.value = value;
            e.reason = field(f, "reason");
            std::string before;  // "" before the first
            if (e.record.action == "mark") {
                std::string& cell =
                    values[e.judge + '\n' + field(f, "registration_no") + '\n' + e.aspect];
                before = cell;
                cell = value;
            }
            e.refused = check_logged(rules, e, f);
            if (!e.refused) try {
                    check_correction(before.empty() ? std::nullopt : std::optional(before), value,
                                     field(f, "reason"), e.aspect, e.workstation, e.judge);
                } catch (const ActionError& x) {
                    e.uncorrected = format(tr("its mark %s (%s by %s): %s"),
                                           {e.uuid, e.aspect, e.judge, x.what()});
                }
        }
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace plumb
