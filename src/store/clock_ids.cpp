// Identifiers and timestamps for log entries: time-ordered UUIDs (version 7, their random bits
// from libsodium) and UTC time.
#include <sodium.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <stdexcept>

#include "os/os_calls.h"
#include "store/store.h"

namespace plumb {

// Version 7 (RFC 9562): the first 48 bits are the Unix time in milliseconds, the other 74
// random. Records made one after another sort together, so the master's uuid indexes grow at
// their end instead of everywhere (docs/performance.md); a wrong clock only changes the order.
std::string new_uuid() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
    unsigned char b[16];
    randombytes_buf(b, sizeof b);
    using namespace std::chrono;
    const auto ms = static_cast<std::uint64_t>(
        duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
    for (int i = 0; i < 6; ++i) b[i] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x70);  // version 7
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);  // RFC 9562 variant
    char out[37];
    std::snprintf(out, sizeof out,
                  "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0],
                  b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13],
                  b[14], b[15]);
    return out;
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
