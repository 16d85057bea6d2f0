// Blinded registration numbers: what a laptop calls a contestant instead of their number.
#pragma once

#include <string>

namespace plumb {

// The master's secret setting holding the blinding key (64 hex digits, set by the first kit).
inline constexpr const char* kBlindingKeySetting = "blinding.secret";

// The token standing for `registration_no` on `device`: "b-" and 16 hex digits of keyed
// BLAKE2b over the device id and the number. Without the key it says nothing about the
// number; with it the master maps a laptop's entries back (docs/packets.md).
std::string blind_token(const std::string& key_hex, const std::string& device,
                        const std::string& registration_no);

}  // namespace plumb
