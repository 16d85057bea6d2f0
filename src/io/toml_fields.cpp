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
#include "io/toml_text.h"

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

}  // namespace

void fail_at(const std::string& file, std::uint_least32_t line, const std::string& key,
             const std::string& reason) {
    throw_definition_error(file, line, key, reason);
}

TomlDocument::TomlDocument(const std::string& text, std::string file)
    : file_(std::move(file)), lines_(prepare_toml_text(text, file_)) {
    std::istringstream in(std::move(lines_.text));
    lines_.text.clear();  // toml11 keeps its own copy; only the line map is needed now
    try {
        root_ = toml::parse(in, file_);
    } catch (const toml::exception& e) {
        const std::uint_least32_t line = lines_.file_line(e.location().line());
        fail_at(file_, line, key_of_line(line_of_text(text, line)), reason_of(e.what()));
    } catch (const std::exception& e) {
        fail_at(file_, 0, "syntax", e.what());
    }
}

TomlTable TomlDocument::root() const {
    return TomlTable(root_, *this);
}

std::uint_least32_t TomlDocument::line_of(const toml::value& value) const {
    return lines_.file_line(value.location().line());
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
    return doc_->line_of(*table_);
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
    return v ? doc_->line_of(*v) : line();
}

void TomlTable::fail(const std::string& key, const std::string& reason) const {
    fail_at(file(), line_of(key), key, reason);
}

void TomlTable::fail_at_value(const toml::value& value, const std::string& key,
                              const std::string& reason) const {
    fail_at(file(), doc_->line_of(value), key, reason);
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

std::optional<Decimal> TomlTable::optional_between(const std::string& key, Decimal min,
                                                   Decimal max) const {
    auto d = optional_decimal(key);
    if (d && (*d < min || *d > max))
        fail(key, format(tr("must be between %s and %s"), {min.str(), max.str()}));
    return d;
}

Decimal TomlTable::between(const std::string& key, Decimal min, Decimal max) const {
    if (!has(key)) fail(key, tr("missing"));
    return *optional_between(key, min, max);
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
    return TomlTable(expect(key, toml::value_t::table, tr("a table")), *doc_);
}

std::vector<TomlTable> TomlTable::tables(const std::string& key) const {
    std::vector<TomlTable> out;
    const toml::array* array = optional_array(key);
    if (!array) return out;
    for (const auto& v : *array) {
        if (!v.is_table())
            fail_at_value(v, key, format(tr("expected a table, got %s"), {type_words(v.type())}));
        out.emplace_back(v, *doc_);
    }
    return out;
}

}  // namespace plumb
