// Secret settings (a signing key): stored like a setting, audited by digest, never by value.
#include "store/secrets.h"

#include <sodium.h>

#include <array>

#include "store/change_impl.h"
#include "store/payload.h"

namespace plumb {

bool is_secret_setting(std::string_view key) {
    constexpr std::string_view kSuffix = ".secret";
    return key.size() > kSuffix.size() && key.substr(key.size() - kSuffix.size()) == kSuffix;
}

std::string secret_digest(const std::string& value) {
    std::array<unsigned char, crypto_generichash_BYTES> digest{};
    crypto_generichash(digest.data(), digest.size(),
                       reinterpret_cast<const unsigned char*>(value.data()), value.size(), nullptr,
                       0);
    std::array<char, crypto_generichash_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return hex.data();
}

void Change::set_secret(const std::string& key, const std::string& value) {
    impl_->run("cannot set '" + key + "'", [&] {
        if (!is_secret_setting(key))
            throw StoreError("a secret setting's name ends in \".secret\"");
        Connection& s = impl_->store;
        std::optional<std::string> old;
        {
            Prepared q(s, "SELECT value FROM settings WHERE key = ?");
            q->bind(1, key);
            if (q->executeStep()) old = q->getColumn(0).getString();
        }
        // verify_audit() compares the row's digest with this one (see verify.cpp).
        PayloadWriter w;
        w.add("key", key).add("value.blake2b", secret_digest(value));
        if (old && *old != value) w.add("old.value.blake2b", secret_digest(*old));
        w.add("reason", impl_->actor.reason);
        impl_->record("setting", key, w.take());
        Prepared q(s,
                   "INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        q->bind(1, key);
        q->bind(2, value);
        q->exec();
    });
}

}  // namespace plumb
