// Kit and packet envelopes: sealed files open again; damaged or foreign ones are refused with
// the reason, before any content is read.
#include <doctest/doctest.h>
#include <sodium.h>

#include <string>

#include "exchange/envelope.h"

using namespace plumb::exchange;

namespace {

const std::string kCompetition = "11111111-2222-4333-8444-555555555555";
const std::string kDevice = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";

struct Keys {
    std::string public_hex, secret_hex;
    Keys() {
        REQUIRE(sodium_init() >= 0);
        unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
        crypto_sign_keypair(pk, sk);
        char hex[2 * crypto_sign_SECRETKEYBYTES + 1];
        public_hex = sodium_bin2hex(hex, sizeof hex, pk, sizeof pk);
        secret_hex = sodium_bin2hex(hex, sizeof hex, sk, sizeof sk);
    }
};

std::string refusal(const std::string& bytes, FileKind kind = FileKind::Packet) {
    try {
        open_envelope(bytes, kind);
    } catch (const EnvelopeError& e) {
        return e.what();
    }
    return "accepted";
}

}  // namespace

TEST_CASE("a sealed packet opens with its signer, competition, content and a valid signature") {
    const Keys keys;
    const std::string file =
        seal(FileKind::Packet, kCompetition, kDevice, keys.secret_hex, "the archive");
    CHECK(file.size() == kHeaderBytes + 11 + kTrailerBytes);
    const Envelope e = open_envelope(file, FileKind::Packet);
    CHECK(e.version == kPacketVersion);
    CHECK(e.competition == kCompetition);
    CHECK(e.device == kDevice);
    CHECK(e.public_key == keys.public_hex);
    CHECK(e.archive == "the archive");
    CHECK(e.hash.size() == 64);
    CHECK(e.signature.size() == 128);
    CHECK(signed_by(file, keys.public_hex));
    CHECK_FALSE(signed_by(file, Keys().public_hex));
    CHECK_FALSE(signed_by(file, "not hex"));
}

TEST_CASE("a kit is not a packet and a packet is not a kit") {
    const Keys keys;
    const std::string kit = seal(FileKind::Kit, kCompetition, kCompetition, keys.secret_hex, "k");
    CHECK(refusal(kit, FileKind::Packet) == "it is a judge kit, not a score packet");
    CHECK(refusal(kit, FileKind::Kit) == "accepted");
    CHECK(refusal("hello, world", FileKind::Kit) ==
          "it is not a judge kit (it does not start as one)");
    CHECK(refusal("") == "it is not a score packet (it does not start as one)");
}

TEST_CASE("every truncation of a packet is refused as truncated") {
    const Keys keys;
    const std::string file =
        seal(FileKind::Packet, kCompetition, kDevice, keys.secret_hex, std::string(300, 'x'));
    for (std::size_t n = 8; n < file.size(); n += 7) {
        CAPTURE(n);
        const std::string reason = refusal(file.substr(0, n));
        CHECK(reason.find("truncated") != std::string::npos);
    }
    CHECK(refusal(file + "extra").find("5 unexpected bytes") != std::string::npos);
}

TEST_CASE("a flipped bit anywhere is refused or fails the signature") {
    const Keys keys;
    const std::string file =
        seal(FileKind::Packet, kCompetition, kDevice, keys.secret_hex, std::string(100, 'y'));
    for (std::size_t i = 0; i < file.size(); ++i) {
        std::string damaged = file;
        damaged[i] = static_cast<char>(damaged[i] ^ 0x10);
        CAPTURE(i);
        const std::string reason = refusal(damaged);
        // The signature itself is outside the hash: a flip there shows when it is checked.
        if (i >= file.size() - 64)
            CHECK((reason == "accepted" && !signed_by(damaged, keys.public_hex)));
        else
            CHECK(reason != "accepted");
    }
}

TEST_CASE("other versions and oversized files are refused before the hash is computed") {
    const Keys keys;
    std::string file = seal(FileKind::Packet, kCompetition, kDevice, keys.secret_hex, "z");
    file[11] = 3;
    CHECK(refusal(file) == "it is in format version 3; this Plumbline reads versions 1 to 2");
    file[11] = 0;
    CHECK(refusal(file) == "it is in format version 0; this Plumbline reads versions 1 to 2");
    std::string huge = seal(FileKind::Kit, kCompetition, kCompetition, keys.secret_hex, "z");
    huge.resize(kMaxKitBytes + 1);
    CHECK(refusal(huge, FileKind::Kit).find("too large") != std::string::npos);
}

TEST_CASE("a kit of the old format (its key in the clear) is refused with what to do") {
    const Keys keys;
    std::string file = seal(FileKind::Kit, kCompetition, kCompetition, keys.secret_hex, "kit");
    CHECK(open_envelope(file, FileKind::Kit).version == kKitVersion);
    file[11] = 1;  // the version field's last byte: format 1
    CHECK(refusal(file, FileKind::Kit).find("old format") != std::string::npos);
}
