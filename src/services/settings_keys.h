// The names of the settings rows the services read and write, each spelled once. What an
// event's results are (lock, reveal, revision, chief judge, double entry) is not a setting: it
// is the event's state (Store::event_state).
#pragma once

#include <string>

namespace plumb::keys {

inline constexpr const char* kRoles = "roles";  // "on" once the organiser has a password
inline constexpr const char* kOrganiserPassword = "organiser.password.secret";
inline std::string pin(const std::string& judge) {
    return "pin." + judge + ".secret";
}

// A laptop's identity, from its kit: its master's device id and public key, its event, its
// name. A database holding "master" is a laptop's.
inline constexpr const char* kMaster = "master";
inline constexpr const char* kMasterKey = "master.public";
inline constexpr const char* kKitEvent = "kit.event";
inline constexpr const char* kDeviceName = "device.name";
// On the master: the event a registered laptop's kit was made for.
inline std::string kit_event(const std::string& device) {
    return "kit:" + device;
}
// On the master: the judges a registered laptop's kit was made for, "J01,J03" (its authority:
// a packet brings only their marks and sign-offs).
inline std::string kit_judges(const std::string& device) {
    return "kit.judges:" + device;
}
// On the master: the registration numbers of the contestants a laptop's kit named, "ZY001,ZY004"
// (their workstations are fixed from then on; kits made before this list: every contestant).
inline std::string kit_contestants(const std::string& device) {
    return "kit.contestants:" + device;
}
// On the master: the chief judge a laptop's kit carried ("" for none), and whether it carried
// PIN hashes ("on": its laptop logs judges in; "off": anyone acts there as anyone).
inline std::string kit_chief(const std::string& device) {
    return "kit.chief:" + device;
}
inline std::string kit_logins(const std::string& device) {
    return "kit.logins:" + device;
}
// On the master: when a registered laptop was retired (its packets are refused from then on).
inline std::string kit_retired(const std::string& device) {
    return "kit.retired:" + device;
}
// On a laptop: judges who work for the employer of the contestant behind a blinded token.
inline std::string conflict(const std::string& token) {
    return "conflict:" + token;
}

// Minutes of no typing after which the console logs a judge out.
inline constexpr const char* kIdleLogoutMinutes = "console.idle_logout_minutes";

}  // namespace plumb::keys
