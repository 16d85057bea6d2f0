// PDF exports read back with pdfinfo and pdftotext: certificates, results sheets, score sheets;
// text that shrinks to its box; no half file left behind.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>

#include "export_tools.h"
#include "io/certificate_pdf.h"
#include "io/competition_file.h"
#include "io/definition_error.h"
#include "io/results_pdf.h"
#include "io/score_sheet_pdf.h"

using namespace plumb;
using namespace plumb::test;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path dir;
    TempDir() {
        char tmpl[] = "/tmp/plumb-pdf-XXXXXX";
        dir = mkdtemp(tmpl);
    }
    ~TempDir() { fs::remove_all(dir); }
    fs::path operator/(const std::string& name) const { return dir / name; }
    std::size_t files() const {
        return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
    }
};

Decimal D(const char* text) {
    return *Decimal::parse(text);
}

CertificatePage page(const std::string& name, const std::string& number, bool draft) {
    CertificatePage p;
    p.fields = {{"name", name},
                {"competition", "“征云杯”全市农民工技能大赛"},
                {"trade", "砌筑工"},
                {"honour", "一等奖"},
                {"organiser_lines", "焦作市住房和城乡建设局"},
                {"date_cn", "二〇一九年十月十九日"},
                {"number", number},
                {"code", "ABCD-EFGH"}};
    p.qr_text = "PLUMBLINE-CERT;NO=" + number + ";CODE=ABCD-EFGH";
    p.draft = draft;
    return p;
}

PublishedEvent event_with(int ranked, int unranked, bool locked) {
    PublishedEvent e;
    e.results.event = "bricklaying";
    e.results.trade = "砌筑工";
    e.results.trade_en = "Bricklaying";
    e.results.ranked = ranked;
    for (int i = 1; i <= ranked + unranked; ++i) {
        ResultRow r;
        if (i <= ranked) r.rank = i;
        r.registration_no = "ZY" + std::to_string(1000 + i);
        r.name = "选手" + std::to_string(i);
        r.employer = "河南征云建设集团有限公司";
        r.workstation = std::to_string(i);
        r.total = D("80.5");
        r.status = i <= ranked ? "complete" : "absent";
        r.status_reason = i <= ranked ? "" : "未到场";
        e.results.rows.push_back(r);
    }
    e.revision = 2;
    e.locked = locked;
    return e;
}

}  // namespace

TEST_CASE("a long name shrinks to fit its box; a short one keeps its size") {
    TempDir t;
    PdfDocument pdf(t / "x.pdf", kA4ShortPt, kA4LongPt);
    TextStyle s;
    s.font = "Noto Serif CJK SC";
    s.size = 20;
    s.wrap = false;
    const Box box{50, 50, 120, 30};
    CHECK(pdf.text("王铁柱", box, s) == doctest::Approx(20));
    const double shrunk = pdf.text("阿卜杜热合曼·买买提依明·艾合买提江", box, s);
    CHECK(shrunk < 12);
    CHECK(shrunk > 4);
    // A wrapped paragraph shrinks until its lines fit the box's height.
    s.wrap = true;
    const std::string para(300, 'x');
    const double wrapped = pdf.text(para, {50, 100, 120, 40}, s);
    TextStyle used = s;
    used.size = wrapped;
    CHECK(wrapped < 20);
    CHECK(pdf.measure(para, 120, used) <= 40.5);
}

TEST_CASE("a PDF that is never finished leaves no file, not even a temporary one") {
    TempDir t;
    {
        PdfDocument pdf(t / "half.pdf", kA4ShortPt, kA4LongPt);
        pdf.text("半个文件", {10, 10, 200, 20}, TextStyle{});
        pdf.next_page();
    }
    CHECK(t.files() == 0);
}

TEST_CASE("certificates: one page each, names and numbers in the text, draft pages watermarked") {
    TempDir t;
    const auto layout =
        read_certificate_template(fs::path(PLUMB_DATA_DIR) / "certificates/default.toml");
    const int pages = write_certificates_pdf(
        t / "c.pdf", layout,
        {page("王铁柱", "2019-BRICKLAYING-ZY001-1A", true),
         page("李秀英", "2019-BRICKLAYING-ZY002-2", false),
         page("阿卜杜热合曼·买买提依明·艾合买提江", "2019-BRICKLAYING-ZY003-3", false)});
    CHECK(pages == 3);
    CHECK(pdf_pages(t / "c.pdf") == 3);
    const std::string first = pdf_text(t / "c.pdf", 1);
    CHECK(contains(first, "荣 誉 证 书"));  // letter-spaced title
    CHECK(contains(first, "王铁柱"));
    CHECK(contains(first, "2019-BRICKLAYING-ZY001-1A"));
    CHECK(contains(first, "稿"));  // the diagonal 草稿 DRAFT comes out a letter per line
    const std::string second = pdf_text(t / "c.pdf", 2);
    CHECK(contains(second, "李秀英"));
    CHECK(contains(second, "征云杯"));
    CHECK_FALSE(contains(second, "稿"));
    CHECK(contains(pdf_text(t / "c.pdf", 3), "买买提依明"));
    CHECK(t.files() == 1);  // no temporary file left beside it
}

TEST_CASE("certificate templates: errors name the file, line and key") {
    const std::string head = "[[block]]\nx_mm = 0\ny_mm = 0\nwidth_mm = 10\nheight_mm = 10\n";
    CHECK_THROWS_WITH_AS(
        parse_certificate_template(head + "text = \"{nmae} 同志\"\n", "t.toml", "."),
        "t.toml:6: text: unknown placeholder {nmae}", DefinitionError);
    CHECK_THROWS_WITH_AS(
        parse_certificate_template(head + "text = \"x\"\ncolour = \"red\"\n", "t.toml", "."),
        "t.toml:7: colour: 'red' is not a colour written #RRGGBB", DefinitionError);
    CHECK_THROWS_WITH_AS(parse_certificate_template("[page]\nwidth_mm = 100\n", "t.toml", "."),
                         doctest::Contains("block: missing"), DefinitionError);
    const auto ok =
        parse_certificate_template(head + "text = \"{name}\"\nsize_pt = 30\n", "t.toml", ".");
    REQUIRE(ok.blocks.size() == 1);
    CHECK(ok.blocks[0].style.size == doctest::Approx(30));
    CHECK(ok.blocks[0].box.width == doctest::Approx(10 * kPointsPerMm));
}

TEST_CASE("certificate templates: a page of 50 to 1000 mm, boxes inside it, type 4 to 300 pt") {
    const std::string block =
        "[[block]]\ntext = \"{name}\"\nx_mm = 10\ny_mm = 10\nwidth_mm = 100\nheight_mm = 20\n";
    auto refused = [](const std::string& text) {
        try {
            parse_certificate_template(text, "t.toml", ".");
        } catch (const DefinitionError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    // The page: negative, zero, tiny and huge sizes are refused.
    for (const char* width : {"-5", "0", "10", "100000000"})
        CHECK(refused("[page]\nwidth_mm = " + std::string(width) + "\n" + block) ==
              "t.toml:2: width_mm: must be between 50 and 1000");
    CHECK(refused("[page]\nwidth_mm = 297\nheight_mm = 1000.5\n" + block) ==
          "t.toml:3: height_mm: must be between 50 and 1000");
    const auto smallest = parse_certificate_template(
        "[page]\nwidth_mm = 50\nheight_mm = 1000\n"
        "[[block]]\ntext = \"x\"\nx_mm = 0\ny_mm = 0"
        "\nwidth_mm = 50\nheight_mm = 1000\n",
        "t.toml", ".");
    CHECK(smallest.width == doctest::Approx(50 * kPointsPerMm));
    CHECK(smallest.height == doctest::Approx(1000 * kPointsPerMm));
    // A block starts on the page, is at least 1 mm and ends on it (A4 landscape by default).
    auto block_with = [](const std::string& keys) {
        return "[[block]]\ntext = \"{name}\"\n" + keys;
    };
    CHECK(refused(block_with("x_mm = -1\ny_mm = 10\nwidth_mm = 100\nheight_mm = 20\n")) ==
          "t.toml:3: x_mm: must be between 0 and 296");
    CHECK(refused(block_with("x_mm = 10\ny_mm = 10\nwidth_mm = -50\nheight_mm = 20\n")) ==
          "t.toml:5: width_mm: must be between 1 and 287");
    CHECK(refused(block_with("x_mm = 10\ny_mm = 10\nwidth_mm = 100000000\nheight_mm = 20\n")) ==
          "t.toml:5: width_mm: must be between 1 and 287");
    CHECK(refused(block_with("x_mm = 10\ny_mm = 200.5\nwidth_mm = 100\nheight_mm = 10\n")) ==
          "t.toml:6: height_mm: must be between 1 and 9.5");
    CHECK(refused(block_with("x_mm = 10\ny_mm = 10\nwidth_mm = 100\nheight_mm = 0\n")) ==
          "t.toml:6: height_mm: must be between 1 and 200");
    // Type, spacing and frames within reason.
    CHECK(refused(block + "size_pt = 3\n") == "t.toml:7: size_pt: must be between 4 and 300");
    CHECK(refused(block + "size_pt = 100000\n") == "t.toml:7: size_pt: must be between 4 and 300");
    CHECK(refused(block + "letter_spacing_pt = 1000000\n") ==
          "t.toml:7: letter_spacing_pt: must be between -10 and 100");
    CHECK(refused(block + "line_spacing = 0.1\n") ==
          "t.toml:7: line_spacing: must be between 0.5 and 5");
    CHECK(refused(block + "indent_em = -1\n") == "t.toml:7: indent_em: must be between 0 and 20");
    CHECK(refused("[[frame]]\ninset_mm = -7\n" + block) ==
          "t.toml:2: inset_mm: must be between 0 and 105");
    CHECK(refused("[[frame]]\ninset_mm = 7\nline_pt = 500\n" + block) ==
          "t.toml:3: line_pt: must be between 0.1 and 20");
    // The QR code and the seal are squares inside the page; a QR code needs 10 mm to be read.
    CHECK(refused("[qr]\nx_mm = 24\ny_mm = 158\nsize_mm = 5\n" + block) ==
          "t.toml:4: size_mm: must be between 10 and 52");
    CHECK(refused("[qr]\nx_mm = 290\ny_mm = 158\nsize_mm = 26\n" + block) ==
          "t.toml:2: x_mm: must be between 0 and 287");
    // What the default template and the bounds themselves hold is accepted.
    CHECK(refused(block + "size_pt = 4\nletter_spacing_pt = -10\nline_spacing = 5\n").empty());
    CHECK_NOTHROW(
        read_certificate_template(fs::path(PLUMB_DATA_DIR) / "certificates/default.toml"));
}

TEST_CASE(
    "certificate templates: a background and a seal image are drawn; a missing one is named") {
    TempDir t;
    {  // a PNG to draw, made the way a person would: a page rendered by pdftoppm
        PdfDocument pdf(t / "red.pdf", 100, 100);
        pdf.fill({0, 0, 100, 100}, {0.8, 0.1, 0.1});
        pdf.finish();
    }
    REQUIRE(
        std::system(("pdftoppm -png -r 20 -singlefile " + shell_quote((t / "red.pdf").string()) +
                     " " + shell_quote((t / "seal").string()))
                        .c_str()) == 0);
    const std::string text =
        "[page]\nbackground = \"seal.png\"\n[seal]\nimage = \"seal.png\"\nx_mm = 200\ny_mm = "
        "130\nsize_mm = 40\n[qr]\nx_mm = 20\ny_mm = 150\nsize_mm = 25\n[[block]]\ntext = "
        "\"{name}\"\nx_mm = 0\ny_mm = 0\nwidth_mm = 100\nheight_mm = 20\n";
    const auto layout = parse_certificate_template(text, "t.toml", t.dir);
    REQUIRE(layout.seal.has_value());
    write_certificates_pdf(t / "c.pdf", layout, {page("王铁柱", "N1", false)});
    // The background, the seal and the QR code are the page's three images.
    const std::string images =
        command_output("pdfimages -list " + shell_quote((t / "c.pdf").string()));
    const auto lines = std::count(images.begin(), images.end(), '\n');
    CHECK(lines == 2 + 3);  // two header lines
    const std::string missing = "t.toml:2: image: " + (t / "nope.png").string() + ": no such file";
    CHECK_THROWS_WITH_AS(parse_certificate_template(
                             "[seal]\nimage = \"nope.png\"\nx_mm = 1\ny_mm = 1\nsize_mm = 1\n" +
                                 text.substr(text.find("[qr]")),
                             "t.toml", t.dir),
                         missing.c_str(), DefinitionError);
}

TEST_CASE("placeholders are filled, and escaped when the block is markup") {
    const std::map<std::string, std::string> values{{"name", "A&B <C>"}};
    CHECK(fill_placeholders("<b>{name}</b> 同志", values, true) == "<b>A&amp;B &lt;C&gt;</b> 同志");
    CHECK(fill_placeholders("{name}, {missing}!", values, false) == "A&B <C>, !");
}

TEST_CASE("results PDF: a long table splits across pages, each with its heading and page number") {
    TempDir t;
    const ResultsHeading h{
        "“征云杯”全市农民工技能大赛", "焦作市住房和城乡建设局", "2019-10-19 18:00", {}};
    const int pages =
        write_results_pdf(t / "r.pdf", h, {event_with(120, 3, true), event_with(5, 0, false)});
    CHECK(pages >= 4);
    REQUIRE(pdf_pages(t / "r.pdf") == pages);
    for (int p = 1; p <= pages; ++p) {
        const std::string text = pdf_text(t / "r.pdf", p);
        CAPTURE(p);
        CHECK(contains(text, "征云杯"));
        CHECK(contains(text, "Revision 2"));
        CHECK(contains(text, "Generated 2019-10-19 18:00"));
        CHECK(contains(text, "Page " + std::to_string(p) + " of " + std::to_string(pages)));
        CHECK(contains(text, "Rank"));  // the column heads repeat
    }
    CHECK(contains(pdf_text(t / "r.pdf", 1), "已锁定"));
    CHECK(contains(pdf_text(t / "r.pdf", 1), "选手1\n"));
    const std::string last_locked = pdf_text(t / "r.pdf", pages - 1);
    CHECK(contains(last_locked, "选手120"));
    CHECK(contains(last_locked, "未排名"));
    CHECK(contains(last_locked, "缺考"));
    CHECK(contains(last_locked, "选手123"));
    const std::string draft = pdf_text(t / "r.pdf", pages);
    CHECK(contains(draft, "草稿 DRAFT"));
    CHECK_FALSE(contains(pdf_text(t / "r.pdf", 1), "草稿"));
}

TEST_CASE("score sheets: one sheet per workstation with every aspect and the signature lines") {
    TempDir t;
    const Competition c =
        load_competition_file(fs::path(PLUMB_DATA_DIR) / "demo/zhengyun-cup.toml");
    const Event& e = *c.find_event("bricklaying");
    ScoreSheetSpec spec{c.name, e.code, e.time_limit_minutes, &e.scheme, {"01", "02", "10"}, {}};
    const int pages = write_score_sheets_pdf(t / "s.pdf", spec);
    REQUIRE(pages % 3 == 0);
    CHECK(pdf_pages(t / "s.pdf") == pages);
    const int per_sheet = pages / 3;
    const std::string first = pdf_text(t / "s.pdf", 1);
    CHECK(contains(first, "01"));
    CHECK(contains(first, "墙体长度"));
    CHECK(contains(first, "1490 ± 3 mm"));
    CHECK(contains(first, "裁判长签字"));
    CHECK(contains(pdf_text(t / "s.pdf", 2 * per_sheet + 1), "工位 10"));
    std::string sheet;
    for (int p = 1; p <= per_sheet; ++p) sheet += pdf_text(t / "s.pdf", p);
    for (const Aspect* a : e.scheme.aspects()) CHECK_MESSAGE(contains(sheet, a->name), a->id);
    CHECK(contains(sheet, "勾缝深浅一致"));  // judgement descriptors
    CHECK(contains(sheet, "个别通缝"));      // choice options
}
