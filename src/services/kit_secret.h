// The kit's passphrase: the laptop's signing key travels, and stays on the laptop, sealed under
// a key made from it (argon2id, then XSalsa20-Poly1305), so that a copied kit file or laptop
// database signs nothing without it. The organiser reads the passphrase out or hands it over
// apart from the kit file.
#pragma once

#include <optional>
#include <string>

namespace plumb {

// A new passphrase: 16 characters of 23456789ABCDEFGHJKLMNPQRSTUVWXYZ (80 bits), as
// "XXXX-XXXX-XXXX-XXXX".
std::string new_passphrase();
// The passphrase as typed: case, spaces and dashes ignored.
std::string normalised_passphrase(const std::string& typed);

// The secret sealed under the passphrase: hex of a header (format, cost), salt, nonce and the
// ciphertext.
std::string seal_secret(const std::string& secret, const std::string& passphrase);
// The secret, or nullopt when the passphrase does not open it (or the blob is damaged).
std::optional<std::string> open_secret(const std::string& sealed_hex,
                                       const std::string& passphrase);

}  // namespace plumb
