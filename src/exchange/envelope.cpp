// Sealing and opening kit and packet files.
#include "exchange/envelope.h"

#include <sodium.h>

#include <array>
#include <string_view>

#include "core/translate.h"

namespace plumb::exchange {

namespace {

constexpr std::string_view kKitMagic("\x89PLBKIT\n", 8);
constexpr std::string_view kPacketMagic("\x89PLBPKT\n", 8);
constexpr std::size_t kIdBytes = 36;
constexpr std::size_t kKeyBytes = crypto_sign_PUBLICKEYBYTES;

std::string_view magic(FileKind kind) {
    return kind == FileKind::Kit ? kKitMagic : kPacketMagic;
}

void ensure_sodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

void put_be(std::string& out, std::uint64_t v, int bytes) {
    for (int i = bytes - 1; i >= 0; --i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

std::uint64_t get_be(std::string_view in, std::size_t at, int bytes) {
    std::uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) v = (v << 8) | static_cast<unsigned char>(in[at + i]);
    return v;
}

std::string hex(std::string_view bin) {
    std::string out(bin.size() * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bin.data()),
                   bin.size());
    out.pop_back();
    return out;
}

bool unhex(const std::string& text, std::string& bin, std::size_t n) {
    bin.assign(n, '\0');
    std::size_t len = 0;
    return text.size() == 2 * n &&
           sodium_hex2bin(reinterpret_cast<unsigned char*>(bin.data()), n, text.data(), text.size(),
                          nullptr, &len, nullptr) == 0 &&
           len == n;
}

std::string blake2b(std::string_view data) {
    std::string digest(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), digest.size(),
                       reinterpret_cast<const unsigned char*>(data.data()), data.size(), nullptr,
                       0);
    return digest;
}

// An id field: exactly 36 printable ASCII characters.
std::string id_field(std::string_view bytes, std::size_t at, const std::string& what) {
    const std::string_view id = bytes.substr(at, kIdBytes);
    for (char c : id)
        if (c < 0x21 || c > 0x7e) throw EnvelopeError(format(tr("its %s is damaged"), {what}));
    return std::string(id);
}

// "score packet", "judge kit", translated.
std::string kind_name(FileKind kind) {
    return kind == FileKind::Kit ? tr("judge kit") : tr("score packet");
}

}  // namespace

std::uint32_t current_version(FileKind kind) {
    return kind == FileKind::Kit ? kKitVersion : kPacketVersion;
}

const char* to_string(FileKind kind) {
    return kind == FileKind::Kit ? "judge kit" : "score packet";
}

std::string seal(FileKind kind, const std::string& competition, const std::string& device,
                 const std::string& secret_key_hex, const std::string& archive,
                 std::uint32_t version) {
    ensure_sodium();
    if (competition.size() != kIdBytes || device.size() != kIdBytes)
        throw std::invalid_argument("device ids are 36 characters");
    std::string sk;
    if (!unhex(secret_key_hex, sk, crypto_sign_SECRETKEYBYTES))
        throw std::invalid_argument("the signing key is damaged");
    std::string pk(kKeyBytes, '\0');
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(pk.data()),
                                 reinterpret_cast<const unsigned char*>(sk.data()));
    std::string out(magic(kind));
    put_be(out, version == 0 ? current_version(kind) : version, 4);
    out += competition;
    out += device;
    out += pk;
    put_be(out, archive.size(), 8);
    out += archive;
    out += blake2b(out);
    std::string sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(out.data()), out.size(),
                         reinterpret_cast<const unsigned char*>(sk.data()));
    sodium_memzero(sk.data(), sk.size());
    return out + sig;
}

Envelope open_envelope(const std::string& bytes, FileKind kind) {
    ensure_sodium();
    const std::string what = kind_name(kind);
    const std::size_t max = kind == FileKind::Kit ? kMaxKitBytes : kMaxPacketBytes;
    if (bytes.size() > max)
        throw EnvelopeError(format(tr("it is too large for a %s (%s bytes; at most %s)"),
                                   {what, std::to_string(bytes.size()), std::to_string(max)}));
    const std::string_view in(bytes);
    if (in.size() < magic(kind).size() || in.substr(0, magic(kind).size()) != magic(kind)) {
        const FileKind other = kind == FileKind::Kit ? FileKind::Packet : FileKind::Kit;
        if (in.size() >= magic(other).size() && in.substr(0, magic(other).size()) == magic(other))
            throw EnvelopeError(format(tr("it is a %s, not a %s"), {kind_name(other), what}));
        throw EnvelopeError(format(tr("it is not a %s (it does not start as one)"), {what}));
    }
    if (in.size() < kHeaderBytes + kTrailerBytes)
        throw EnvelopeError(format(tr("it is truncated (%s bytes, shorter than any %s)"),
                                   {std::to_string(in.size()), what}));
    Envelope e;
    e.kind = kind;
    e.version = static_cast<std::uint32_t>(get_be(in, 8, 4));
    if (kind == FileKind::Kit && e.version == 1)
        throw EnvelopeError(
            tr("it is a judge kit of the old format, which carried the laptop's key without a "
               "passphrase: make a new kit on the master"));
    const std::uint32_t oldest = kind == FileKind::Kit ? kKitVersion : kOldestPacketVersion;
    if (e.version < oldest || e.version > current_version(kind))
        throw EnvelopeError(
            oldest == current_version(kind)
                ? format(tr("it is in format version %s; this Plumbline reads version %s"),
                         {std::to_string(e.version), std::to_string(oldest)})
                : format(tr("it is in format version %s; this Plumbline reads versions %s to %s"),
                         {std::to_string(e.version), std::to_string(oldest),
                          std::to_string(current_version(kind))}));
    const std::uint64_t length = get_be(in, 116, 8);
    const std::size_t body = in.size() - kHeaderBytes - kTrailerBytes;
    if (length > body)
        throw EnvelopeError(format(tr("it is truncated (%s bytes of its content are missing)"),
                                   {std::to_string(length - body)}));
    if (length < body)
        throw EnvelopeError(format(tr("it has %s unexpected bytes after its content"),
                                   {std::to_string(body - length)}));
    const std::size_t hash_at = kHeaderBytes + body;
    if (blake2b(in.substr(0, hash_at)) != in.substr(hash_at, 32))
        throw EnvelopeError(
            tr("its hash does not match its content (the file was damaged or changed)"));
    e.competition = id_field(in, 12, tr("competition id"));
    e.device = id_field(in, 48, tr("device id"));
    e.public_key = hex(in.substr(84, kKeyBytes));
    e.archive = std::string(in.substr(kHeaderBytes, body));
    e.hash = hex(in.substr(hash_at, 32));
    e.signature = hex(in.substr(hash_at + 32, crypto_sign_BYTES));
    return e;
}

bool signed_by(const std::string& bytes, const std::string& public_key_hex) {
    ensure_sodium();
    std::string pk;
    if (bytes.size() < kHeaderBytes + kTrailerBytes ||
        !unhex(public_key_hex, pk, crypto_sign_PUBLICKEYBYTES))
        return false;
    const std::size_t signed_bytes = bytes.size() - crypto_sign_BYTES;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char*>(bytes.data() + signed_bytes),
               reinterpret_cast<const unsigned char*>(bytes.data()), signed_bytes,
               reinterpret_cast<const unsigned char*>(pk.data())) == 0;
}

}  // namespace plumb::exchange
