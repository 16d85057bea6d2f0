// libFuzzer target: the identifier rule (core/identifier.h) on any bytes. An accepted identifier
// is ASCII of the allowed characters, reads back as itself, and has the key of what was typed.
#include <cstdlib>

#include "core/identifier.h"
#include "core/workstation.h"
#include "fuzz_context.h"

using namespace plumb;

namespace {

bool allowed(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(fuzz::bytes_of(data, size));
    const std::string key = identifier_key(text);
    workstation_key(text);
    const IdentifierReading r = read_identifier(text);
    if (r.ok()) {
        if (r.value.empty() || r.value.size() > kMaxIdentifierLength) std::abort();
        for (char c : r.value)
            if (!allowed(c)) std::abort();
        const IdentifierReading again = read_identifier(r.value);
        if (!again.ok() || again.value != r.value) std::abort();
        if (identifier_key(r.value) != lower(r.value) || key != identifier_key(r.value))
            std::abort();
    } else if (!r.value.empty()) {
        std::abort();
    }
    // Text that passes holds no control byte, whatever else it holds.
    for (bool must_show : {false, true})
        if (text_problem(text, must_show).empty())
            for (char c : text)
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) std::abort();
    return 0;
}
