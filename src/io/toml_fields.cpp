// Typed reads of a parsed definition file that fail with "FILE:LINE: KEY: reason".
#include "io/toml_fields.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "core/identifier.h"
#include "core/translate.h"
#include "io/text_encoding.h"

namespace plumb {

namespace {

std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::string type_words(toml::value_t t) {
    switch (t) {
        case toml::value_t::boolean: return tr("true/false");
        case toml::value_t::integer: return tr("a whole number");
        case toml::value_t::floating: return tr("a number");
        case toml::value_t::string: return tr("text");
        case toml::value_t::offset_datetime:
        case toml::value_t::local_datetime: return tr("a date-time");
        case toml::value_t::local_date: return tr("a date");
        case toml::value_t::local_time: return tr("a time");
        case toml::value_t::array: return tr("a list");
        case toml::value_t::table: return tr("a table");
        default: return tr("nothing");
    }
}

// The key a syntax error is about, guessed from its line: "key = ..." or "[header]".
std::string key_of_line(const std::string& line) {
    const std::string t = trimmed(line);
    if (t.empty() || t[0] == '#') return "syntax";
    if (t[0] == '[') {
        const auto close = t.find(']');
        return close == std::string::npos ? t : t.substr(0, t.find_first_not_of(']', close));
    }
    const auto eq = t.find('=');
    const std::string key = eq == std::string::npos ? std::string() : trimmed(t.substr(0, eq));
    return key.empty() ? "syntax" : key;
}

// toml11's message is "[error] toml::function: reason\n --> file\n ... ^--- note": keep the
// reason and the note.
std::string reason_of(const std::string& what) {
    std::string first = what.substr(0, what.find('\n'));
    const auto colon = first.find(": ");
    if (first.rfind("[error]", 0) == 0 && colon != std::string::npos)
        first = first.substr(colon + 2);
    const auto mark = what.rfind("^--- ");
    if (mark != std::string::npos) {
        const std::string note = trimmed(what.substr(mark + 5, what.find('\n', mark) - mark - 5));
        if (!note.empty() && note != "here") first += " (" + note + ")";
    }
    return trimmed(first);
}

// "1_000.5", "3e-1", "-2.50" as exact decimal text, or nullopt.
std::optional<Decimal> decimal_from_float_text(std::string text) {
    std::string s;
    for (char c : text)
        if (c != '_') s += c;
    std::string sign;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        if (s[0] == '-') sign = "-";
        s.erase(0, 1);
    }
    int exponent = 0;
    const auto e = s.find_first_of("eE");
    if (e != std::string::npos) {
        char* end = nullptr;
        const long x = std::strtol(s.c_str() + e + 1, &end, 10);
        if (*end != '\0' || x < -40 || x > 40) return std::nullopt;
        exponent = static_cast<int>(x);
        s.erase(e);
    }
    const auto dot = s.find('.');
    std::string digits = s;
    int point = static_cast<int>(s.size());
    if (dot != std::string::npos) {
        digits = s.substr(0, dot) + s.substr(dot + 1);
        point = static_cast<int>(dot);
    }
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    point += exponent;
    if (point <= 0) {
        digits = std::string(static_cast<std::size_t>(-point) + 1, '0') + digits;
        point = 1;
    } else if (point > static_cast<int>(digits.size())) {
        digits += std::string(static_cast<std::size_t>(point) - digits.size(), '0');
    }
    std::string whole = digits.substr(0, static_cast<std::size_t>(point));
    std::string frac = digits.substr(static_cast<std::size_t>(point));
    whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));
    frac.erase(frac.find_last_not_of('0') + 1);
    return Decimal::parse(sign + whole + (frac.empty() ? "" : "." + frac));
}

// Where lists and inline tables first nest deeper than `limit`: toml11 reads them by recursion
// and overflows the stack on a few thousand "[" (found by fuzzing). Returns the offset of the
// first bracket past the limit, or npos. Strings and comments are skipped, so a "[" in text
// does not count; a table header "[[x]]" is two deep, far below any limit.
std::size_t offset_nested_too_deep(const std::string& text, int limit) {
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '#') {
            i = std::min(text.find('\n', i), text.size());
        } else if (c == '"' || c == '\'') {
            const std::string close(text.compare(i, 3, std::string(3, c)) == 0 ? 3 : 1, c);
            for (i += close.size(); i < text.size(); ++i) {
                if (text[i] == '\n' && close.size() == 1) break;  // unclosed: toml11 says so
                if (c == '"' && text[i] == '\\') {
                    ++i;
                } else if (text.compare(i, close.size(), close) == 0) {
                    i += close.size() - 1;
                    break;
                }
            }
        } else if (c == '[' || c == '{') {
            if (++depth > limit) return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::string::npos;
}

// The 1-based number and the text of the line holding byte `offset`.
std::pair<std::uint_least32_t, std::string> line_at(const std::string& text, std::size_t offset) {
    const auto number = 1 + std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n');
    const std::size_t begin = offset == 0 ? 0 : text.rfind('\n', offset - 1) + 1;
    return {static_cast<std::uint_least32_t>(number),
            text.substr(begin, text.find('\n', offset) - begin)};
}

}  // namespace

void fail_at(const std::string& file, std::uint_least32_t line, const std::string& key,
             const std::string& reason) {
    throw DefinitionError(file + ":" + std::to_string(line) + ": " + key + ": " + reason);
}

toml::value parse_toml_text(const std::string& text, const std::string& file) {
    // TOML is UTF-8, and toml11 reads past the end of its buffer on some other bytes (a
    // literal string holding 0xFF, found by fuzzing), so anything else is refused first.
    if (const std::size_t bad = first_invalid_utf8(text); bad != std::string::npos) {
        fail_at(file, line_at(text, bad).first, "encoding",
                format(tr("byte %s is not UTF-8 text; save the file as UTF-8 (in Notepad: Save "
                          "As, UTF-8)"),
                       {std::to_string(bad + 1)}));
    }
    // toml11 stops reading a raw NUL (or reads on past it); it is never in a text file.
    if (const std::size_t nul = text.find('\0'); nul != std::string::npos)
        fail_at(file, line_at(text, nul).first, "encoding",
                format(tr("byte %s is a NUL byte, which a text file never holds (was it saved as "
                          "UTF-16?)"),
                       {std::to_string(nul + 1)}));
    constexpr int kMaxNesting = 32;
    if (const std::size_t deep = offset_nested_too_deep(text, kMaxNesting);
        deep != std::string::npos) {
        const auto [line, line_text] = line_at(text, deep);
        fail_at(file, line, key_of_line(line_text),
                format(tr("lists or tables are nested more than %s deep"),
                       {std::to_string(kMaxNesting)}));
    }
    std::istringstream in(text);
    try {
        return toml::parse(in, file);
    } catch (const toml::exception& e) {
        fail_at(file, e.location().line(), key_of_line(e.location().line_str()),
                reason_of(e.what()));
    } catch (const std::exception& e) {
        fail_at(file, 0, "syntax", e.what());
    }
}

std::optional<Decimal> exact_decimal(const toml::value& value) {
    if (value.is_integer()) {
        const auto n = value.as_integer();
        if (n > 1'000'000'000 || n < -1'000'000'000) return std::nullopt;
        return Decimal::from_int(n);
    }
    if (!value.is_floating()) return std::nullopt;
    const double d = value.as_floating();
    if (!std::isfinite(d)) return std::nullopt;
    // The source text, when it is indeed this number's text, is exact; otherwise 15 significant
    // digits recover any decimal a person would write.
    const auto loc = value.location();
    if (loc.column() >= 1 && loc.column() - 1 + loc.region() <= loc.line_str().size()) {
        std::string src = loc.line_str().substr(loc.column() - 1, loc.region());
        std::string plain;
        for (char c : src)
            if (c != '_') plain += c;
        char* end = nullptr;
        const double parsed = std::strtod(plain.c_str(), &end);
        // More than 9 decimals in the text is refused rather than silently rounded.
        if (!plain.empty() && *end == '\0' && parsed == d) return decimal_from_float_text(src);
    }
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.15g", d);
    return decimal_from_float_text(buffer);
}

std::uint_least32_t TomlTable::line() const {
    return table_->location().line();
}

const toml::value* TomlTable::find(const std::string& key) const {
    const auto& t = table_->as_table();
    const auto it = t.find(key);
    return it == t.end() ? nullptr : &it->second;
}

bool TomlTable::has(const std::string& key) const {
    return find(key) != nullptr;
}

std::uint_least32_t TomlTable::line_of(const std::string& key) const {
    const toml::value* v = find(key);
    return v ? v->location().line() : line();
}

void TomlTable::fail(const std::string& key, const std::string& reason) const {
    fail_at(file_, line_of(key), key, reason);
}

void TomlTable::fail_at_value(const toml::value& value, const std::string& key,
                              const std::string& reason) const {
    fail_at(file_, value.location().line(), key, reason);
}

const toml::value& TomlTable::expect(const std::string& key, toml::value_t type,
                                     const std::string& what) const {
    const toml::value* v = find(key);
    if (!v) fail(key, tr("missing"));
    if (v->type() != type)
        fail(key, format(tr("expected %s, got %s"), {what, type_words(v->type())}));
    return *v;
}

std::string TomlTable::string_at(const toml::value& value, const std::string& key) const {
    std::string s = trimmed(value.as_string().str);
    // "\u0000" is valid TOML, but no text of a competition holds a NUL.
    if (s.find('\0') != std::string::npos) fail_at_value(value, key, text_problem(s, false));
    return s;
}

std::string TomlTable::text(const std::string& key) const {
    const std::string s = string_at(expect(key, toml::value_t::string, tr("text")), key);
    if (s.empty()) fail(key, tr("must not be empty"));
    return s;
}

std::optional<std::string> TomlTable::optional_text(const std::string& key) const {
    if (!has(key)) return std::nullopt;
    return string_at(expect(key, toml::value_t::string, tr("text")), key);
}

std::string TomlTable::name(const std::string& key) const {
    const std::string s = text(key);
    if (const std::string problem = text_problem(s, true); !problem.empty()) fail(key, problem);
    return s;
}

std::string TomlTable::code(const std::string& key) const {
    return identifier(expect(key, toml::value_t::string, tr("text")), key);
}

std::string TomlTable::identifier(const toml::value& value, const std::string& key) const {
    if (!value.is_string())
        fail_at_value(value, key, format(tr("expected text, got %s"), {type_words(value.type())}));
    IdentifierReading r = read_identifier(value.as_string().str);
    if (!r.ok()) fail_at_value(value, key, r.problem);
    return r.value;
}

std::optional<Decimal> TomlTable::optional_positive(const std::string& key, bool zero_ok) const {
    auto d = optional_decimal(key);
    if (d && (*d < Decimal() || (!zero_ok && *d == Decimal())))
        fail(key, format(zero_ok ? tr("%s must not be negative") : tr("%s must be above 0"),
                         {d->str()}));
    return d;
}

std::optional<std::int64_t> TomlTable::optional_integer(const std::string& key, std::int64_t min,
                                                        std::int64_t max) const {
    if (!has(key)) return std::nullopt;
    const auto n = expect(key, toml::value_t::integer, tr("a whole number")).as_integer();
    if (n < min || n > max)
        fail(key, format(tr("%s is out of range %s..%s"),
                         {std::to_string(n), std::to_string(min), std::to_string(max)}));
    return n;
}

std::optional<Decimal> TomlTable::optional_decimal(const std::string& key) const {
    const toml::value* v = find(key);
    if (!v) return std::nullopt;
    if (!v->is_integer() && !v->is_floating())
        fail(key, format(tr("expected a number, got %s"), {type_words(v->type())}));
    auto d = exact_decimal(*v);
    if (!d) fail(key, tr("not a number of at most 9 decimals within +-1000000000"));
    return d;
}

Decimal TomlTable::decimal(const std::string& key) const {
    if (!has(key)) fail(key, tr("missing"));
    return *optional_decimal(key);
}

std::optional<bool> TomlTable::optional_bool(const std::string& key) const {
    if (!has(key)) return std::nullopt;
    return expect(key, toml::value_t::boolean, tr("true or false")).as_boolean();
}

std::optional<std::string> TomlTable::optional_date(const std::string& key) const {
    const toml::value* v = find(key);
    if (!v) return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (v->is_local_date()) {
        const auto& date = v->as_local_date();
        y = date.year;
        m = date.month + 1;  // toml11 months count from 0
        d = date.day;
    } else if (v->is_string()) {
        const std::string s = v->as_string().str;
        char tail = 0;
        if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
            s[4] != '-' || s[7] != '-' || m < 1 || m > 12 || d < 1 || d > 31)
            fail(key, format(tr("'%s' is not a date like 2019-10-18"), {s}));
    } else {
        fail(key, format(tr("expected a date like 2019-10-18, got %s"), {type_words(v->type())}));
    }
    const std::chrono::year_month_day date{std::chrono::year(y),
                                           std::chrono::month(static_cast<unsigned>(m)),
                                           std::chrono::day(static_cast<unsigned>(d))};
    if (!date.ok()) fail(key, tr("there is no such day"));
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
    return std::string(buffer);
}

const toml::array* TomlTable::optional_array(const std::string& key) const {
    if (!has(key)) return nullptr;
    return &expect(key, toml::value_t::array, tr("a list")).as_array();
}

std::optional<std::vector<std::string>> TomlTable::optional_texts(const std::string& key) const {
    const toml::array* array = optional_array(key);
    if (!array) return std::nullopt;
    std::vector<std::string> out;
    for (const auto& v : *array) {
        if (!v.is_string())
            fail_at_value(v, key, format(tr("expected text, got %s"), {type_words(v.type())}));
        const std::string s = string_at(v, key);
        if (s.empty()) fail_at_value(v, key, tr("an entry is empty"));
        out.push_back(s);
    }
    return out;
}

std::optional<TomlTable> TomlTable::optional_table(const std::string& key) const {
    if (!has(key)) return std::nullopt;
    return TomlTable(expect(key, toml::value_t::table, tr("a table")), file_);
}

std::vector<TomlTable> TomlTable::tables(const std::string& key) const {
    std::vector<TomlTable> out;
    const toml::array* array = optional_array(key);
    if (!array) return out;
    for (const auto& v : *array) {
        if (!v.is_table())
            fail_at_value(v, key, format(tr("expected a table, got %s"), {type_words(v.type())}));
        out.emplace_back(v, file_);
    }
    return out;
}

}  // namespace plumb
