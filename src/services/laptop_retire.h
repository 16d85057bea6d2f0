// Retiring a laptop on the master: one lost or stolen, handed back broken, or whose kit was made
// by mistake. Its packets are refused from then on (the marks they brought before stay, with
// their history), and its kit no longer fixes the event's draw or its contestants' workstations.
// Its name stays its own (the audit log names laptops by it). docs/rules.md.
#pragma once

#include <optional>
#include <string>

#include "services/gate.h"

namespace plumb {

// When a registered laptop was retired (ISO 8601 UTC), or nullopt while it is in service.
std::optional<std::string> retired_at(const Store& master, const std::string& device);

// Retires the laptop in service named `laptop` (its name, or its device id) with a reason
// (Act::RetireLaptop: the organiser). Refused on a laptop's database, for a name not in
// service, or without a reason. Its packets not yet imported are refused from then on: import
// its last packet first.
void retire_laptop(CompetitionSession& master, const Login& by, const std::string& laptop,
                   const std::string& reason);

}  // namespace plumb
