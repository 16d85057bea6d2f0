// Audit payloads: canonical "key=value" lines with escaped values (read by services too).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plumb {

using PayloadFields = std::vector<std::pair<std::string, std::string>>;

// Builds a payload line by line; values have '\\', '\n' and '\r' escaped so that each
// field is exactly one line and the text reads back unambiguously.
class PayloadWriter {
public:
    PayloadWriter& add(std::string_view key, std::string_view value);
    const std::string& str() const { return text_; }
    std::string take() { return std::move(text_); }

private:
    std::string text_;
};

// The fields of a payload in order (a key may repeat); lines without '=' are skipped.
PayloadFields parse_payload(const std::string& payload);

// The value of the first field named `key`, or "" when there is none.
std::string field(const PayloadFields& fields, std::string_view key);

// All values of `key` joined with ',' (for repeated keys such as a judge's events).
std::string joined_field(const PayloadFields& fields, std::string_view key);

// Keys whose values differ between `a` and `b` (each key once, in order of first appearance).
std::vector<std::string> differing_keys(const PayloadFields& a, const PayloadFields& b);

// "value", "value and reason", "value, aspect and reason".
std::string list_names(const std::vector<std::string>& names);

}  // namespace plumb
