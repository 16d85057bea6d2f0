// What a judge kit carries from the master to one laptop (docs/packets.md).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace plumb::exchange {

struct KitJudge {
    std::string code;
    std::string name;
    std::string employer;
    std::vector<std::string> events;
    std::string pin_hash;  // argon2id string (crypto_pwhash_str), empty when none is set
};

// A contestant as the laptop knows them: a blinded token and a workstation, nothing personal.
struct KitContestant {
    std::string token;
    std::string workstation;
    std::vector<std::string> conflicted_judges;  // judges sharing the contestant's employer
};

struct Kit {
    std::string competition;  // the master's device id
    std::string competition_name;
    std::string master_public_key;  // hex
    std::string device;             // the laptop's device id
    std::string device_name;
    std::string device_public_key;  // hex
    // The laptop's 64-byte signing key, sealed under a key made from the kit's passphrase
    // (services/kit_secret.h): a copied kit file alone signs nothing.
    std::string device_secret_sealed;
    std::string event;
    std::string made_at;
    std::string made_by;
    std::vector<std::pair<std::string, std::string>> sources;  // competition file and schemes
    std::vector<KitJudge> judges;
    std::string chief_judge;  // code of the event's chief judge, empty when none
    std::vector<KitContestant> contestants;
};

std::string kit_archive(const Kit& kit);
// Throws ContentError (exchange/content_error.h) for anything that is not a whole kit.
Kit read_kit_archive(const std::string& archive);

}  // namespace plumb::exchange
