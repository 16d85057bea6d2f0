// HR rows as CSV and XLSX with exactly the same columns.
#include "io/hr_export.h"

#include <xlsxwriter.h>

#include <cstdio>

#include "io/csv.h"
#include "io/xlsx_book.h"

namespace plumb {

namespace {

std::string fixed(const std::optional<Decimal>& d, int places) {
    return d ? d->str(places) : "";
}

// The cells of a row as text (CSV); the XLSX writer types the same values.
std::vector<std::string> cells(const HrRow& r) {
    return {r.id_number,
            r.name,
            r.gender,
            r.employer,
            r.registration_no,
            r.trade_code,
            r.trade,
            r.competition,
            r.date,
            fixed(r.theory, r.precision),
            fixed(r.practical, r.precision),
            fixed(r.total, r.precision),
            r.rank ? std::to_string(*r.rank) : "",
            std::to_string(r.ranked_of),
            r.status,
            r.award,
            r.titles,
            r.certificate_no,
            std::to_string(r.revision),
            r.result_state,
            r.grade_action};
}

enum Col : lxw_col_t {
    kDate = 8,
    kTheory = 9,
    kPractical = 10,
    kTotal = 11,
    kRank = 12,
    kRankedOf = 13,
    kRevision = 18
};

void write_row(XlsxBook& book, lxw_worksheet* ws, lxw_row_t row, const HrRow& r) {
    const std::vector<std::string> text = cells(r);
    for (lxw_col_t c = 0; c < text.size(); ++c) {
        switch (c) {
            case kDate: {
                int y = 0, m = 0, d = 0;
                if (std::sscanf(r.date.c_str(), "%d-%d-%d", &y, &m, &d) == 3) {
                    lxw_datetime dt{y, m, d, 0, 0, 0};
                    worksheet_write_datetime(ws, row, c, &dt, book.date());
                }
                break;
            }
            case kTheory:
            case kPractical:
            case kTotal: {
                const auto& v = c == kTheory ? r.theory : c == kPractical ? r.practical : r.total;
                if (v)
                    worksheet_write_number(ws, row, c, v->to_double(), book.decimals(r.precision));
                break;
            }
            case kRank:
                if (r.rank) worksheet_write_number(ws, row, c, *r.rank, nullptr);
                break;
            case kRankedOf: worksheet_write_number(ws, row, c, r.ranked_of, nullptr); break;
            case kRevision: worksheet_write_number(ws, row, c, r.revision, nullptr); break;
            default:
                // Text, kept as text: 18-digit ID numbers never become 4.10802E+17.
                if (!text[c].empty())
                    worksheet_write_string(ws, row, c, text[c].c_str(), book.text());
        }
    }
}

}  // namespace

const std::vector<HrColumn>& hr_columns() {
    static const std::vector<HrColumn> columns = {{"身份证号", "id_number"},
                                                  {"姓名", "name"},
                                                  {"性别", "gender"},
                                                  {"工作单位", "employer"},
                                                  {"报名号", "registration_no"},
                                                  {"工种代码", "trade_code"},
                                                  {"工种", "trade"},
                                                  {"竞赛名称", "competition"},
                                                  {"竞赛日期", "date"},
                                                  {"理论成绩", "theory"},
                                                  {"实操成绩", "practical"},
                                                  {"总成绩", "total"},
                                                  {"名次", "rank"},
                                                  {"排名人数", "ranked_of"},
                                                  {"状态", "status"},
                                                  {"奖项", "award"},
                                                  {"荣誉称号", "titles"},
                                                  {"证书编号", "certificate_no"},
                                                  {"成绩版本", "result_revision"},
                                                  {"成绩状态", "result_state"},
                                                  {"建议技能等级处理", "grade_action"}};
    return columns;
}

std::string hr_csv(const std::vector<HrRow>& rows, HrHeaders headers) {
    std::vector<std::string> head;
    for (const HrColumn& c : hr_columns())
        head.push_back(headers == HrHeaders::Chinese ? c.zh : c.en);
    std::string out = "\xEF\xBB\xBF" + csv_line(head);
    for (const HrRow& r : rows) out += csv_line(cells(r));
    return out;
}

void write_hr_xlsx(const std::filesystem::path& file, const std::vector<HrRow>& rows,
                   HrHeaders headers) {
    TempOutput out(file);
    write_hr_xlsx(out, rows, headers);
    out.commit();
}

void write_hr_xlsx(TempOutput& out, const std::vector<HrRow>& rows, HrHeaders headers) {
    XlsxBook book(out, true);
    lxw_worksheet* ws = workbook_add_worksheet(book.workbook(), "HR");
    const auto& columns = hr_columns();
    static const double widths[] = {21, 10, 6, 28, 10, 12, 10, 30, 12, 10, 10,
                                    10, 6,  9, 8,  8,  16, 26, 9,  9,  24};
    for (lxw_col_t c = 0; c < columns.size(); ++c) {
        worksheet_set_column(ws, c, c, widths[c], nullptr);
        worksheet_write_string(
            ws, 0, c, headers == HrHeaders::Chinese ? columns[c].zh : columns[c].en, book.head());
    }
    worksheet_freeze_panes(ws, 1, 0);
    lxw_row_t row = 0;
    for (const HrRow& r : rows) write_row(book, ws, ++row, r);
    worksheet_autofilter(ws, 0, 0, row, static_cast<lxw_col_t>(columns.size() - 1));
    book.close();
}

}  // namespace plumb
