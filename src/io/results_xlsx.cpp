// Results workbook: per event a title, the revision and lock state, then the table.
#include "io/results_xlsx.h"

#include <xlsxwriter.h>

#include <array>

#include "io/export_words.h"
#include "io/xlsx_book.h"

namespace plumb {

namespace {

constexpr lxw_row_t kHeadRow = 3;  // title, state, blank, then the column heads

struct Column {
    const char* head;
    double width;
};
constexpr std::array<Column, 14> kColumns = {{{"名次\nRank", 6},
                                              {"工位号\nWorkstation", 10},
                                              {"报名号\nRegistration", 12},
                                              {"姓名\nName", 10},
                                              {"单位\nEmployer", 30},
                                              {"理论\nTheory", 9},
                                              {"实操\nPractical", 9},
                                              {"总分\nTotal", 9},
                                              {"用时（分）\nMinutes", 10},
                                              {"状态\nStatus", 10},
                                              {"奖项\nAward", 8},
                                              {"称号\nTitles", 14},
                                              {"并列名次\nShared place", 10},
                                              {"备注\nNote", 30}}};

std::string joined(const std::vector<std::string>& items, const char* sep) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : sep) + s;
    return out;
}

void number(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const std::optional<Decimal>& d,
            lxw_format* f) {
    if (d) worksheet_write_number(ws, r, c, d->to_double(), f);
}

void write_sheet(XlsxBook& book, const ResultsHeading& h, const PublishedEvent& e) {
    const EventResults& r = e.results;
    lxw_worksheet* ws = workbook_add_worksheet(book.workbook(), xlsx_sheet_name(r.event).c_str());
    worksheet_write_string(ws, 0, 0,
                           (h.competition + "  " + r.trade + "（" + r.event + "）成绩").c_str(),
                           book.bold());
    const std::string state = std::string("成绩版本 Revision ") + std::to_string(e.revision) +
                              "  ·  " + (e.locked ? "已锁定 locked" : "草稿 draft (not locked)") +
                              "  ·  生成时间 Generated " + h.generated +
                              (h.seal.empty() ? "" : "  ·  数据封签 Seal " + h.seal);
    worksheet_write_string(ws, 1, 0, state.c_str(), nullptr);
    for (std::size_t c = 0; c < kColumns.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        worksheet_set_column(ws, col, col, kColumns[c].width, nullptr);
        worksheet_write_string(ws, kHeadRow, col, kColumns[c].head, book.head());
    }
    worksheet_set_row(ws, kHeadRow, 30, nullptr);
    worksheet_freeze_panes(ws, kHeadRow + 1, 0);
    lxw_format* marks = book.decimals(r.precision);
    lxw_format* minutes = book.decimals(2);
    lxw_row_t row_no = kHeadRow;
    for (const ResultRow& row : r.rows) {
        ++row_no;
        if (row.rank) worksheet_write_number(ws, row_no, 0, *row.rank, nullptr);
        worksheet_write_string(ws, row_no, 1, row.workstation.c_str(), book.text());
        worksheet_write_string(ws, row_no, 2, row.registration_no.c_str(), book.text());
        worksheet_write_string(ws, row_no, 3, row.name.c_str(), nullptr);
        worksheet_write_string(ws, row_no, 4, row.employer.c_str(), nullptr);
        number(ws, row_no, 5, row.theory, marks);
        number(ws, row_no, 6, row.practical, marks);
        number(ws, row_no, 7, row.total, marks);
        number(ws, row_no, 8, row.time_minutes, minutes);
        worksheet_write_string(ws, row_no, 9, status_zh(row.status).c_str(), nullptr);
        worksheet_write_string(ws, row_no, 10, award_zh(row.award).c_str(), nullptr);
        worksheet_write_string(ws, row_no, 11, joined(row.titles, "、").c_str(), nullptr);
        if (row.tie) worksheet_write_string(ws, row_no, 12, "是", nullptr);
        const std::string note =
            !row.missing.empty() ? joined(row.missing, "; ") : row.status_reason;
        if (!note.empty()) worksheet_write_string(ws, row_no, 13, note.c_str(), nullptr);
    }
    worksheet_autofilter(ws, kHeadRow, 0, row_no, static_cast<lxw_col_t>(kColumns.size() - 1));
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);  // A4
    worksheet_repeat_rows(ws, kHeadRow, kHeadRow);
}

}  // namespace

void write_results_xlsx(const std::filesystem::path& file, const ResultsHeading& heading,
                        const std::vector<PublishedEvent>& events) {
    XlsxBook book(file);
    for (const PublishedEvent& e : events) write_sheet(book, heading, e);
    book.close();
}

}  // namespace plumb
