// Ed25519 keys, signatures and short verification codes through libsodium.
#include "services/signing.h"

#include "core/translate.h"
#include "services/kit_secret.h"

#include <sodium.h>

#include <array>
#include <stdexcept>
#include <vector>

namespace plumb {

namespace {

constexpr const char* kPublicKey = "signing.public";
constexpr const char* kSecretKey = "signing.secret";
constexpr const char* kSealedKey = "signing.sealed.secret";

void ensure_sodium() {
    static const int ok = sodium_init();
    if (ok < 0) throw std::runtime_error("libsodium could not be initialised");
}

std::string to_hex(const unsigned char* data, std::size_t n) {
    std::vector<char> hex(n * 2 + 1);
    sodium_bin2hex(hex.data(), hex.size(), data, n);
    return hex.data();
}

// Exactly `n` bytes from hex, or nullopt.
std::optional<std::vector<unsigned char>> from_hex(const std::string& hex, std::size_t n) {
    std::vector<unsigned char> bin(n);
    std::size_t len = 0;
    if (hex.size() != n * 2 ||
        sodium_hex2bin(bin.data(), n, hex.data(), hex.size(), nullptr, &len, nullptr) != 0 ||
        len != n)
        return std::nullopt;
    return bin;
}

std::vector<unsigned char> secret_bytes(const DeviceKey& key) {
    auto sk = from_hex(key.secret_hex, crypto_sign_SECRETKEYBYTES);
    if (!sk) throw std::runtime_error("the database's signing key is damaged");
    return *sk;
}

const unsigned char* bytes(const std::string& s) {
    return reinterpret_cast<const unsigned char*>(s.data());
}

}  // namespace

std::optional<DeviceKey> existing_device_key(const Store& store) {
    ensure_sodium();
    const auto pk = store.setting(kPublicKey);
    const auto sk = store.setting(kSecretKey);
    if (!pk && !sk) return std::nullopt;
    if (!sk && store.setting(kSealedKey))
        throw ActionError(tr("this laptop's signing key is sealed under its kit's passphrase"));
    DeviceKey key{pk.value_or(""), sk.value_or("")};
    // The public half must be the one inside the secret key, or signatures would not verify.
    const auto secret = from_hex(key.secret_hex, crypto_sign_SECRETKEYBYTES);
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> derived{};
    if (!secret || crypto_sign_ed25519_sk_to_pk(derived.data(), secret->data()) != 0 ||
        to_hex(derived.data(), derived.size()) != key.public_hex)
        throw std::runtime_error(store.path() +
                                 ": the signing key settings are damaged (public and secret "
                                 "halves do not belong together)");
    return key;
}

namespace {

DeviceKey new_device_key() {
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pk{};
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk{};
    crypto_sign_keypair(pk.data(), sk.data());
    DeviceKey key{to_hex(pk.data(), pk.size()), to_hex(sk.data(), sk.size())};
    sodium_memzero(sk.data(), sk.size());
    return key;
}

}  // namespace

DeviceKey device_key(CompetitionSession& session) {
    if (auto key = existing_device_key(session.store())) return *key;
    Change change = session.store().begin(Actor{{}, "plumbline", "signing key created"});
    // Another process may have created it meanwhile; BEGIN IMMEDIATE makes the read final.
    const DeviceKey key = device_key(change, session.store());
    change.commit();
    return key;
}

DeviceKey device_key(Change& change, const Store& store) {
    if (auto key = existing_device_key(store)) return *key;
    ensure_sodium();
    const DeviceKey key = new_device_key();
    set_device_key(change, key);
    return key;
}

void set_sealed_device_key(Change& change, const std::string& public_hex,
                           const std::string& sealed_secret) {
    change.set_setting(kPublicKey, public_hex);
    change.set_secret(kSealedKey, sealed_secret);
}

DeviceKey laptop_key(const Store& store, const std::string& passphrase) {
    if (store.setting(kSecretKey)) return *existing_device_key(store);
    const auto sealed = store.setting(kSealedKey);
    const auto pk = store.setting(kPublicKey);
    if (!sealed || !pk) throw ActionError(tr("this laptop's database has lost its signing key"));
    const auto secret = open_secret(*sealed, passphrase);
    if (!secret)
        throw ActionError(tr("the passphrase does not open this laptop's signing key (it is the "
                             "one given with the laptop's kit)"));
    return DeviceKey{*pk, *secret};
}

void set_device_key(Change& change, const DeviceKey& key) {
    change.set_setting(kPublicKey, key.public_hex);
    change.set_secret(kSecretKey, key.secret_hex);
}

std::string sign_detached(const DeviceKey& key, const std::string& message) {
    ensure_sodium();
    const auto sk = secret_bytes(key);
    std::array<unsigned char, crypto_sign_BYTES> sig{};
    crypto_sign_detached(sig.data(), nullptr, bytes(message), message.size(), sk.data());
    return to_hex(sig.data(), sig.size());
}

bool verify_detached(const std::string& public_hex, const std::string& message,
                     const std::string& signature_hex) {
    ensure_sodium();
    const auto pk = from_hex(public_hex, crypto_sign_PUBLICKEYBYTES);
    const auto sig = from_hex(signature_hex, crypto_sign_BYTES);
    if (!pk || !sig) return false;
    return crypto_sign_verify_detached(sig->data(), bytes(message), message.size(), pk->data()) ==
           0;
}

std::string short_code(const DeviceKey& key, const std::string& message) {
    ensure_sodium();
    static constexpr char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    const auto sk = secret_bytes(key);  // 64 bytes: BLAKE2b's largest key
    std::array<unsigned char, crypto_generichash_BYTES> mac{};
    crypto_generichash(mac.data(), mac.size(), bytes(message), message.size(), sk.data(),
                       sk.size());
    // 40 bits, 5 at a time.
    std::uint64_t bits = 0;
    for (int i = 0; i < 5; ++i) bits = (bits << 8) | mac[static_cast<std::size_t>(i)];
    std::string code;
    for (int i = 7; i >= 0; --i) {
        code += kAlphabet[(bits >> (5 * i)) & 31];
        if (i == 4) code += '-';
    }
    return code;
}

std::string normalised_code(const std::string& typed) {
    std::string code;
    for (char c : typed) {
        if (c == ' ' || c == '-') continue;
        code += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    if (code.size() != 8) return code;
    return code.substr(0, 4) + '-' + code.substr(4);
}

std::string blake2b_hex(const std::string& data) {
    ensure_sodium();
    std::array<unsigned char, crypto_generichash_BYTES> digest{};
    crypto_generichash(digest.data(), digest.size(), bytes(data), data.size(), nullptr, 0);
    return to_hex(digest.data(), digest.size());
}

std::string key_fingerprint(const std::string& public_hex) {
    const auto pk = from_hex(public_hex, crypto_sign_PUBLICKEYBYTES);
    if (!pk) return "(not a public key)";
    const std::string h =
        blake2b_hex(std::string(reinterpret_cast<const char*>(pk->data()), pk->size()))
            .substr(0, 16);
    return h.substr(0, 4) + " " + h.substr(4, 4) + " " + h.substr(8, 4) + " " + h.substr(12, 4);
}

}  // namespace plumb
