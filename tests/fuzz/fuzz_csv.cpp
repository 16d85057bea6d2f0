// libFuzzer target: parse_csv on any bytes (encoding detection, quoting, line counting, limits),
// and what csv_line writes must read back as the same fields (formulas with their apostrophe).
#include <cstdlib>

#include "fuzz_context.h"
#include "io/csv.h"

using namespace plumb;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    CsvTable table;
    try {
        table = parse_csv(fuzz::bytes_of(data, size), "fuzz.csv");
    } catch (const ImportError&) {
        return 0;  // refused with a message: what a bad file should get
    }
    // Round trip: a table written back as CSV parses to the same header and rows.
    // Written as the exports write CSV: UTF-8 with a BOM, so that a first cell that itself
    // starts with a BOM or a workbook's signature reads back as it was.
    std::string text = "\xEF\xBB\xBF" + csv_line(table.header);
    for (const CsvRow& r : table.rows) text += csv_line(r.fields);
    // A cell that looks like a formula comes back with the apostrophe that guards it.
    auto as_written = [](std::vector<std::string> fields) {
        for (std::string& f : fields)
            if (csv_guarded(f)) f.insert(0, 1, '\'');
        return fields;
    };
    const CsvTable again = parse_csv(text, "again.csv");
    if (again.header != as_written(table.header) || again.rows.size() != table.rows.size())
        std::abort();
    for (std::size_t i = 0; i < table.rows.size(); ++i)
        if (again.rows[i].fields != as_written(table.rows[i].fields)) std::abort();
    return 0;
}
