// Private to src/store: settings whose value never enters the audit log, only its digest.
#pragma once

#include <string>
#include <string_view>

namespace plumb {

// Keys ending in ".secret" (e.g. "signing.secret") are secrets: written by Change::set_secret.
bool is_secret_setting(std::string_view key);

// Hex BLAKE2b-256 of a secret's value: what its audit record holds instead of the value.
std::string secret_digest(const std::string& value);

}  // namespace plumb
