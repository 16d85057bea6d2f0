// The manifest format (docs/exports.md): "key: value" lines, the last one the signature of
// every byte before it.
#include "services/export_manifest.h"

#include <map>
#include <stdexcept>
#include <system_error>

#include "core/identifier.h"
#include "core/translate.h"
#include "io/file_bytes.h"

namespace plumb {

namespace {

constexpr const char* kMagic = "plumbline signed export v1\n";
constexpr const char* kSignature = "signature: ";
// A manifest is a few hundred bytes; an export checked against one is read whole to hash it.
constexpr std::size_t kMaxManifestBytes = 64 << 10;
constexpr std::size_t kMaxExportBytes = std::size_t{1} << 30;

std::map<std::string, std::string> fields_of(const std::string& text) {
    std::map<std::string, std::string> out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(pos, end - pos);
        const auto colon = line.find(": ");
        if (colon != std::string::npos) out[line.substr(0, colon)] = line.substr(colon + 2);
        pos = end + 1;
    }
    return out;
}

}  // namespace

std::filesystem::path manifest_path(const std::filesystem::path& file) {
    return file.string() + ".sig";
}

std::filesystem::path write_manifest(const std::filesystem::path& file, const DeviceKey& key,
                                     const std::string& competition, const std::string& seal) {
    const auto sig = manifest_path(file);
    write_file_atomically(sig, manifest_text(file, read_file_bytes(file), key, competition, seal));
    return sig;
}

std::string manifest_text(const std::filesystem::path& file, const std::string& bytes,
                          const DeviceKey& key, const std::string& competition,
                          const std::string& seal, const std::string& results) {
    std::string text = kMagic;
    text += "file: " + file.filename().string() + "\n";
    text += "bytes: " + std::to_string(bytes.size()) + "\n";
    text += "blake2b-256: " + blake2b_hex(bytes) + "\n";
    text += "competition: " + competition + "\n";
    text += "signed-at: " + utc_now() + "\n";
    text += "seal: " + seal + "\n";
    if (!results.empty()) text += "results: " + results + "\n";
    text += "public-key: " + key.public_hex + "\n";
    text += "fingerprint: " + key_fingerprint(key.public_hex) + "\n";
    text += kSignature + sign_detached(key, text) + "\n";
    return text;
}

std::optional<std::string> fingerprint_from_text(const std::string& typed) {
    std::string hex;
    for (char c : narrow_width(typed)) {  // a Chinese keyboard in full-width mode: ９７２１
        if (c == ' ' || c == '-' || c == ':') continue;
        if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return std::nullopt;
        hex += c;
    }
    if (hex.size() != 16) return std::nullopt;
    return hex.substr(0, 4) + " " + hex.substr(4, 4) + " " + hex.substr(8, 4) + " " +
           hex.substr(12, 4);
}

namespace {

// Why `file` cannot be the signed file a receiver checks, or "".
std::string not_a_signed_file(const std::filesystem::path& file) {
    std::error_code ec;
    const auto kind = std::filesystem::status(file, ec).type();
    const std::string sig = ".sig";  // what manifest_path() adds
    const std::string name = file.string();
    if (name.size() > sig.size() && name.compare(name.size() - sig.size(), sig.size(), sig) == 0)
        return format(tr("%s is the signature: choose the file it signs, %s"),
                      {name, name.substr(0, name.size() - sig.size())});
    if (kind == std::filesystem::file_type::not_found)
        return format(tr("%s does not exist"), {name});
    if (kind == std::filesystem::file_type::directory)
        return format(tr("%s is a folder, not a file"), {name});
    if (kind != std::filesystem::file_type::regular) return format(tr("%s is not a file"), {name});
    return {};
}

}  // namespace

ManifestCheck verify_manifest(const std::filesystem::path& file, const TrustedSigner& trusted) {
    ManifestCheck check;
    if (std::string why = not_a_signed_file(file); !why.empty()) {
        check.reason = why;
        return check;
    }
    const auto sig_path = manifest_path(file);
    std::error_code ec;
    if (!std::filesystem::exists(sig_path, ec)) {
        check.reason =
            format(tr("%s is missing: the file cannot be verified"), {sig_path.string()});
        return check;
    }
    std::string text;
    try {
        if (!std::filesystem::is_regular_file(sig_path, ec))
            throw std::runtime_error(format(tr("%s is not a file"), {sig_path.string()}));
        text = read_file_bytes(sig_path, kMaxManifestBytes);
    } catch (const std::exception& e) {  // too large, a folder, unreadable
        check.reason = e.what();
        return check;
    }
    const auto at = text.rfind(kSignature);
    if (text.rfind(kMagic, 0) != 0 || at == std::string::npos) {
        check.reason = format(tr("%s is not a Plumbline manifest"), {sig_path.string()});
        return check;
    }
    const std::string signed_part = text.substr(0, at);
    auto fields = fields_of(signed_part);
    check.public_hex = fields["public-key"];
    check.fingerprint = key_fingerprint(check.public_hex);
    check.competition = fields["competition"];
    check.signed_at = fields["signed-at"];
    check.seal = fields["seal"];
    check.results = fields["results"];
    std::string signature = text.substr(at + std::string(kSignature).size());
    while (!signature.empty() && (signature.back() == '\n' || signature.back() == '\r'))
        signature.pop_back();
    if (!verify_detached(check.public_hex, signed_part, signature)) {
        check.reason =
            format(tr("%s was altered: its signature does not verify"), {sig_path.string()});
        return check;
    }
    const bool key_differs = !trusted.public_hex.empty() && trusted.public_hex != check.public_hex;
    const bool fingerprint_differs =
        !trusted.fingerprint.empty() && trusted.fingerprint != check.fingerprint;
    if (key_differs || fingerprint_differs) {
        check.other_signer = true;
        check.reason =
            format(tr("signed by key %s, not by the expected key %s"),
                   {check.fingerprint,
                    key_differs ? key_fingerprint(trusted.public_hex) : trusted.fingerprint});
        return check;
    }
    // The size first, from the file system: a file of another size is not read at all.
    const bool same_size = std::to_string(std::filesystem::file_size(file, ec)) == fields["bytes"];
    std::string bytes;
    try {
        if (same_size) bytes = read_file_bytes(file, kMaxExportBytes);
    } catch (const std::exception& e) {  // too large, gone meanwhile, unreadable
        check.reason = e.what();
        return check;
    }
    if (!same_size || std::to_string(bytes.size()) != fields["bytes"] ||
        blake2b_hex(bytes) != fields["blake2b-256"]) {
        check.reason = format(same_size ? tr("%s was changed after it was signed (its hash "
                                             "differs from the manifest)")
                                        : tr("%s was changed after it was signed (its size "
                                             "differs from the manifest)"),
                              {file.string()});
        return check;
    }
    check.intact = true;
    if (trusted.empty()) {
        // Intact against the key the manifest itself names, which anyone can make.
        check.reason = format(tr("the signer is unknown: %s is unchanged since key %s signed it, "
                                 "but nothing says whose key that is"),
                              {file.string(), check.fingerprint});
        return check;
    }
    check.ok = true;
    return check;
}

}  // namespace plumb
