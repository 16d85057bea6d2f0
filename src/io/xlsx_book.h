// An XLSX workbook (libxlsxwriter) written under a temporary name and renamed into place when
// closed; the formats exports share.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "io/temp_output.h"

struct lxw_workbook;
struct lxw_format;

namespace plumb {

class XlsxBook {
public:
    // constant_memory: rows are streamed to disk in order (large HR files).
    explicit XlsxBook(std::filesystem::path file, bool constant_memory = false);
    // The same into `out`, which its owner places (TempOutput::commit) after close().
    explicit XlsxBook(TempOutput& out, bool constant_memory = false);
    ~XlsxBook();
    XlsxBook(const XlsxBook&) = delete;
    XlsxBook& operator=(const XlsxBook&) = delete;

    lxw_workbook* workbook() { return wb_; }
    lxw_format* bold() { return bold_; }
    lxw_format* head() { return head_; }  // bold, grey, bordered column heads
    lxw_format* text() { return text_; }  // "@": kept as text (ID numbers)
    lxw_format* date() { return date_; }  // yyyy-mm-dd
    // "0", "0.0", "0.00" ... for `places` decimals (made once per precision).
    lxw_format* decimals(int places);

    // Writes the file and renames it into place (given a TempOutput: flushes it, for its owner
    // to place); throws std::runtime_error on failure.
    void close();

private:
    void open(bool constant_memory);

    std::unique_ptr<TempOutput> own_;  // when the book places its own file
    TempOutput* out_;
    lxw_workbook* wb_ = nullptr;
    lxw_format* bold_ = nullptr;
    lxw_format* head_ = nullptr;
    lxw_format* text_ = nullptr;
    lxw_format* date_ = nullptr;
    lxw_format* decimals_[10] = {};
};

// A sheet name Excel accepts: []:*?/\ replaced, at most 31 characters (whole UTF-8 characters).
std::string xlsx_sheet_name(const std::string& wanted);

}  // namespace plumb
