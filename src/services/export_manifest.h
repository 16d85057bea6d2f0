// Signed manifests: FILE.sig beside an exported FILE holds its size, BLAKE2b-256 hash and the
// database's Ed25519 signature, so whoever receives FILE can tell it was not altered.
#pragma once

#include <filesystem>
#include <string>

#include "services/signing.h"

namespace plumb {

// FILE + ".sig".
std::filesystem::path manifest_path(const std::filesystem::path& file);

// Writes FILE.sig for the file as it is now (atomically); returns its path.
// `seal`: the audit trail's seal of the state the file was made from (services/seal.h).
std::filesystem::path write_manifest(const std::filesystem::path& file, const DeviceKey& key,
                                     const std::string& competition, const std::string& seal);

struct ManifestCheck {
    bool ok = false;
    std::string reason;       // why not, when not ok
    std::string public_hex;   // the signer's key, when the manifest could be read
    std::string fingerprint;  // key_fingerprint(public_hex)
    std::string competition;
    std::string signed_at;
    std::string seal;
};

// Reads FILE.sig, checks its signature, then FILE's size and hash against it. With
// `expected_public_hex`, the signer must also be that key.
ManifestCheck verify_manifest(const std::filesystem::path& file,
                              const std::string& expected_public_hex = {});

}  // namespace plumb
