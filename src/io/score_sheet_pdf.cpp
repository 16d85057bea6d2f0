// Score sheet PDF: heading with the workstation, a table of criteria and aspects (standard,
// maximum, entry boxes), signature lines; rows measured so a long scheme continues overleaf.
#include "io/score_sheet_pdf.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "io/pdf_document.h"

namespace plumb {

namespace {

constexpr double kMargin = 36;
constexpr double kTableTop = 140;
constexpr double kHeadHeight = 20;
constexpr double kBottom = kA4LongPt - 84;  // signatures and page number below
constexpr double kPad = 3;
constexpr double kBoxW = 30, kBoxH = 17, kTick = 8;

const Rgb kGrey = {0.4, 0.4, 0.4};

struct Column {
    const char* head;
    double width;
};
constexpr std::array<Column, 5> kColumns = {{{"编号\nID", 28},
                                             {"检查项目 Aspect", 150},
                                             {"标准 / 允许偏差 Standard", 135},
                                             {"分值\nMax", 30},
                                             {"记录 Entry（只填测量值或评分）", 180}}};

TextStyle small(double size = 7.5, Align align = Align::Left) {
    TextStyle s;
    s.size = size;
    s.align = align;
    s.shrink = false;
    return s;
}

std::string band(const Aspect& a) {
    const std::string unit = a.unit.empty() ? "" : " " + a.unit;
    if (a.lower) return a.lower->str() + " – " + a.upper->str() + unit;
    if (a.target && *a.target == Decimal()) return "偏差 ±" + a.tolerance->str() + unit;
    return a.target->str() + " ± " + a.tolerance->str() + unit;
}

std::string aspect_text(const Aspect& a) {
    std::string t = "<b>" + escape_markup(a.name) + "</b>";
    if (!a.name_en.empty())
        t += "\n<span foreground='#555555'>" + escape_markup(a.name_en) + "</span>";
    if (!a.description.empty())
        t += "\n<span size='90%' foreground='#333333'>" + escape_markup(a.description) + "</span>";
    return t;
}

std::string standard_text(const Aspect& a, int scale) {
    switch (a.type) {
        case AspectType::PassFail: return "合格得满分，不合格 0 分";
        case AspectType::Difference: {
            const std::string step = a.step ? a.step->str() : "1";
            return band(a) + "\n超出允许偏差，每 " + step + (a.unit.empty() ? "" : " " + a.unit) +
                   " 扣 " + a.deduction.str() + " 分";
        }
        case AspectType::Points:
            return band(a) + "\n" + std::to_string(a.points) + " 个检测点，每点超差扣 " +
                   a.deduction.str() + " 分";
        case AspectType::Choice: return "按所选情形扣分（见右栏）";
        case AspectType::Judgement: {
            std::string t = "评分 0–" + std::to_string(scale) + " Score";
            for (const std::string& d : a.descriptors) t += "\n" + d;
            return t;
        }
        case AspectType::Deduction: {
            std::string t = "每次扣 " + a.deduction.str() + " 分";
            if (a.cap) t += "，最多扣 " + a.cap->str() + " 分";
            return t + "\n从实操总分中扣除";
        }
    }
    return "";
}

// Judgement levels a judge may tick (0, 0.5 ... scale), or none when too many to list.
std::vector<Decimal> levels(const Aspect& a, int scale) {
    const Decimal step = a.step.value_or(Decimal::parse("0.5").value());
    std::vector<Decimal> out;
    for (Decimal v; v <= Decimal::from_int(scale); v += step) {
        out.push_back(v);
        if (out.size() > 13) return {};
    }
    return out;
}

constexpr int kPointsPerLine = 5;

double entry_height(const Aspect& a, int scale) {
    switch (a.type) {
        case AspectType::Points:
            return std::ceil(a.points / double(kPointsPerLine)) * (kBoxH + kTick + 2);
        case AspectType::Choice: return double(a.options.size()) * 12 + 2;
        case AspectType::Judgement: {
            const auto l = levels(a, scale);
            return l.empty() ? kBoxH + 2 : std::ceil(double(l.size()) / 7) * 14 + 2;
        }
        default: return kBoxH + 2;
    }
}

void box(PdfDocument& pdf, double x, double y, double w, double h) {
    pdf.rectangle({x, y, w, h}, 0.7);
}

void draw_entry(PdfDocument& pdf, const Aspect& a, int scale, double x, double y) {
    const std::string unit = a.unit.empty() ? "" : a.unit;
    switch (a.type) {
        case AspectType::PassFail:
            box(pdf, x, y + 4, 9, 9);
            pdf.text("合格 pass", {x + 12, y + 3, 60, 12}, small(8));
            box(pdf, x + 72, y + 4, 9, 9);
            pdf.text("不合格 fail", {x + 84, y + 3, 70, 12}, small(8));
            break;
        case AspectType::Difference:
            box(pdf, x, y + 1, 64, kBoxH);
            pdf.text(unit, {x + 67, y + 4, 40, 12}, small(8));
            break;
        case AspectType::Points:
            for (int i = 0; i < a.points; ++i) {
                const double bx = x + (i % kPointsPerLine) * (kBoxW + 1);
                const double by = y + (i / kPointsPerLine) * (kBoxH + kTick + 2);
                pdf.text(std::to_string(i + 1), {bx, by, kBoxW, kTick}, small(6, Align::Centre));
                box(pdf, bx, by + kTick, kBoxW, kBoxH);
            }
            pdf.text(
                unit,
                {x + std::min(a.points, kPointsPerLine) * (kBoxW + 1) + 2, y + kTick + 3, 20, 12},
                small(7));
            break;
        case AspectType::Choice:
            for (std::size_t i = 0; i < a.options.size(); ++i) {
                box(pdf, x, y + 2 + 12.0 * double(i), 8, 8);
                pdf.text(std::to_string(i + 1) + " " + a.options[i].label + "（扣 " +
                             a.options[i].deduction.str() + "）",
                         {x + 11, y + 12.0 * double(i), 168, 12}, small(7.5));
            }
            break;
        case AspectType::Judgement: {
            const auto l = levels(a, scale);
            if (l.empty()) {
                box(pdf, x, y + 1, 40, kBoxH);
                pdf.text("/ " + std::to_string(scale), {x + 44, y + 4, 40, 12}, small(8));
                break;
            }
            for (std::size_t i = 0; i < l.size(); ++i) {
                const double bx = x + double(i % 7) * 24.5, by = y + double(i / 7) * 14 + 2;
                box(pdf, bx, by + 1, 8, 8);
                pdf.text(l[i].str(), {bx + 9.5, by, 14, 11}, small(7));
            }
            break;
        }
        case AspectType::Deduction:
            pdf.text("次数 Count", {x, y + 4, 50, 12}, small(8));
            box(pdf, x + 50, y + 1, 40, kBoxH);
            break;
    }
}

// A row of the table: a criterion heading or an aspect.
struct Row {
    const Criterion* criterion = nullptr;
    const Aspect* aspect = nullptr;
    double height = 0;
};

std::vector<std::vector<Row>> paginate(PdfDocument& pdf, const MarkingScheme& scheme) {
    std::vector<Row> rows;
    for (const Criterion& c : scheme.criteria) {
        rows.push_back({&c, nullptr, 16});
        for (const Aspect& a : c.aspects) {
            TextStyle m = small(8);
            m.markup = true;
            const double h1 = pdf.measure(aspect_text(a), kColumns[1].width - 2 * kPad, m);
            const double h2 = pdf.measure(standard_text(a, scheme.judgement_scale),
                                          kColumns[2].width - 2 * kPad, small(7));
            rows.push_back(
                {nullptr, &a,
                 std::max({h1, h2, entry_height(a, scheme.judgement_scale)}) + 2 * kPad});
        }
    }
    std::vector<std::vector<Row>> pages(1);
    double y = kTableTop + kHeadHeight;
    for (const Row& r : rows) {
        // A criterion heading never ends a page.
        const double need = r.height + (r.criterion ? 40 : 0);
        if (y + need > kBottom && !pages.back().empty()) {
            pages.emplace_back();
            y = kTableTop + kHeadHeight;
        }
        pages.back().push_back(r);
        y += r.height;
    }
    return pages;
}

void draw_heading(PdfDocument& pdf, const ScoreSheetSpec& s, const std::string& ws, bool more) {
    const double width = pdf.width() - 2 * kMargin;
    TextStyle t = small(13, Align::Centre);
    t.bold = true;
    t.wrap = false;
    t.shrink = true;
    pdf.text(s.competition, {kMargin, 28, width, 20}, t);
    TextStyle sub = small(11, Align::Centre);
    sub.wrap = false;
    pdf.text(s.scheme->name + " 实操评分表  Practical score sheet · " + s.scheme->name_en,
             {kMargin, 50, width, 18}, sub);
    // The workstation, large, in a box: the only identity on a blinded sheet.
    const Box wsbox{kMargin + width - 120, 74, 120, 44};
    pdf.rectangle(wsbox, 1.6);
    pdf.text("工位号 Workstation", {wsbox.x, wsbox.y + 2, wsbox.width, 10},
             small(7, Align::Centre));
    TextStyle big = small(22, Align::Centre);
    big.bold = true;
    big.wrap = false;
    big.shrink = true;
    pdf.text(ws + (more ? "（续）" : ""), {wsbox.x + 4, wsbox.y + 12, wsbox.width - 8, 30}, big);
    TextStyle left = small(9.5);
    left.wrap = false;
    pdf.text("裁判编号 Judge code：____________", {kMargin, 78, 300, 14}, left);
    std::string line = "日期 Date：____________";
    if (s.time_limit_minutes)
        line += "    时限 Time limit：" + std::to_string(*s.time_limit_minutes) + " 分钟";
    pdf.text(line, {kMargin, 96, 330, 14}, left);
    TextStyle note = small(7);
    note.colour = kGrey;
    note.wrap = false;
    note.shrink = true;
    pdf.text(
        "加密评分：本表不写选手姓名。只填写测量值、选项或评分，得分由系统计算。"
        "  Blinded: no names. Enter values only; Plumbline computes the marks.",
        {kMargin, 124, width, 12}, note);
    pdf.fill({kMargin, kTableTop, width, kHeadHeight}, {0.88, 0.88, 0.88});
    double x = kMargin;
    for (const Column& c : kColumns) {
        pdf.text(c.head, {x + 2, kTableTop + 1, c.width - 4, kHeadHeight}, small(7, Align::Centre));
        x += c.width;
    }
}

void draw_row(PdfDocument& pdf, const Row& r, int scale, double y) {
    const double width = pdf.width() - 2 * kMargin;
    if (r.criterion) {
        pdf.fill({kMargin, y, width, r.height}, {0.95, 0.95, 0.95});
        TextStyle s = small(8.5);
        s.bold = true;
        s.wrap = false;
        s.middle = true;
        pdf.text(r.criterion->id + "  " + r.criterion->name + "  " + r.criterion->name_en,
                 {kMargin + kPad, y, width - 2 * kPad, r.height}, s);
    } else {
        const Aspect& a = *r.aspect;
        double x = kMargin;
        pdf.text(a.id, {x + kPad, y + kPad, kColumns[0].width - 2 * kPad, 12}, small(8.5));
        x += kColumns[0].width;
        TextStyle m = small(8);
        m.markup = true;
        pdf.text(aspect_text(a), {x + kPad, y + kPad, kColumns[1].width - 2 * kPad, r.height}, m);
        x += kColumns[1].width;
        pdf.text(standard_text(a, scale),
                 {x + kPad, y + kPad, kColumns[2].width - 2 * kPad, r.height}, small(7));
        x += kColumns[2].width;
        pdf.text(a.is_deduction() ? "—" : a.max.str(), {x, y + kPad, kColumns[3].width, 12},
                 small(8.5, Align::Centre));
        x += kColumns[3].width;
        draw_entry(pdf, a, scale, x + kPad, y + kPad);
    }
    pdf.rule(kMargin, y + r.height, kMargin + width, y + r.height, 0.4, kGrey);
}

void draw_footer(PdfDocument& pdf, const std::string& ws, int page, int pages,
                 const std::string& seal) {
    const double width = pdf.width() - 2 * kMargin;
    TextStyle s = small(10);
    s.wrap = false;
    const double y = pdf.height() - 70;
    pdf.text("裁判员签字 Judge：______________", {kMargin, y, 200, 16}, s);
    pdf.text("裁判长签字 Chief judge：______________", {kMargin + 210, y, 250, 16}, s);
    TextStyle p = small(8, Align::Centre);
    p.colour = kGrey;
    p.wrap = false;
    pdf.text("工位 " + ws + " · 第 " + std::to_string(page) + " 页 / 共 " + std::to_string(pages) +
                 " 页  Page " + std::to_string(page) + " of " + std::to_string(pages),
             {kMargin, pdf.height() - 40, width, 12}, p);
    if (!seal.empty())
        pdf.text("打印时数据封签 Seal when printed " + seal,
                 {kMargin, pdf.height() - 28, width, 12}, p);
}

}  // namespace

int write_score_sheets_pdf(const std::filesystem::path& file, const ScoreSheetSpec& spec) {
    if (!spec.scheme || spec.workstations.empty())
        throw std::runtime_error("no workstations to print score sheets for");
    PdfDocument pdf(file, kA4ShortPt, kA4LongPt);
    const auto pages = paginate(pdf, *spec.scheme);
    const int scale = spec.scheme->judgement_scale;
    bool first = true;
    for (const std::string& ws : spec.workstations) {
        for (std::size_t p = 0; p < pages.size(); ++p) {
            if (!first) pdf.next_page();
            first = false;
            draw_heading(pdf, spec, ws, p > 0);
            double y = kTableTop + kHeadHeight;
            for (const Row& r : pages[p]) {
                draw_row(pdf, r, scale, y);
                y += r.height;
            }
            draw_footer(pdf, ws, static_cast<int>(p + 1), static_cast<int>(pages.size()),
                        spec.seal);
        }
    }
    pdf.finish();
    return pdf.pages();
}

}  // namespace plumb
