// Sealing a secret under a passphrase with libsodium.
#include "services/kit_secret.h"

#include <sodium.h>

#include <array>
#include <stdexcept>
#include <vector>

namespace plumb {

namespace {

constexpr char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
constexpr unsigned char kFormat = 1;
// The passphrase already has 80 bits: argon2id's interactive cost is plenty.
constexpr unsigned long long kOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr std::size_t kMem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
constexpr std::size_t kHeader = 1 + crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES;

void ensure_sodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

std::array<unsigned char, crypto_secretbox_KEYBYTES> key_of(const std::string& passphrase,
                                                             const unsigned char* salt) {
    const std::string p = normalised_passphrase(passphrase);
    std::array<unsigned char, crypto_secretbox_KEYBYTES> key{};
    if (crypto_pwhash(key.data(), key.size(), p.data(), p.size(), salt, kOps, kMem,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("not enough memory to open the kit's secret");
    return key;
}

}  // namespace

std::string new_passphrase() {
    ensure_sodium();
    std::string out;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0) out += '-';
        out += kAlphabet[randombytes_uniform(32)];
    }
    return out;
}

std::string normalised_passphrase(const std::string& typed) {
    std::string out;
    for (char c : typed) {
        if (c == ' ' || c == '-' || c == '\t') continue;
        out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return out;
}

std::string seal_secret(const std::string& secret, const std::string& passphrase) {
    ensure_sodium();
    std::vector<unsigned char> blob(kHeader + crypto_secretbox_MACBYTES + secret.size());
    blob[0] = kFormat;
    unsigned char* salt = blob.data() + 1;
    unsigned char* nonce = salt + crypto_pwhash_SALTBYTES;
    randombytes_buf(salt, crypto_pwhash_SALTBYTES);
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    auto key = key_of(passphrase, salt);
    crypto_secretbox_easy(blob.data() + kHeader, reinterpret_cast<const unsigned char*>(secret.data()),
                          secret.size(), nonce, key.data());
    sodium_memzero(key.data(), key.size());
    std::string hex(blob.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), blob.data(), blob.size());
    hex.pop_back();
    return hex;
}

std::optional<std::string> open_secret(const std::string& sealed_hex,
                                       const std::string& passphrase) {
    ensure_sodium();
    // Too short to hold even the header: refused before libsodium sees an empty buffer.
    if (sealed_hex.size() < 2 * (kHeader + crypto_secretbox_MACBYTES)) return std::nullopt;
    std::vector<unsigned char> blob(sealed_hex.size() / 2);
    std::size_t len = 0;
    if (sealed_hex.size() % 2 != 0 ||
        sodium_hex2bin(blob.data(), blob.size(), sealed_hex.data(), sealed_hex.size(), nullptr,
                       &len, nullptr) != 0 ||
        len != blob.size() || blob.size() < kHeader + crypto_secretbox_MACBYTES ||
        blob[0] != kFormat)
        return std::nullopt;
    const unsigned char* salt = blob.data() + 1;
    const unsigned char* nonce = salt + crypto_pwhash_SALTBYTES;
    auto key = key_of(passphrase, salt);
    std::string secret(blob.size() - kHeader - crypto_secretbox_MACBYTES, '\0');
    const bool ok = crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(secret.data()),
                                               blob.data() + kHeader, blob.size() - kHeader, nonce,
                                               key.data()) == 0;
    sodium_memzero(key.data(), key.size());
    if (!ok) return std::nullopt;
    return secret;
}

}  // namespace plumb
