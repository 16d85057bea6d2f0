// The signed envelope of kit and packet files: magic, format version, who signed it for which
// competition, the archive, its BLAKE2b hash and the Ed25519 signature (docs/packets.md).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace plumb::exchange {

enum class FileKind { Kit, Packet };
const char* to_string(FileKind kind);  // "judge kit", "score packet"

// Format versions. Kits: 2 carries the laptop's key sealed under a passphrase (1, with the key
// in the clear, is refused). Packets: 2 carries the records alone, in a binary archive, and
// the laptop's seal; 1 is still read.
inline constexpr std::uint32_t kKitVersion = 2;
inline constexpr std::uint32_t kPacketVersion = 2;
inline constexpr std::uint32_t kOldestPacketVersion = 1;
// The version a file of `kind` is written in.
std::uint32_t current_version(FileKind kind);
inline constexpr std::size_t kHeaderBytes = 124;
inline constexpr std::size_t kTrailerBytes = 32 + 64;  // hash, signature
inline constexpr std::size_t kMaxKitBytes = 16u << 20;
inline constexpr std::size_t kMaxPacketBytes = 128u << 20;

// A file refused before its content is read: the reason says what is wrong with it.
class EnvelopeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Envelope {
    FileKind kind = FileKind::Packet;
    std::uint32_t version = 0;
    std::string competition;  // the master's device id
    std::string device;       // the signer's device id
    std::string public_key;   // the signer's key, hex (checked against the one trusted)
    std::string archive;      // the content: a Boost archive (exchange/packet.h, kit.h)
    std::string hash;         // hex BLAKE2b-256 of everything before it
    std::string signature;    // hex Ed25519 of everything before it
};

// The file for `archive`, signed with the 64-byte secret key given in hex, in `version` (0:
// current_version(kind); an older one only to make the files older Plumblines wrote).
std::string seal(FileKind kind, const std::string& competition, const std::string& device,
                 const std::string& secret_key_hex, const std::string& archive,
                 std::uint32_t version = 0);

// Reads the envelope of a file of `kind`: size, magic, version, declared length and hash are
// checked; the signature is only read (its signer must first be looked up, see signed_by).
Envelope open_envelope(const std::string& bytes, FileKind kind);

// True when the file's signature is valid for `public_key_hex`.
bool signed_by(const std::string& bytes, const std::string& public_key_hex);

}  // namespace plumb::exchange
