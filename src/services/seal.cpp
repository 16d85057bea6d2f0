// Making and checking seals.
#include "services/seal.h"

#include <cctype>
#include <cstdint>
#include <string_view>

#include "core/translate.h"
#include "io/file_bytes.h"

namespace plumb {

namespace {

constexpr char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

// The first 80 bits of a hex digest, five at a time, grouped by four.
std::string code_of(const std::string& hex) {
    std::string out;
    for (int i = 0; i < 16; ++i) {
        std::uint32_t bits = 0;  // 5 bits starting at bit 5*i of the digest
        for (int b = 0; b < 5; ++b) {
            const int bit = 5 * i + b;
            const int nibble = std::stoi(hex.substr(static_cast<std::size_t>(bit / 4), 1), nullptr, 16);
            bits = (bits << 1) | ((nibble >> (3 - bit % 4)) & 1);
        }
        if (i > 0 && i % 4 == 0) out += '-';
        out += kAlphabet[bits];
    }
    return out;
}

std::string tidy(const std::string& typed) {
    std::string out;
    for (char c : typed)
        if (c != ' ' && c != '\t')
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}


// The records a seal counts, or -1 when it does not have a seal's form.
std::int64_t seal_count(const std::string& seal) {
    const auto dash = seal.find('-');
    if (dash == std::string::npos || dash == 0 || dash > 12 || seal.size() != dash + 20) return -1;
    for (std::size_t i = 0; i < seal.size(); ++i) {
        const char c = seal[i];
        const bool ok = i < dash ? (c >= '0' && c <= '9')
                        : (i - dash) % 5 == 0 ? c == '-'
                                              : std::string_view(kAlphabet).find(c) != std::string_view::npos;
        if (!ok) return -1;
    }
    return std::stoll(seal.substr(0, dash));
}

}  // namespace

std::string audit_seal(const Store& store) {
    return audit_seal(store, store.audit_count());
}

std::string audit_seal(const Store& store, std::int64_t count) {
    return std::to_string(count) + "-" + code_of(store.audit_digest(count));
}

std::string seal_form_problem(const std::string& seal, std::int64_t records) {
    const std::int64_t n = seal_count(seal);
    if (n < 0) return format(tr("'%s' is not a seal (RECORDS-XXXX-XXXX-XXXX-XXXX)"), {seal});
    if (n < records)
        return format(tr("its seal %s counts fewer records than it carries (%s)"),
                      {seal, std::to_string(records)});
    return {};
}

std::string seal_problem(const Store& store, const std::string& typed) {
    const std::string seal = tidy(typed);
    const std::int64_t n = seal_count(seal);
    if (n < 0)
        return format(tr("'%s' is not a seal (RECORDS-XXXX-XXXX-XXXX-XXXX)"), {typed});
    const std::string digest = store.audit_digest(n);
    if (digest.empty())
        return format(tr("the seal %s counts %s audit records, but the database holds only %s: "
                         "it was put back to an older copy, or records were cut from its end"),
                      {seal, std::to_string(n), std::to_string(store.audit_count())});
    if (std::to_string(n) + "-" + code_of(digest) != seal)
        return format(tr("the database's first %s audit records are not those the seal %s was "
                         "made from: they were changed or replaced"),
                      {std::to_string(n), seal});
    return {};
}

std::optional<std::string> seal_in(const std::filesystem::path& file) {
    const auto after = [](const std::string& text, const std::string& key,
                          const std::string& end) -> std::optional<std::string> {
        const auto at = text.find(key);
        if (at == std::string::npos) return std::nullopt;
        const auto from = at + key.size();
        const auto to = text.find_first_of(end, from);
        return text.substr(from, to == std::string::npos ? std::string::npos : to - from);
    };
    const std::filesystem::path manifest =
        file.extension() == ".sig" ? file : std::filesystem::path(file.string() + ".sig");
    if (std::filesystem::exists(manifest))
        if (auto s = after(read_file_bytes(manifest), "\nseal: ", "\n"); s && !s->empty()) return s;
    if (file.extension() == ".json") return after(read_file_bytes(file), "\"seal\": \"", "\"");
    return std::nullopt;
}

}  // namespace plumb
