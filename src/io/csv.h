// CSV files organisers save from Excel or WPS (RFC 4180): reading tables, finding columns, writing
// lines.
#pragma once

#include <cstddef>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/import_errors.h"

namespace plumb {

struct CsvRow {
    int line = 0;  // physical line where the record starts (the header is line 1)
    std::vector<std::string> fields;
};

struct CsvTable {
    std::string file;     // label used in error messages
    int header_line = 1;  // 1 unless blank lines come before the header
    std::vector<std::string> header;
    std::vector<CsvRow> rows;
};

// Largest CSV file read: a marks file of 1.5 million rows (10,000 contestants, 30 aspects,
// 5 judges) is about 45 MB.
constexpr std::size_t kMaxCsvBytes = 64 << 20;

// How much of a table is kept in memory, so that 64 MB of commas cannot become gigabytes of
// empty fields, nor one 60 MB value gigabytes of copies: values on one line, values in the whole
// file, and characters in one value (names, employers and reasons never need more).
struct CsvLimits {
    std::size_t values_per_line = 1000;
    std::size_t cells = 10'000'000;
    std::size_t value_chars = 1000;
};

// Parses a whole file. The bytes may be UTF-8 (BOM or not) or GBK/GB18030 (see to_utf8).
// Unquoted fields are trimmed of spaces and tabs; quoted fields are kept exactly, a doubled
// quote being one quote and a line break inside staying in the field (CRLF becomes LF).
// Records whose fields are all empty are skipped. Throws ImportError naming file:line for an
// unterminated quote, text after a closing quote, bytes that are not text, a workbook
// (.xlsx/.xls) that was not saved as CSV, or a line, file or value past `limits` (a value that
// is too long is named by its column).
CsvTable parse_csv(std::string_view bytes, const std::string& file_label,
                   const CsvLimits& limits = {});

// Reads (at most kMaxCsvBytes, else FileTooLarge) and parses a CSV file, named in errors by its
// file name as organisers see it.
CsvTable read_csv_file(const std::filesystem::path& file);

// The field as CSV: quoted, quotes doubled, when it holds a comma, quote or line break, or
// starts or ends with a space or tab (which the reader would trim). A field that starts with
// = + - @ (or their full-width forms), a tab or a carriage return and is not a number gets a
// leading apostrophe, so that Excel and WPS show it as text instead of running it as a formula.
std::string csv_escape(std::string_view field);
// Whether csv_escape writes `field` with that leading apostrophe.
bool csv_guarded(std::string_view field);
// Fields escaped and joined by commas, ending in CRLF as Excel writes them.
std::string csv_line(const std::vector<std::string>& fields);

// One column an importer reads, found in the header by any of its accepted names.
struct CsvColumn {
    std::optional<std::size_t> index;  // nullopt: the header does not have it
    std::string label;                 // as the header spells it; an accepted name when absent
    bool present() const { return index.has_value(); }
    // The row's value in this column; "" when the column is absent or the row is short.
    const std::string& in(const CsvRow& row) const;
    // The row's value read as an identifier (core/identifier.h): normalised, or "" after adding
    // to `errors` why not (an empty value included).
    std::string identifier(const CsvRow& row, ErrorList& errors) const;
};

// Finds a column by its accepted names, ignoring ASCII case, surrounding spaces (full-width
// ones too) and '_' versus ' '. On the header line, reports a required column that is missing
// and a column that is given twice.
CsvColumn find_column(const CsvTable& table, std::initializer_list<std::string_view> names,
                      bool required, ErrorList& errors);

// Reports a row with values beyond the last header column, usually a comma in an unquoted
// value; its other values are shifted, so importers skip checking them (returns true).
bool row_too_wide(const CsvTable& table, const CsvRow& row, ErrorList& errors);

}  // namespace plumb
