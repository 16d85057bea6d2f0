// Canonical audit payloads: writing, reading back and comparing "key=value" lines.
#include "store/payload.h"

#include <algorithm>

namespace plumb {

PayloadWriter& PayloadWriter::add(std::string_view key, std::string_view value) {
    text_.append(key);
    text_ += '=';
    for (char ch : value) {
        switch (ch) {
            case '\\': text_ += "\\\\"; break;
            case '\n': text_ += "\\n"; break;
            case '\r': text_ += "\\r"; break;
            default: text_ += ch;
        }
    }
    text_ += '\n';
    return *this;
}

namespace {

std::string unescape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const char next = text[++i];
        out += next == 'n' ? '\n' : next == 'r' ? '\r' : next;
    }
    return out;
}

}  // namespace

PayloadFields parse_payload(const std::string& payload) {
    PayloadFields fields;
    std::string_view rest = payload;
    while (!rest.empty()) {
        const std::size_t end = rest.find('\n');
        const std::string_view line = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        const std::size_t eq = line.find('=');
        if (eq == std::string_view::npos) continue;
        fields.emplace_back(std::string(line.substr(0, eq)), unescape(line.substr(eq + 1)));
    }
    return fields;
}

std::string field(const PayloadFields& fields, std::string_view key) {
    for (const auto& [k, v] : fields)
        if (k == key) return v;
    return {};
}

std::string joined_field(const PayloadFields& fields, std::string_view key) {
    std::string out;
    bool first = true;
    for (const auto& [k, v] : fields) {
        if (k != key) continue;
        if (!first) out += ',';
        out += v;
        first = false;
    }
    return out;
}

namespace {

std::vector<std::string> values_of(const PayloadFields& fields, const std::string& key) {
    std::vector<std::string> values;
    for (const auto& [k, v] : fields)
        if (k == key) values.push_back(v);
    return values;
}

}  // namespace

std::vector<std::string> differing_keys(const PayloadFields& a, const PayloadFields& b) {
    std::vector<std::string> keys;
    auto note = [&keys](const std::string& k) {
        if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
    };
    for (const auto& [k, v] : a) note(k);
    for (const auto& [k, v] : b) note(k);
    std::vector<std::string> differing;
    for (const std::string& k : keys)
        if (values_of(a, k) != values_of(b, k)) differing.push_back(k);
    return differing;
}

std::string list_names(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
        out += names[i];
    }
    return out;
}

}  // namespace plumb
