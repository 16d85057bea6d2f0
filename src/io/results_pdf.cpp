// Results sheet PDF: heading, bilingual column heads, ranked rows, then the unranked with their
// status, a chief judge's signature line, page numbers; split across pages by row height.
#include "io/results_pdf.h"

#include <array>

#include "io/export_words.h"
#include "io/pdf_document.h"

namespace plumb {

namespace {

constexpr double kMargin = 36;
constexpr double kTableTop = 100;
constexpr double kHeadHeight = 24;
constexpr double kRowHeight = 15;
constexpr double kSectionHeight = 22;
constexpr double kSignatureHeight = 48;
constexpr double kBottom = kA4LongPt - 48;  // the footer is below this

const Rgb kRed = {0.7, 0.1, 0.1};
const Rgb kGrey = {0.35, 0.35, 0.35};

struct Column {
    const char* zh;
    const char* en;
    double width;
    Align align;
};
constexpr std::array<Column, 10> kColumns = {{{"名次", "Rank", 34, Align::Centre},
                                              {"工位", "WS", 38, Align::Centre},
                                              {"姓名", "Name", 62, Align::Left},
                                              {"单位", "Employer", 130, Align::Left},
                                              {"理论", "Theory", 42, Align::Right},
                                              {"实操", "Practical", 44, Align::Right},
                                              {"总分", "Total", 44, Align::Right},
                                              {"用时", "Minutes", 38, Align::Right},
                                              {"奖项", "Award", 42, Align::Centre},
                                              {"称号", "Titles", 49, Align::Left}}};

// One line of the table: a contestant, the "not ranked" heading, or the signature lines.
struct Item {
    enum class Kind { Row, Section, Signature } kind = Kind::Row;
    const ResultRow* row = nullptr;
    double height() const {
        return kind == Kind::Row       ? kRowHeight
               : kind == Kind::Section ? kSectionHeight
                                       : kSignatureHeight;
    }
};

using Page = std::vector<Item>;

std::vector<Page> paginate(const EventResults& r) {
    std::vector<Item> items;
    bool section = false;
    for (const ResultRow& row : r.rows) {
        if (!row.rank && !section) {
            items.push_back({Item::Kind::Section, nullptr});
            section = true;
        }
        items.push_back({Item::Kind::Row, &row});
    }
    items.push_back({Item::Kind::Signature, nullptr});
    std::vector<Page> pages(1);
    double y = kTableTop + kHeadHeight;
    for (const Item& item : items) {
        if (y + item.height() > kBottom && !pages.back().empty()) {
            pages.emplace_back();
            y = kTableTop + kHeadHeight;
        }
        pages.back().push_back(item);
        y += item.height();
    }
    return pages;
}

TextStyle cell_style(double size, Align align = Align::Left) {
    TextStyle s;
    s.size = size;
    s.align = align;
    s.wrap = false;
    s.shrink = false;  // long employers are cut with "…", rows keep one height
    s.middle = true;
    return s;
}

std::string fixed(const std::optional<Decimal>& d, int places) {
    return d ? d->str(places) : "";
}

std::string joined(const std::vector<std::string>& items, const char* sep) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : sep) + s;
    return out;
}

void draw_heading(PdfDocument& pdf, const ResultsHeading& h, const PublishedEvent& e) {
    const double width = pdf.width() - 2 * kMargin;
    TextStyle title = cell_style(15, Align::Centre);
    title.bold = true;
    title.shrink = true;
    pdf.text(h.competition, {kMargin, 30, width, 24}, title);
    const EventResults& r = e.results;
    TextStyle sub = cell_style(11.5, Align::Centre);
    pdf.text(r.trade + " " + r.trade_en + "（" + r.event + "）成绩公布表  Results",
             {kMargin, 55, width, 18}, sub);
    TextStyle left = cell_style(8.5);
    const std::string state = e.locked ? "已锁定 locked" : "草稿 DRAFT（未锁定，仅供核对）";
    int total = static_cast<int>(r.rows.size());
    left.markup = true;
    left.colour = kGrey;
    pdf.text("成绩版本 Revision " + std::to_string(e.revision) + "  ·  <span foreground='" +
                 std::string(e.locked ? "#333333" : "#B31A1A") + "' weight='bold'>" +
                 escape_markup(state) + "</span>  ·  排名 " + std::to_string(r.ranked) +
                 " 人 / 参赛 " + std::to_string(total) + " 人",
             {kMargin, 78, width, 14}, left);
    TextStyle right = cell_style(8.5, Align::Right);
    right.colour = kGrey;
    pdf.text("生成时间 Generated " + h.generated, {kMargin, 78, width, 14}, right);
    // Column heads, two lines each.
    pdf.fill({kMargin, kTableTop, width, kHeadHeight}, {0.88, 0.88, 0.88});
    double x = kMargin;
    for (const Column& c : kColumns) {
        TextStyle s = cell_style(7.5, c.align);
        s.wrap = true;
        s.align = Align::Centre;
        pdf.text(std::string(c.zh) + "\n" + c.en, {x, kTableTop + 1, c.width, kHeadHeight}, s);
        x += c.width;
    }
    pdf.rule(kMargin, kTableTop + kHeadHeight, kMargin + width, kTableTop + kHeadHeight, 0.8);
}

void draw_row(PdfDocument& pdf, const ResultRow& row, int precision, double y, bool shade) {
    const double width = pdf.width() - 2 * kMargin;
    if (shade) pdf.fill({kMargin, y, width, kRowHeight}, {0.96, 0.96, 0.96});
    std::array<std::string, 10> cells = {
        row.rank ? std::to_string(*row.rank) + (row.tie ? "=" : "") : "—",
        row.workstation,
        row.name,
        row.employer,
        fixed(row.theory, precision),
        fixed(row.practical, precision),
        fixed(row.total, precision),
        fixed(row.time_minutes, 2),
        award_zh(row.award),
        joined(row.titles, "、")};
    double x = kMargin;
    const std::size_t last = row.rank ? cells.size() : cells.size() - 2;
    for (std::size_t i = 0; i < last; ++i) {
        pdf.text(cells[i], {x + 3, y, kColumns[i].width - 6, kRowHeight},
                 cell_style(8.5, kColumns[i].align));
        x += kColumns[i].width;
    }
    if (!row.rank) {  // the status takes the award and titles columns
        std::string status = status_zh(row.status);
        const std::string why =
            !row.missing.empty() ? joined(row.missing, "; ") : row.status_reason;
        if (!why.empty()) status += "：" + why;
        TextStyle s = cell_style(8, Align::Left);
        s.colour = kRed;
        pdf.text(status, {x + 3, y, kColumns[8].width + kColumns[9].width - 6, kRowHeight}, s);
    }
}

void draw_footer(PdfDocument& pdf, const ResultsHeading& h, int page, int pages) {
    const double width = pdf.width() - 2 * kMargin;
    const double y = pdf.height() - 34;
    pdf.rule(kMargin, y - 4, kMargin + width, y - 4, 0.4, kGrey);
    TextStyle s = cell_style(8, Align::Centre);
    s.colour = kGrey;
    pdf.text("第 " + std::to_string(page) + " 页 / 共 " + std::to_string(pages) + " 页   Page " +
                 std::to_string(page) + " of " + std::to_string(pages),
             {kMargin, y, width, 12}, s);
    s.align = Align::Left;
    pdf.text(h.organiser, {kMargin, y, width / 3, 12}, s);
}

// The chief judge signs next to the seal of the state the sheet was made from.
void draw_signature(PdfDocument& pdf, double y, const std::string& seal) {
    TextStyle s = cell_style(10);
    pdf.text("裁判长（签字）Chief judge: ____________________      日期 Date: ______________",
             {kMargin, y + 18, pdf.width() - 2 * kMargin, 20}, s);
    if (seal.empty()) return;
    TextStyle small = cell_style(8);
    small.colour = kGrey;
    pdf.text("数据封签 Seal " + seal, {kMargin, y + 36, pdf.width() - 2 * kMargin, 12}, small);
}

}  // namespace

int write_results_pdf(const std::filesystem::path& file, const ResultsHeading& heading,
                      const std::vector<PublishedEvent>& events) {
    std::vector<std::vector<Page>> layout;
    int total = 0;
    for (const PublishedEvent& e : events) {
        layout.push_back(paginate(e.results));
        total += static_cast<int>(layout.back().size());
    }
    PdfDocument pdf(file, kA4ShortPt, kA4LongPt);
    int page_no = 0;
    for (std::size_t ev = 0; ev < events.size(); ++ev) {
        const PublishedEvent& e = events[ev];
        int shade = 0;
        for (const Page& page : layout[ev]) {
            if (page_no++ > 0) pdf.next_page();
            draw_heading(pdf, heading, e);
            double y = kTableTop + kHeadHeight;
            for (const Item& item : page) {
                if (item.kind == Item::Kind::Row) {
                    draw_row(pdf, *item.row, e.results.precision, y, shade++ % 2 == 1);
                } else if (item.kind == Item::Kind::Section) {
                    TextStyle s = cell_style(9.5);
                    s.bold = true;
                    pdf.text("未排名 Not ranked", {kMargin, y + 4, 300, kSectionHeight - 4}, s);
                    shade = 0;
                } else {
                    draw_signature(pdf, y, heading.seal);
                }
                y += item.height();
            }
            draw_footer(pdf, heading, page_no, total);
            if (!e.locked) pdf.watermark("草稿 DRAFT", "Noto Sans CJK SC", kRed);
        }
    }
    pdf.finish();
    return pdf.pages();
}

}  // namespace plumb
