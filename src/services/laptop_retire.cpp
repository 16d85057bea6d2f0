// Retiring a registered laptop through the gate.
#include "services/laptop_retire.h"

#include "core/translate.h"
#include "services/judge_kit.h"
#include "services/settings_keys.h"

namespace plumb {

namespace {

bool blank(const std::string& s) {
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

}  // namespace

std::optional<std::string> retired_at(const Store& master, const std::string& device) {
    return master.setting(keys::kit_retired(device));
}

void retire_laptop(CompetitionSession& master, const Login& by, const std::string& laptop,
                   const std::string& reason) {
    Action action(master, by, Act::RetireLaptop, reason);
    action.require_place();
    Store& store = action.store();
    const Device* found = nullptr;
    std::vector<Device> devices = store.devices();
    for (const Device& d : devices)
        if (!d.public_key.empty() && (d.name == laptop || d.id == laptop) &&
            !retired_at(store, d.id))
            found = &d;
    if (!found) {
        for (const Device& d : devices)
            if (!d.public_key.empty() && (d.name == laptop || d.id == laptop))
                throw ActionError(format(tr("laptop %s is retired already"), {laptop}));
        throw ActionError(format(tr("no laptop named %s is registered here"), {laptop}));
    }
    const std::string event = kit_event(store, found->id).value_or("");
    action.allow(event.empty() ? std::vector<std::string>{} : std::vector<std::string>{event});
    if (blank(reason)) throw ActionError(tr("retiring a laptop needs a reason"));
    const std::string at = utc_now();
    Change& change = action.change();
    change.set_setting(keys::kit_retired(found->id), at);
    change.audit("kit.retire", found->name,
                 "device=" + found->id + "\nevent=" + event + "\nretired_at=" + at + "\n");
    action.commit();
}

}  // namespace plumb
