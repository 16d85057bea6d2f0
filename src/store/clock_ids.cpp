// Identifiers and timestamps for log entries: time-ordered UUIDs (version 7, and version 8 with
// the device's tag; their random bits from libsodium) and UTC time.
#include <sodium.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <stdexcept>

#include "os/os_calls.h"
#include "store/store.h"

namespace plumb {

namespace {

using UuidBytes = std::array<unsigned char, 16>;

// The clock's milliseconds, then random bits, with the version and RFC 9562's variant set.
UuidBytes time_ordered(unsigned version) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
    UuidBytes b;
    randombytes_buf(b.data(), b.size());
    using namespace std::chrono;
    const auto ms = static_cast<std::uint64_t>(
        duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
    for (int i = 0; i < 6; ++i) b[i] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | (version << 4));
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);
    return b;
}

std::string text_of(const UuidBytes& b) {
    char out[37];
    std::snprintf(out, sizeof out,
                  "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0],
                  b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13],
                  b[14], b[15]);
    return out;
}

// The last 32 bits of a device's uuid: SipHash-2-4 of the first 96, keyed by a BLAKE2b digest
// of the device id. Anyone can compute it (it is no secret); what it gives is that a uuid made
// for one device is not one made for another.
std::array<unsigned char, 4> device_tag(const UuidBytes& b, const std::string& device) {
    static const std::string kDomain = "plumbline uuid tag v1";
    // A merge checks a hundred thousand uuids of one laptop after another: its key is derived
    // once, not for each.
    thread_local std::string keyed;
    thread_local unsigned char key[crypto_shorthash_KEYBYTES];
    if (keyed != device || keyed.empty()) {
        crypto_generichash(key, sizeof key, reinterpret_cast<const unsigned char*>(device.data()),
                           device.size(), reinterpret_cast<const unsigned char*>(kDomain.data()),
                           kDomain.size());
        keyed = device;
    }
    unsigned char h[crypto_shorthash_BYTES];
    crypto_shorthash(h, b.data(), 12, key);
    return {h[0], h[1], h[2], h[3]};
}

bool parse_uuid(const std::string& text, UuidBytes& b) {
    if (text.size() != 36) return false;
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash != (text[i] == '-')) return false;
    }
    const char* end = nullptr;
    return sodium_hex2bin(b.data(), b.size(), text.data(), text.size(), "-", &n, &end) == 0 &&
           n == b.size() && end == text.data() + text.size();
}

}  // namespace

// Version 7 (RFC 9562): the first 48 bits are the Unix time in milliseconds, the other 74
// random. Records made one after another sort together, so the master's uuid indexes grow at
// their end instead of everywhere (docs/performance.md); a wrong clock only changes the order.
std::string new_uuid() {
    return text_of(time_ordered(7));
}

std::string new_uuid(const std::string& device) {
    UuidBytes b = time_ordered(8);
    const auto tag = device_tag(b, device);
    std::copy(tag.begin(), tag.end(), b.begin() + 12);
    return text_of(b);
}

bool uuid_made_by(const std::string& uuid, const std::string& device) {
    UuidBytes b;
    if (!parse_uuid(uuid, b) || (b[6] >> 4) != 8) return true;
    const auto tag = device_tag(b, device);
    return std::equal(tag.begin(), tag.end(), b.begin() + 12);
}

std::string utc_now() {
    using namespace std::chrono;
    const auto now = system_clock::now();
    const auto ms = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    const std::time_t t = system_clock::to_time_t(now);
    const std::tm tm = os::utc_calendar(t);
    char out[64];
    std::snprintf(out, sizeof out, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                  tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                  static_cast<int>(ms));
    return out;
}

}  // namespace plumb
