// Typed reads of a parsed definition file that fail with "FILE:LINE: KEY: reason".
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include <toml.hpp>

#include "core/decimal.h"
#include "io/definition_error.h"
#include "io/toml_text.h"

namespace plumb {

class TomlTable;

// A parsed definition file: its root, and every value's line as the file has it (toml11 reads
// the text prepare_toml_text made of it, with lists broken over lines).
class TomlDocument {
public:
    // Parses TOML text; its problems (io/toml_text.h) and syntax errors become a DefinitionError
    // naming `file` and the line.
    TomlDocument(const std::string& text, std::string file);
    TomlDocument(const TomlDocument&) = delete;  // its tables point into it
    TomlDocument& operator=(const TomlDocument&) = delete;

    const std::string& file() const { return file_; }
    const toml::value& value() const { return root_; }
    TomlTable root() const;
    // The line of the file that holds `value`.
    std::uint_least32_t line_of(const toml::value& value) const;

private:
    std::string file_;
    TomlText lines_;
    toml::value root_;
};

// The exact decimal a TOML integer or float stands for: a float is read from its source text,
// so 0.3 is exactly 0.3. nullopt for inf, nan or values beyond Decimal's range.
std::optional<Decimal> exact_decimal(const toml::value& value);

[[noreturn]] void fail_at(const std::string& file, std::uint_least32_t line, const std::string& key,
                          const std::string& reason);

// One table of a definition file. Reads of optional keys return nullopt when the key is absent;
// a present key of the wrong type or out of range is always an error.
class TomlTable {
public:
    TomlTable(const toml::value& table, const TomlDocument& document)
        : table_(&table), doc_(&document) {}

    const std::string& file() const { return doc_->file(); }
    std::uint_least32_t line() const;
    bool has(const std::string& key) const;
    // The line of the key's value, or the table's line when the key is absent.
    std::uint_least32_t line_of(const std::string& key) const;
    // Fails at the key's line (the table's when the key is absent).
    [[noreturn]] void fail(const std::string& key, const std::string& reason) const;
    // Fails at the line of one value, e.g. an array element.
    [[noreturn]] void fail_at_value(const toml::value& value, const std::string& key,
                                    const std::string& reason) const;

    // Required text, not empty after trimming. No text read holds a NUL ("\u0000").
    std::string text(const std::string& key) const;
    std::optional<std::string> optional_text(const std::string& key) const;
    // Required text that is shown as a name: a visible character, nothing invisible
    // (core/identifier.h, text_problem).
    std::string name(const std::string& key) const;
    // Required identifier (code or id), normalised by core/identifier.h (read_identifier).
    std::string code(const std::string& key) const;
    // One value read as an identifier, e.g. an element of a list of codes.
    std::string identifier(const toml::value& value, const std::string& key) const;
    // Optional number that must be above 0 (or at least 0 when `zero_ok`).
    std::optional<Decimal> optional_positive(const std::string& key, bool zero_ok = false) const;
    std::optional<std::int64_t> optional_integer(const std::string& key, std::int64_t min,
                                                 std::int64_t max) const;
    std::optional<Decimal> optional_decimal(const std::string& key) const;
    Decimal decimal(const std::string& key) const;
    // A number from `min` to `max`, both included ("must be between MIN and MAX" otherwise).
    std::optional<Decimal> optional_between(const std::string& key, Decimal min, Decimal max) const;
    Decimal between(const std::string& key, Decimal min, Decimal max) const;
    std::optional<bool> optional_bool(const std::string& key) const;
    // A TOML local date (or a "YYYY-MM-DD" string) as "YYYY-MM-DD".
    std::optional<std::string> optional_date(const std::string& key) const;
    // An array of non-empty strings.
    std::optional<std::vector<std::string>> optional_texts(const std::string& key) const;
    std::optional<TomlTable> optional_table(const std::string& key) const;
    // An array of tables ([[key]] or [{...}, ...]); empty when absent.
    std::vector<TomlTable> tables(const std::string& key) const;
    // The raw values of an array key (for per-element errors); empty when absent.
    const toml::array* optional_array(const std::string& key) const;

private:
    const toml::value* find(const std::string& key) const;
    std::string string_at(const toml::value& value, const std::string& key) const;
    const toml::value& expect(const std::string& key, toml::value_t type,
                              const std::string& what) const;

    const toml::value* table_;
    const TomlDocument* doc_;
};

}  // namespace plumb
