// Signed manifests: FILE.sig beside an exported FILE holds its size, BLAKE2b-256 hash and the
// database's Ed25519 signature, so whoever receives FILE can tell it was not altered.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "services/signing.h"

namespace plumb {

// FILE + ".sig".
std::filesystem::path manifest_path(const std::filesystem::path& file);

// Writes FILE.sig for the file as it is now (atomically); returns its path.
// `seal`: the audit trail's seal of the state the file was made from (services/seal.h).
std::filesystem::path write_manifest(const std::filesystem::path& file, const DeviceKey& key,
                                     const std::string& competition, const std::string& seal);
// What write_manifest() writes, for `bytes` that will be `file` (written elsewhere until placed).
// `results`: the events' results revisions the file holds ("bricklaying=2/final rebar=1/draft"),
// so that a receiver with the competition can tell a file made before an appeal; "" for none.
std::string manifest_text(const std::filesystem::path& file, const std::string& bytes,
                          const DeviceKey& key, const std::string& competition,
                          const std::string& seal, const std::string& results = {});

// Whom the receiver of a file trusts to have signed it: a public key (from the organiser's
// database or given in hex), or its fingerprint as the organiser announced it. A manifest names
// its own signer, so without one of these anyone who re-signs a file would pass.
struct TrustedSigner {
    std::string public_hex;
    std::string fingerprint;  // as key_fingerprint() prints it
    bool empty() const { return public_hex.empty() && fingerprint.empty(); }
};

// A fingerprint as people type it (case, spaces ignored) in key_fingerprint()'s form, or
// nullopt when it is not 16 hex digits.
std::optional<std::string> fingerprint_from_text(const std::string& typed);

struct ManifestCheck {
    bool ok = false;          // intact, and signed by the trusted signer
    bool intact = false;      // the manifest's signature and the file's size and hash hold
    bool other_signer = false;  // intact manifest, signed by a key other than the trusted one
    std::string reason;       // why not, when not ok
    std::string public_hex;   // the signer's key, when the manifest could be read
    std::string fingerprint;  // key_fingerprint(public_hex)
    std::string competition;
    std::string signed_at;
    std::string seal;
    std::string results;  // as manifest_text() was given it; "" in older manifests
};

// Reads FILE.sig, checks its signature, that the signer is `trusted`, then FILE's size and hash.
// With no trusted signer the check is never ok: an intact file then says "the signer is
// unknown" and gives the signer's fingerprint to compare with the organiser's.
ManifestCheck verify_manifest(const std::filesystem::path& file, const TrustedSigner& trusted);

}  // namespace plumb
