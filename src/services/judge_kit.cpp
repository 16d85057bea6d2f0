// Making a judge kit on the master and a laptop's database from it.
#include "services/judge_kit.h"

#include <sodium.h>

#include <algorithm>
#include <array>

#include "core/identifier.h"
#include "core/translate.h"
#include "exchange/content_error.h"
#include "exchange/envelope.h"
#include "exchange/kit.h"
#include "services/interest.h"
#include "services/code_list.h"
#include "services/kit_secret.h"
#include "services/laptop_retire.h"
#include "services/export_commit.h"
#include "services/gate.h"
#include "services/roles.h"
#include "services/settings_keys.h"
#include "services/signing.h"
#include "store/blinding.h"

namespace plumb {

namespace fs = std::filesystem;
using exchange::FileKind;

namespace {


std::string hex(const unsigned char* data, std::size_t n) {
    std::string out(2 * n + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), data, n);
    out.pop_back();
    return out;
}

DeviceKey new_key_pair() {
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pk{};
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk{};
    crypto_sign_keypair(pk.data(), sk.data());
    DeviceKey key{hex(pk.data(), pk.size()), hex(sk.data(), sk.size())};
    sodium_memzero(sk.data(), sk.size());
    return key;
}

std::string random_hex(std::size_t bytes) {
    std::vector<unsigned char> b(bytes);
    randombytes_buf(b.data(), b.size());
    return hex(b.data(), b.size());
}

// The public half inside a secret key given in hex, or "" when it is not one.
std::string public_of(const std::string& secret_hex) {
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk{};
    std::size_t len = 0;
    if (sodium_hex2bin(sk.data(), sk.size(), secret_hex.data(), secret_hex.size(), nullptr, &len,
                       nullptr) != 0 ||
        len != sk.size())
        return {};
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pk{};
    crypto_sign_ed25519_sk_to_pk(pk.data(), sk.data());
    sodium_memzero(sk.data(), sk.size());
    return hex(pk.data(), pk.size());
}

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// Judges of the event who work for the contestant's employer (执裁回避).
std::vector<std::string> conflicted(const std::vector<exchange::KitJudge>& judges,
                                    const Contestant& c) {
    std::vector<std::string> out;
    for (const auto& j : judges)
        if (!c.employer.empty() && trim(j.employer) == trim(c.employer)) out.push_back(j.code);
    return out;
}

}  // namespace

std::optional<std::string> master_of(const Store& store) {
    return store.setting(keys::kMaster);
}

std::optional<std::string> kit_event(const Store& master, const std::string& device) {
    return master.setting(keys::kit_event(device));
}

bool kits_made_for(const Store& master, const std::string& event) {
    for (const Device& d : master.devices())
        if (kit_event(master, d.id) == event && !retired_at(master, d.id)) return true;
    return false;
}

bool named_in_a_kit(const Store& master, const std::string& event,
                    const std::string& registration_no) {
    for (const Device& d : master.devices()) {
        if (kit_event(master, d.id) != event || retired_at(master, d.id)) continue;
        const auto named = master.setting(keys::kit_contestants(d.id));
        if (!named || listed_code(*named, registration_no)) return true;  // older kits: everyone
    }
    return false;
}

KitExport export_kit(CompetitionSession& master, const Login& by, const std::string& event,
                     const std::string& device_name, const fs::path& kit_file,
                     const std::vector<std::string>& judges) {
    master.event(event);
    Store& store = master.store();
    const std::string name = trim(device_name);
    if (name.empty() || name.size() > 40)
        throw ActionError(tr("a device needs a name of 1 to 40 characters"));
    if (const std::string problem = text_problem(name, true); !problem.empty())
        throw ActionError(format(tr("the laptop's name %s"), {problem}));
    Action action(master, by, Act::ExportKit, "judge kit for " + name + " (" + event + ")");
    action.allow({event});
    const DeviceKey master_key = device_key(action.change(), store);  // made on first use
    for (const Device& d : store.devices()) {
        if (identifier_key(d.name) != identifier_key(name)) continue;  // ＬＡ is la is LA
        if (retired_at(store, d.id))  // the audit log names laptops: a name is given once
            throw ActionError(format(tr("laptop '%s' was retired and its name stays its own; "
                                        "give the new laptop another name, such as \"%s (2)\""),
                                     {name, name}));
        throw ActionError(format(tr("a device named '%s' is already registered (%s); give "
                                    "the new laptop another name"),
                                 {name, d.id}));
    }

    exchange::Kit kit;
    kit.competition = store.device_id();
    kit.competition_name = master.competition().name;
    kit.master_public_key = master_key.public_hex;
    kit.device = new_uuid();
    kit.device_name = name;
    const DeviceKey laptop_key = new_key_pair();
    kit.device_public_key = laptop_key.public_hex;
    const std::string passphrase = new_passphrase();
    kit.device_secret_sealed = seal_secret(laptop_key.secret_hex, passphrase);
    kit.event = event;
    kit.made_at = utc_now();
    for (const auto& [source, text] : store.sources()) kit.sources.emplace_back(source, text);
    for (const std::string& code : judges) {
        const Judge* j = master.competition().find_judge(code);
        if (!j || !j->judges(event))
            throw ActionError(format(tr("%s is not a judge of %s"),
                                     {code, master.competition().event_words(event)}));
    }
    const auto chosen = [&judges](const std::string& code) {
        return judges.empty() || std::find(judges.begin(), judges.end(), code) != judges.end();
    };
    std::vector<std::string> codes;
    for (const Judge& j : master.competition().judges) {
        if (!j.judges(event) || !chosen(j.code)) continue;
        codes.push_back(j.code);
        kit.judges.push_back(
            {j.code, j.name, j.employer, {event}, store.setting(keys::pin(j.code)).value_or("")});
    }
    // A laptop checks logins when its kit brings PINs (fill_laptop): with roles on here, a kit
    // whose judges have none would make a laptop that takes marks from anyone. (A judge without
    // a PIN on a laptop that has some cannot log in there, as on the master.)
    if (store.setting(keys::kRoles) == "on" &&
        std::none_of(kit.judges.begin(), kit.judges.end(),
                     [](const exchange::KitJudge& j) { return !j.pin_hash.empty(); }))
        throw ActionError(
            tr("none of the judges this kit names has a PIN yet: set their PINs on "
               "the Roles page first, or the laptop would take marks from anyone"));
    // The chief judge travels only with a laptop entrusted with them (reopening sheets there).
    if (chosen(action.state(event).chief_judge)) kit.chief_judge = action.state(event).chief_judge;
    kit.made_by = by.who;

    // The blinding key is read inside the transaction, so two programs cannot make two.
    Change& change = action.change();
    std::string key = store.setting(kBlindingKeySetting).value_or("");
    if (key.empty()) {
        key = random_hex(32);
        change.set_secret(kBlindingKeySetting, key);
    }
    int undrawn = 0;
    std::vector<std::string> named;  // registration numbers, kept on the master
    for (const Contestant& c : store.contestants()) {
        if (c.event != event) continue;
        if (c.workstation.empty()) ++undrawn;
        if (c.workstation.empty() || c.status != ContestantStatus::Active) continue;
        kit.contestants.push_back({blind_token(key, kit.device, c.registration_no), c.workstation,
                                   conflicted(kit.judges, c)});
        named.push_back(c.registration_no);
    }
    if (undrawn > 0)
        throw ActionError(format(
            undrawn == 1
                ? tr("%s contestant of %s has no workstation yet: draw lots first")
                : tr("%s contestants of %s have no workstation yet: draw lots first"),
            {std::to_string(undrawn), event}));
    if (kit.contestants.empty())
        throw ActionError(format(tr("no contestant of %s is competing"),
                                 {master.competition().event_words(event)}));

    KitExport out;
    out.bytes = exchange::seal(FileKind::Kit, kit.competition, kit.competition,
                               master_key.secret_hex, exchange::kit_archive(kit));
    change.register_device(Device{kit.device, name, laptop_key.public_hex, {}});
    change.set_setting(keys::kit_event(kit.device), event);
    change.set_setting(keys::kit_judges(kit.device), joined_codes(codes));
    change.set_setting(keys::kit_contestants(kit.device), joined_codes(named));
    change.set_setting(keys::kit_chief(kit.device), kit.chief_judge);
    const bool pins = std::any_of(kit.judges.begin(), kit.judges.end(),
                                  [](const exchange::KitJudge& j) { return !j.pin_hash.empty(); });
    change.set_setting(keys::kit_logins(kit.device), pins ? "on" : "off");
    change.audit("kit.export", name,
                 "device=" + kit.device + "\nevent=" + event +
                     "\ncontestants=" + std::to_string(kit.contestants.size()) +
                     "\njudges=" + std::to_string(kit.judges.size()) +
                     "\nkit.blake2b=" + blake2b_hex(out.bytes) + "\n");
    ExportFiles files;  // registered only if the kit reaches its file
    files.write(kit_file, out.bytes);
    action.commit();
    files.place();
    out.device_id = kit.device;
    out.passphrase = passphrase;
    out.device_fingerprint = key_fingerprint(laptop_key.public_hex);
    out.master_fingerprint = key_fingerprint(master_key.public_hex);
    out.contestants = static_cast<int>(kit.contestants.size());
    out.judges = static_cast<int>(kit.judges.size());
    return out;
}

namespace {

// The kit with its laptop key opened by the passphrase (`secret`).
exchange::Kit open_kit(const std::string& bytes, const std::string& passphrase,
                       std::string& secret) {
    try {
        const exchange::Envelope env = exchange::open_envelope(bytes, FileKind::Kit);
        if (env.device != env.competition)
            throw ActionError(format(
                tr("it is signed by device %s, not by the master it comes from"), {env.device}));
        if (!exchange::signed_by(bytes, env.public_key))
            throw ActionError(tr("its signature is not valid (the file was changed)"));
        exchange::Kit kit = exchange::read_kit_archive(env.archive);
        if (kit.competition != env.competition || kit.master_public_key != env.public_key)
            throw ActionError(tr("its content names another master than its envelope"));
        const auto opened = open_secret(kit.device_secret_sealed, passphrase);
        if (!opened)
            throw ActionError(tr("the passphrase does not open it (type the passphrase given "
                                 "with the kit)"));
        secret = *opened;
        if (kit.device_public_key.empty() || public_of(secret) != kit.device_public_key)
            throw ActionError(tr("the laptop's key pair in it does not belong together"));
        return kit;
    } catch (const exchange::EnvelopeError& e) {
        throw ActionError(e.what());
    } catch (const exchange::ContentError& e) {
        throw ActionError(e.what());
    }
}

void fill_laptop(CompetitionSession& laptop, const exchange::Kit& kit, const Actor& actor) {
    Store& store = laptop.store();
    Change change = store.begin(actor);
    bool pins = false;
    for (const exchange::KitJudge& j : kit.judges) {
        change.add_judge(Judge{j.code, j.name, j.employer, j.events});
        if (j.pin_hash.empty()) continue;
        change.set_secret(keys::pin(j.code), j.pin_hash);
        pins = true;
    }
    for (const exchange::KitContestant& k : kit.contestants) {
        Contestant c;
        c.registration_no = k.token;
        c.event = kit.event;
        c.workstation = k.workstation;
        change.add_contestant(c);
        if (!k.conflicted_judges.empty())
            change.set_setting(keys::conflict(k.token), joined_codes(k.conflicted_judges));
    }
    change.set_setting(keys::kMaster, kit.competition);
    change.set_setting(keys::kMasterKey, kit.master_public_key);
    change.set_setting(keys::kKitEvent, kit.event);
    change.set_setting(keys::kDeviceName, kit.device_name);
    if (!kit.chief_judge.empty()) {
        EventState state(kit.event);
        state.chief_judge = kit.chief_judge;
        change.set_event_state(state);
    }
    if (pins) change.set_setting(keys::kRoles, "on");
    // The secret half stays sealed under the passphrase: a copy of this file signs nothing.
    set_sealed_device_key(change, kit.device_public_key, kit.device_secret_sealed);
    change.audit("kit.import", kit.device_name,
                 "master=" + kit.competition + "\nevent=" + kit.event + "\nmade_at=" + kit.made_at +
                     "\nmade_by=" + kit.made_by +
                     "\ncontestants=" + std::to_string(kit.contestants.size()) + "\n");
    change.commit();
}

// The kit opened, or refused with the reason.
exchange::Kit opened_kit(const std::string& kit_bytes, const std::string& passphrase) {
    std::string secret;
    try {
        exchange::Kit kit = open_kit(kit_bytes, passphrase, secret);
        sodium_memzero(secret.data(), secret.size());
        return kit;
    } catch (const ActionError& e) {
        throw ActionError(format(tr("the judge kit is refused: %s"), {e.what()}));
    }
}

KitImport kit_summary(const exchange::Kit& kit) {
    return KitImport{kit.device_name, kit.event, kit.competition_name,
                     key_fingerprint(kit.master_public_key),
                     static_cast<int>(kit.contestants.size())};
}

}  // namespace

KitImport read_kit(const std::string& kit_bytes, const std::string& passphrase) {
    return kit_summary(opened_kit(kit_bytes, passphrase));
}

KitImport import_kit(const fs::path& db, const std::string& kit_bytes,
                     const std::string& passphrase, const Actor& actor) {
    const exchange::Kit kit = opened_kit(kit_bytes, passphrase);
    std::error_code ec;
    if (fs::exists(db, ec))
        throw ActionError(
            format(tr("%s already exists; a laptop's database is a new file"), {db.string()}));
    {
        Store store = Store::create(db.string(), kit.device);
        try {
            Actor who = actor;
            if (who.reason.empty()) who.reason = "judge kit imported";
            std::map<std::string, std::string> texts(kit.sources.begin(), kit.sources.end());
            store.save_sources(texts, who);
        } catch (...) {
            fs::remove(db, ec);
            throw;
        }
    }
    try {
        CompetitionSession laptop = CompetitionSession::open(db);
        Actor who = actor;
        if (who.reason.empty()) who.reason = "judge kit imported";
        fill_laptop(laptop, kit, who);
    } catch (...) {
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix, ec);
        throw;
    }
    return kit_summary(kit);
}

}  // namespace plumb
