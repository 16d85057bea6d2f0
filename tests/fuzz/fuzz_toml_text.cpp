// libFuzzer target: prepare_toml_text against toml11 itself. Whatever toml11 reads from the
// file it reads identically from the prepared text (lists broken over lines), and what it
// refuses there it refuses here; lines map back into the file.
#include <algorithm>
#include <cstdlib>
#include <optional>
#include <sstream>

#include <toml.hpp>

#include "fuzz_context.h"
#include "io/definition_error.h"
#include "io/toml_text.h"

using namespace plumb;

namespace {

std::optional<toml::value> toml11(const std::string& text) {
    std::istringstream in(text);
    try {
        return toml::parse(in, "f.toml");
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(fuzz::bytes_of(data, size));
    TomlText prepared;
    try {
        prepared = prepare_toml_text(text, "f.toml");
    } catch (const DefinitionError&) {
        return 0;  // not UTF-8, NUL, too deep or too large: toml11 never sees it
    }
    const auto lines = static_cast<std::uint_least32_t>(
        1 + std::count(prepared.text.begin(), prepared.text.end(), '\n'));
    const auto file_lines =
        static_cast<std::uint_least32_t>(1 + std::count(text.begin(), text.end(), '\n'));
    if (lines != file_lines + prepared.inserted.size()) std::abort();
    if (prepared.file_line(lines) != file_lines) std::abort();
    const auto original = toml11(text);
    const auto broken = toml11(prepared.text);
    if (original.has_value() != broken.has_value()) std::abort();
    if (original && !(*original == *broken)) std::abort();
    return 0;
}
