// libxlsxwriter workbook with shared formats, written to a temporary file then renamed.
#include "io/xlsx_book.h"

#include <xlsxwriter.h>

#include <stdexcept>

#include "io/file_bytes.h"

namespace plumb {

XlsxBook::XlsxBook(std::filesystem::path file, bool constant_memory)
    : own_(std::make_unique<TempOutput>(std::move(file))), out_(own_.get()) {
    open(constant_memory);
}

XlsxBook::XlsxBook(TempOutput& out, bool constant_memory) : out_(&out) {
    open(constant_memory);
}

void XlsxBook::open(bool constant_memory) {
    lxw_workbook_options options{};
    options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
    wb_ = workbook_new_opt(out_->path().c_str(), &options);
    if (!wb_) throw cannot_write(out_->file());
    bold_ = workbook_add_format(wb_);
    format_set_bold(bold_);
    head_ = workbook_add_format(wb_);
    format_set_bold(head_);
    format_set_bg_color(head_, 0xE0E0E0);
    format_set_border(head_, LXW_BORDER_THIN);
    format_set_text_wrap(head_);
    format_set_align(head_, LXW_ALIGN_CENTER);
    format_set_align(head_, LXW_ALIGN_VERTICAL_CENTER);
    text_ = workbook_add_format(wb_);
    format_set_num_format(text_, "@");
    date_ = workbook_add_format(wb_);
    format_set_num_format(date_, "yyyy-mm-dd");
}

XlsxBook::~XlsxBook() {
    if (wb_) {
        // Never closed (an exception on the way): free it; the temporary file is removed.
        workbook_close(wb_);
    }
}

lxw_format* XlsxBook::decimals(int places) {
    if (places < 0) places = 0;
    if (places > 9) places = 9;
    if (!decimals_[places]) {
        std::string f = "0";
        if (places > 0) f.append(1, '.').append(static_cast<std::size_t>(places), '0');
        decimals_[places] = workbook_add_format(wb_);
        format_set_num_format(decimals_[places], f.c_str());
    }
    return decimals_[places];
}

void XlsxBook::close() {
    const lxw_error err = workbook_close(wb_);
    wb_ = nullptr;
    if (err != LXW_NO_ERROR)
        throw std::runtime_error(out_->file().string() + ": writing the spreadsheet failed (" +
                                 lxw_strerror(err) + ")");
    if (own_)
        own_->commit();
    else
        out_->flush();
}

std::string xlsx_sheet_name(const std::string& wanted) {
    std::string name;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < wanted.size() && chars < 31;) {
        const unsigned char c = static_cast<unsigned char>(wanted[i]);
        const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        std::string ch = wanted.substr(i, len);
        if (ch.size() == 1 && std::string("[]:*?/\\").find(ch[0]) != std::string::npos)
            ch.assign(1, '_');  // not ch = "_": GCC 12 with ASan warns falsely (-Wrestrict)
        name += ch;
        i += len;
        ++chars;
    }
    return name.empty() ? "Sheet" : name;
}

}  // namespace plumb
