// Keyed BLAKE2b tokens for blinded registration numbers.
#include "store/blinding.h"

#include <sodium.h>

#include <array>
#include <vector>

#include "store/store.h"

namespace plumb {

std::string blind_token(const std::string& key_hex, const std::string& device,
                        const std::string& registration_no) {
    std::array<unsigned char, crypto_generichash_KEYBYTES> key{};
    std::size_t len = 0;
    if (sodium_hex2bin(key.data(), key.size(), key_hex.data(), key_hex.size(), nullptr, &len,
                       nullptr) != 0 ||
        len != key.size())
        throw StoreError("the blinding key is damaged (it is not 32 bytes of hex)");
    // The device id has a fixed length, so "device" + "number" cannot be read two ways.
    const std::string message = device + "\n" + registration_no;
    std::array<unsigned char, crypto_generichash_BYTES_MIN> mac{};  // 16 bytes; 8 are used
    crypto_generichash(mac.data(), mac.size(),
                       reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                       key.data(), key.size());
    sodium_memzero(key.data(), key.size());
    std::array<char, 17> hex{};
    sodium_bin2hex(hex.data(), hex.size(), mac.data(), 8);
    return std::string("b-") + hex.data();
}

}  // namespace plumb
