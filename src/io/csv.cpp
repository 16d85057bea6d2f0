// An RFC 4180 reader tolerant of what spreadsheets write, column lookup by name, and a writer.
#include "io/csv.h"

#include <algorithm>

#include "core/identifier.h"
#include "core/translate.h"
#include "io/file_bytes.h"
#include "io/text_encoding.h"

namespace plumb {

namespace {

bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

std::string_view trim_blanks(std::string_view s) {
    while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
    return s;
}

// Removes surrounding spaces of a header cell, full-width and no-break ones included.
std::string_view trim_spaces(std::string_view s) {
    static constexpr std::string_view kSpaces[] = {" ", "\t", "\xE3\x80\x80", "\xC2\xA0"};
    for (bool again = true; again;) {
        again = false;
        for (auto sp : kSpaces) {
            if (s.starts_with(sp)) {
                s.remove_prefix(sp.size());
                again = true;
            }
            if (s.ends_with(sp)) {
                s.remove_suffix(sp.size());
                again = true;
            }
        }
    }
    return s;
}

// Characters of UTF-8 text: the bytes that do not continue a sequence.
bool starts_character(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}

// Walks UTF-8 text record by record, counting physical lines.
class Reader {
public:
    Reader(std::string_view text, const CsvLimits& limits, ErrorList& errors)
        : text_(text), limits_(limits), errors_(errors) {}

    bool done() const { return pos_ >= text_.size(); }

    // Once the header is read, a value that is too long is reported under its column's name.
    void name_columns(const std::vector<std::string>* header) { header_ = header; }

    // The next record; false when an unterminated quote or too many values end the reading.
    bool next(CsvRow& row) {
        row.line = line_;
        row.fields.clear();
        while (true) {
            std::string field;
            if (!read_field(field, row.fields.size())) return false;
            if (row.fields.size() == limits_.values_per_line) {
                errors_.add(row.line, "",
                            format(tr("more than %s values on one line"),
                                   {std::to_string(limits_.values_per_line)}));
                return false;
            }
            row.fields.push_back(std::move(field));
            if (done()) return true;
            const char c = text_[pos_];
            ++pos_;
            if (c == ',') continue;
            if (c == '\r' && !done() && text_[pos_] == '\n') ++pos_;
            ++line_;  // '\r' or '\n' ends the record
            return true;
        }
    }

private:
    bool at_field_end() const {
        return done() || text_[pos_] == ',' || text_[pos_] == '\r' || text_[pos_] == '\n';
    }

    void skip_blanks() {
        while (!done() && is_blank(text_[pos_])) ++pos_;
    }

    std::string column_label(std::size_t column) const {
        if (header_ && column < header_->size()) {
            const std::string_view name = trim_spaces((*header_)[column]);
            if (!name.empty()) return std::string(name);
        }
        return format(tr("column %s"), {std::to_string(column + 1)});
    }

    // Reports a value of `chars` characters past the limit; it is not kept, so a huge value costs
    // no memory beyond the file's own bytes.
    void too_long(int line, std::size_t column, std::size_t chars, std::string& field) {
        errors_.add(line, column_label(column),
                    format(tr("too long (%s characters; at most %s)"),
                           {std::to_string(chars), std::to_string(limits_.value_chars)}));
        field.clear();
    }

    bool read_field(std::string& field, std::size_t column) {
        const std::size_t start = pos_;
        skip_blanks();
        if (done() || text_[pos_] != '"') {
            pos_ = start;
            while (!at_field_end()) ++pos_;
            const std::string_view value = trim_blanks(text_.substr(start, pos_ - start));
            const auto chars = static_cast<std::size_t>(
                std::count_if(value.begin(), value.end(), starts_character));
            if (chars > limits_.value_chars)
                too_long(line_, column, chars, field);
            else
                field = value;
            return true;
        }
        const int quote_line = line_;
        std::size_t chars = 0;
        auto keep = [&](char c) {  // counts every character, keeps only those within the limit
            if (starts_character(c)) ++chars;
            if (chars <= limits_.value_chars) field += c;
        };
        ++pos_;
        while (true) {
            if (done()) {
                errors_.add(quote_line, "", tr("quote opened on this line is never closed"));
                return false;
            }
            const char c = text_[pos_++];
            if (c == '"') {
                if (!done() && text_[pos_] == '"') {
                    keep('"');
                    ++pos_;
                    continue;
                }
                break;
            }
            if (c == '\r' && !done() && text_[pos_] == '\n') continue;  // CRLF -> LF
            if (c == '\n' || c == '\r') {
                keep('\n');
                ++line_;
                continue;
            }
            keep(c);
        }
        if (chars > limits_.value_chars) too_long(quote_line, column, chars, field);
        skip_blanks();
        if (!at_field_end()) {
            const std::size_t from = pos_;
            while (!at_field_end()) ++pos_;
            // 200 bytes are more characters than shown_value shows, and leave it its "…".
            const std::string_view after =
                text_.substr(from, std::min<std::size_t>(pos_ - from, 200));
            errors_.add(line_, "",
                        format(tr("text after a closing quote: %s (a quote inside a quoted "
                                  "value must be doubled)"),
                               {shown_value("\"" + field + "\"" + std::string(after))}));
        }
        return true;
    }

    std::string_view text_;
    const CsvLimits& limits_;
    ErrorList& errors_;
    const std::vector<std::string>* header_ = nullptr;
    std::size_t pos_ = 0;
    int line_ = 1;
};

bool all_empty(const CsvRow& row) {
    return std::all_of(row.fields.begin(), row.fields.end(),
                       [](const std::string& f) { return f.empty(); });
}

// Rejects what is evidently not CSV before trying to read it as text.
void check_not_workbook(std::string_view bytes, ErrorList& errors) {
    if (bytes.starts_with("PK\x03\x04") || bytes.starts_with("\xD0\xCF\x11\xE0"))
        errors.add(1, "",
                   format(tr("this is an Excel workbook, not CSV; in Excel use Save As (%s) "
                             "with type CSV UTF-8 or CSV"),
                          {"另存为"}));
}

int line_of_offset(std::string_view bytes, std::size_t offset) {
    const auto end = bytes.begin() + static_cast<std::ptrdiff_t>(std::min(offset, bytes.size()));
    return 1 + static_cast<int>(std::count(bytes.begin(), end, '\n'));
}

// Header text compared the way organisers mean it: ASCII case, spaces and '_' do not matter.
std::string header_key(std::string_view s) {
    std::string key;
    for (char c : trim_spaces(s)) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c == ' ') c = '_';
        key += c;
    }
    return key;
}

bool is_ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// The accepted name to mention for a missing column: Chinese when the header is Chinese.
std::string missing_label(const CsvTable& table, std::initializer_list<std::string_view> names) {
    const bool chinese = std::any_of(table.header.begin(), table.header.end(),
                                     [](const std::string& h) { return !is_ascii(h); });
    if (chinese)
        for (auto n : names)
            if (!is_ascii(n)) return std::string(n);
    return std::string(*names.begin());
}

std::string accepted_names(std::initializer_list<std::string_view> names) {
    std::string out;
    std::size_t i = 0;
    for (auto n : names) {
        if (i > 0) out += (i + 1 == names.size()) ? tr(" or ") : std::string(", ");
        out += n;
        ++i;
    }
    return out;
}

}  // namespace

CsvTable parse_csv(std::string_view bytes, const std::string& file_label, const CsvLimits& limits) {
    CsvTable table;
    table.file = file_label;
    ErrorList errors(file_label);
    check_not_workbook(bytes, errors);
    errors.throw_if_any();

    std::string text;
    try {
        text = to_utf8(bytes);
    } catch (const EncodingError& e) {
        errors.add(line_of_offset(bytes, e.offset()), "",
                   format(tr("not readable text at byte %s: %s"),
                          {std::to_string(e.offset()), e.reason()}));
        errors.throw_if_any();
    }

    Reader reader(text, limits, errors);
    bool have_header = false;
    std::size_t cells = 0;
    while (!reader.done()) {
        CsvRow row;
        if (!reader.next(row)) break;
        if (all_empty(row)) continue;
        cells += row.fields.size();
        if (cells > limits.cells) {
            errors.add(
                row.line, "",
                format(tr("more than %s values in the file"), {std::to_string(limits.cells)}));
            break;
        }
        if (!have_header) {
            table.header_line = row.line;
            table.header = std::move(row.fields);
            have_header = true;
            reader.name_columns(&table.header);
        } else {
            table.rows.push_back(std::move(row));
        }
    }
    errors.throw_if_any();
    return table;
}

namespace {

// "-1.5", "+2", "3e-1": what a spreadsheet reads as a number, which it never runs.
bool is_number(std::string_view s) {
    std::size_t i = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
    auto digits = [&] {
        const std::size_t from = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        return i - from;
    };
    std::size_t n = digits();
    if (i < s.size() && s[i] == '.') {
        ++i;
        n += digits();
    }
    if (n == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        if (digits() == 0) return false;
    }
    return i == s.size();
}

}  // namespace

// Excel and WPS run a cell that starts with one of these as a formula (DDE included:
// =cmd|'/c calc'!A1). The full-width signs are what Chinese input methods type; they are
// guarded too, as we cannot know every spreadsheet's reading of them.
bool csv_guarded(std::string_view s) {
    static constexpr std::string_view kStarts[] = {"=",  "+",  "-",  "@",  "\t",
                                                   "\r", "＝", "＋", "－", "＠"};
    for (std::string_view start : kStarts)
        if (s.starts_with(start)) return !is_number(s);
    return false;
}

CsvTable read_csv_file(const std::filesystem::path& file) {
    return parse_csv(read_file_bytes(file, kMaxCsvBytes), file.filename().string());
}

std::string csv_escape(std::string_view raw) {
    // The common defence: a leading apostrophe, which spreadsheets show as text and do not keep.
    std::string guarded;
    if (csv_guarded(raw)) guarded.append(1, '\'').append(raw);
    const std::string_view field = guarded.empty() ? raw : std::string_view(guarded);
    const bool quote = field.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!field.empty() && (is_blank(field.front()) || is_blank(field.back())));
    if (!quote) return std::string(field);
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csv_line(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += ',';
        out += csv_escape(fields[i]);
    }
    return out + "\r\n";
}

const std::string& CsvColumn::in(const CsvRow& row) const {
    static const std::string kEmpty;
    if (!index || *index >= row.fields.size()) return kEmpty;
    return row.fields[*index];
}

std::string CsvColumn::identifier(const CsvRow& row, ErrorList& errors) const {
    IdentifierReading r = read_identifier(in(row));
    if (!r.ok()) errors.add(row.line, label, std::move(r.problem));
    return r.value;
}

CsvColumn find_column(const CsvTable& table, std::initializer_list<std::string_view> names,
                      bool required, ErrorList& errors) {
    CsvColumn column;
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const std::string key = header_key(table.header[i]);
        const bool match = std::any_of(names.begin(), names.end(),
                                       [&](std::string_view n) { return header_key(n) == key; });
        if (!match) continue;
        if (column.index) {
            errors.add(table.header_line, column.label,
                       format(tr("column given twice (columns %s and %s)"),
                              {std::to_string(*column.index + 1), std::to_string(i + 1)}));
            continue;
        }
        column.index = i;
        column.label = std::string(trim_spaces(table.header[i]));
    }
    if (!column.index) {
        column.label = missing_label(table, names);
        if (required)
            errors.add(table.header_line, column.label,
                       format(tr("required column is missing (header may say %s)"),
                              {accepted_names(names)}));
    }
    return column;
}

bool row_too_wide(const CsvTable& table, const CsvRow& row, ErrorList& errors) {
    const std::size_t width = table.header.size();
    if (row.fields.size() <= width) return false;
    const bool extra =
        std::any_of(row.fields.begin() + static_cast<std::ptrdiff_t>(width), row.fields.end(),
                    [](const std::string& f) { return !f.empty(); });
    if (extra)
        errors.add(row.line, "",
                   format(tr("%s values but the header has %s columns (a value with a comma "
                             "needs quotes)"),
                          {std::to_string(row.fields.size()), std::to_string(width)}));
    return extra;
}

}  // namespace plumb
