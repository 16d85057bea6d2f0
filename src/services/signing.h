// The database's Ed25519 signing key (libsodium): created on first use, used to sign exports
// and to derive certificates' verification codes.
#pragma once

#include <optional>
#include <string>

#include "services/competition_session.h"

namespace plumb {

struct DeviceKey {
    std::string public_hex;  // 32 bytes
    std::string secret_hex;  // 64 bytes (seed and public key), never printed or exported
};

// The database's key pair, created on first use ("signing.public" is an ordinary audited
// setting; "signing.secret" is a secret setting whose audit record holds only its digest).
DeviceKey device_key(CompetitionSession& session);
// The same inside an open change: made and written through it when the database has none yet.
DeviceKey device_key(Change& change, const Store& store);
// The key pair if the database has one (never creates it).
std::optional<DeviceKey> existing_device_key(const Store& store);

// Installs a key pair made elsewhere as the database's own.
void set_device_key(Change& change, const DeviceKey& key);

// A laptop's key pair as its kit brought it: the public half in the clear, the secret half
// sealed under the kit's passphrase (services/kit_secret.h), never stored in the clear.
void set_sealed_device_key(Change& change, const std::string& public_hex,
                           const std::string& sealed_secret);
// The laptop's key pair opened with the passphrase; ActionError when it does not open it.
// Laptops made from kits before passphrases hold the key in the clear: it is returned as it is.
DeviceKey laptop_key(const Store& store, const std::string& passphrase);

// Detached Ed25519 signature of `message` (hex, 64 bytes).
std::string sign_detached(const DeviceKey& key, const std::string& message);
// True when `signature_hex` is `public_hex`'s signature of `message`; false for malformed hex.
bool verify_detached(const std::string& public_hex, const std::string& message,
                     const std::string& signature_hex);

// A short code only the key's holder can compute: 8 characters of keyed BLAKE2b-256 of the
// message in the alphabet 23456789ABCDEFGHJKLMNPQRSTUVWXYZ (no 0/O or 1/I), as "XXXX-XXXX".
std::string short_code(const DeviceKey& key, const std::string& message);
// The code as typed by someone: case, spaces and dashes ignored ("abcd efgh" = "ABCD-EFGH").
std::string normalised_code(const std::string& typed);

// Hex BLAKE2b-256 of bytes.
std::string blake2b_hex(const std::string& bytes);
// First 16 hex digits of the public key's BLAKE2b, in groups of four: what people compare.
std::string key_fingerprint(const std::string& public_hex);

}  // namespace plumb
