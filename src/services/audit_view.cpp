// Turning audit records into lines a person reads, mapping blinded tokens back to workstations.
#include "services/audit_view.h"

#include <map>
#include <optional>

#include "core/translate.h"
#include "services/judge_kit.h"
#include "services/viewing.h"
#include "services/history.h"
#include "services/settings_keys.h"
#include "services/signing.h"
#include "store/blinding.h"
#include "store/payload.h"

namespace plumb {

namespace {

struct Place {
    std::string event;
    std::string workstation;
    bool registration_no = false;  // the key is a registration number, not a laptop's token
};

// Registration numbers, and on the master every laptop's tokens for them, to their places.
std::map<std::string, Place> places(const CompetitionSession& session) {
    std::map<std::string, Place> out;
    const Store& store = session.store();
    const auto key = store.setting(kBlindingKeySetting);
    const std::vector<Device> devices = store.devices();
    for (const Contestant& c : store.contestants()) {
        out[c.registration_no] = {c.event, c.workstation, true};
        if (!key) continue;
        for (const Device& d : devices)
            if (kit_event(store, d.id) == c.event)
                out[blind_token(*key, d.id, c.registration_no)] = {c.event, c.workstation};
    }
    return out;
}

// The event of a setting such as "lock:bricklaying" or "revision:rebar".
std::string setting_event(const std::string& key) {
    for (const char* prefix : {"lock:", "revealed:", "revision:", "chief:"}) {
        const std::string p(prefix);
        if (key.rfind(p, 0) == 0) return key.substr(p.size());
    }
    return {};
}

using DeviceNames = std::map<std::string, std::string>;

// A setting's key as the reader says it: the keys a person meets in the log by name (签名公钥,
// not "signing.public"), a laptop's settings by the laptop's name; any other key as stored.
std::string said_setting_key(const std::string& key, const DeviceNames& devices) {
    if (key == "signing.public") return tr("signing key (public half)");
    if (key == "signing.secret") return tr("signing key (secret half)");
    if (key == "signing.sealed.secret") return tr("signing key (secret half, sealed by the kit)");
    if (key == kBlindingKeySetting) return tr("blinding key");
    if (key == keys::kOrganiserPassword) return tr("organiser's password");
    if (key == keys::kRoles) return tr("roles and logins");
    if (key == keys::kMaster) return tr("master competition");
    if (key == keys::kMasterKey) return tr("master's signing key");
    if (key == keys::kKitEvent) return tr("this laptop's event");
    if (key == keys::kDeviceName) return tr("this laptop's name");
    if (key == keys::kIdleLogoutMinutes) return tr("idle logout (minutes)");
    if (key == "plumbline.created") return tr("created by Plumbline version");
    if (key == "plumbline.written") return tr("last written by Plumbline version");
    // "pin.J01.secret", "kit:DEVICE", ...: a judge's or a laptop's.
    const auto between = [&key](const std::string& prefix, const std::string& suffix) {
        const bool fits = key.size() > prefix.size() + suffix.size() && key.rfind(prefix, 0) == 0 &&
                          key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0;
        return fits ? std::optional<std::string>(
                          key.substr(prefix.size(), key.size() - prefix.size() - suffix.size()))
                    : std::nullopt;
    };
    const auto laptop = [&devices](const std::string& id) {
        const auto it = devices.find(id);
        return it == devices.end() ? id : it->second;
    };
    if (const auto judge = between("pin.", ".secret")) return format(tr("%s's PIN"), {*judge});
    if (const auto id = between("kit:", "")) return format(tr("laptop %s: event"), {laptop(*id)});
    if (const auto id = between("kit.judges:", ""))
        return format(tr("laptop %s: judges"), {laptop(*id)});
    if (const auto id = between("kit.contestants:", ""))
        return format(tr("laptop %s: contestants"), {laptop(*id)});
    if (const auto id = between("kit.retired:", ""))
        return format(tr("laptop %s: retired"), {laptop(*id)});
    if (between("conflict:", "")) return tr("judges with a conflict of interest");
    return key;
}

// A setting record: a secret by its name only; a public key by its fingerprint, which is what
// people compare; anything else with its value.
std::string said_setting(const PayloadFields& f, const DeviceNames& devices) {
    const std::string key = field(f, "key"), value = field(f, "value");
    const std::string name = said_setting_key(key, devices);
    if (!field(f, "value.blake2b").empty()) return format(tr("%s changed (secret)"), {name});
    if (key == "signing.public" || key == keys::kMasterKey)
        return format(tr("%s, fingerprint %s"), {name, key_fingerprint(value)});
    return name + " = " + value;
}

std::string what_of(const AuditRecord& r, const PayloadFields& f, const Competition& competition,
                    const DeviceNames& devices) {
    const auto get = [&](const char* k) { return field(f, k); };
    if (r.action == "lock")
        return format(tr("%s: results locked"), {competition.event_words(r.subject)});
    if (r.action == "reveal")
        return format(tr("%s: names revealed"), {competition.event_words(r.subject)});
    if (r.action == "mark")
        return get("judge") + " " + get("aspect") + " = " + said_value(get("value"));
    if (r.action == "theory") return format(tr("theory = %s"), {get("score")});
    if (r.action == "timing") return format(tr("time = %s s"), {get("seconds")});
    if (r.action == "status") {
        // The status word in the reader's language (the same words as the set-up's list).
        const std::string s = get("status");
        const bool known = s == "active" || s == "absent" || s == "withdrawn" || s == "disqualified";
        return format(tr("status = %s"), {known ? tr(s.c_str()) : s});
    }
    if (r.action == "signoff") return format(tr("%s signed the sheet off"), {get("judge")});
    if (r.action == "reopen") return format(tr("%s's sheet reopened"), {get("judge")});
    if (r.action == "appeal.lodge")
        return format(tr("appeal %s: %s %s -> %s, lodged by %s"),
                      {get("id"), get("aspect"), said_values(get("old")), said_value(get("new")),
                       get("lodged_by")});
    if (r.action == "appeal.decide") {
        const std::string decision = get("decision") == "upheld"     ? tr("upheld")
                                     : get("decision") == "rejected" ? tr("rejected")
                                                                     : get("decision");
        return get("revision").empty() ? format(tr("appeal %s %s"), {get("id"), decision})
                                       : format(tr("appeal %s %s (results revision %s)"),
                                                {get("id"), decision, get("revision")});
    }
    if (r.action == "setting") return said_setting(f, devices);
    if (r.action == "event.state") {
        // What changed: the fields with an "old." value (all of them for a first state).
        std::string out;
        const auto said = [&](const std::string& name) -> std::string {
            const std::string v = get(name.c_str());
            if (name == "locked") return v == "1" ? tr("locked") : tr("unlocked");
            if (name == "revealed") return v == "1" ? tr("names revealed") : tr("names hidden");
            if (name == "revision") return format(tr("results revision %s"), {v});
            if (name == "chief_judge")
                return format(tr("chief judge %s"), {v.empty() ? tr("none") : v});
            if (name == "double_entry")
                return v == "1" ? tr("double entry on") : tr("double entry off");
            return name + " = " + v;
        };
        for (const auto& [key, value] : f)
            if (key.rfind("old.", 0) == 0) out += (out.empty() ? "" : ", ") + said(key.substr(4));
        return competition.event_words(r.subject) + ": " + (out.empty() ? tr("state set") : out);
    }
    if (r.action == "login.fail") return format(tr("wrong PIN or password for %s"), {r.subject});
    if (r.action == "packet")
        return format(tr("packet %s with %s records"), {get("hash").substr(0, 12), get("records")});
    return r.subject.empty() ? r.action : r.action + " " + r.subject;
}

}  // namespace

std::vector<AuditLine> audit_history(const CompetitionSession& session, const Login& by,
                                     const std::string& event, const std::string& workstation,
                                     const std::string& judge) {
    const Store& store = session.store();
    const auto where = places(session);
    std::map<std::string, bool> names;  // per event: may `by` see who its contestants are
    const auto hidden = [&](const std::string& e) {
        auto it = names.find(e);
        if (it == names.end()) it = names.emplace(e, names_visible(session, e, by)).first;
        return !it->second;
    };
    DeviceNames device_names;
    for (const Device& d : store.devices()) device_names[d.id] = d.name;
    device_names[store.device_id()] = tr("this database");
    std::vector<AuditLine> out;
    for (const AuditRecord& r : store.audit_log()) {
        const PayloadFields f = parse_payload(r.payload);
        AuditLine line{r.seq,
                       r.at,
                       device_names.count(r.device) ? device_names[r.device] : r.device,
                       said_actor(r.actor),
                       r.action,
                       {},
                       {},
                       field(f, "judge"),
                       what_of(r, f, session.competition(), device_names),
                       said_reason(field(f, "reason"))};
        if (const auto p = where.find(r.subject); p != where.end()) {
            line.event = p->second.event;
            line.workstation = p->second.workstation;
            if (p->second.registration_no && hidden(line.event)) {
                AuditRecord unnamed = r;
                unnamed.subject.clear();
                line.what = what_of(unnamed, f, session.competition(), device_names);
                if (r.action == "contestant.add") line.workstation.clear();
            }
        } else if (const auto slash = r.subject.find('/');
                   slash != std::string::npos && !field(f, "workstation").empty()) {
            line.event = r.subject.substr(0, slash);
            line.workstation = field(f, "workstation");
        } else if (r.action == "setting") {
            line.event = setting_event(field(f, "key"));
        } else if (r.action == "draw" || r.action == "lock" || r.action == "reveal" ||
                   r.action == "event.state") {
            line.event = r.subject;
        } else if (!field(f, "event").empty()) {
            line.event = field(f, "event");
        } else if (r.action == "packet") {
            line.event = kit_event(store, field(f, "device")).value_or("");
        }
        if (!event.empty() && line.event != event) continue;
        if (!workstation.empty() && line.workstation != workstation) continue;
        if (!judge.empty() && line.judge != judge && r.actor != judge) continue;
        out.push_back(std::move(line));
    }
    return out;
}

}  // namespace plumb
