// plumb export results|certificates|hr|sheets|verify, plumb certificate verify, plumb lock: the
// real binary, its files read back with pdftotext and openpyxl.
#include <doctest/doctest.h>

#include <cctype>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "export_tools.h"
#include "run_plumb.h"

using namespace plumb::test;

namespace {

std::string demo_db(const Scratch& s) {
    const std::string db = (s / "demo.plumb").string();
    const Run r = run_plumb("demo " + quote(db) + " --contestants 40");
    REQUIRE_MESSAGE(r.code == 0, r.err);
    return db;
}

// "2019-BRICKLAYING-ZY001-1A" and "ABCD-EFGH" from the certificate PDF's text.
std::pair<std::string, std::string> first_certificate(const std::string& pdf) {
    const std::string text = pdf_text(pdf, 1);
    auto after = [&](const std::string& label) {
        const auto at = text.find(label);
        REQUIRE(at != std::string::npos);
        const auto from = at + label.size();
        return text.substr(from, text.find('\n', from) - from);
    };
    return {after("证书编号："), after("验 证 码：")};
}

}  // namespace

TEST_CASE("export certificates, then certificate verify: genuine, forged, unknown") {
    Scratch s;
    const std::string db = demo_db(s);
    const std::string pdf = (s / "certs.pdf").string();
    Run r = run_plumb("export certificates " + quote(db) + " --as organiser --event bricklaying -o " + quote(pdf));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(contains(r.out, "marked 草稿 DRAFT"));
    const int pages = pdf_pages(pdf);
    CHECK(pages >= 3);
    CHECK(contains(r.out, ": " + std::to_string(pages) + " certificates"));
    const auto [number, code] = first_certificate(pdf);
    CHECK(number.rfind("2019-BRICKLAYING-", 0) == 0);
    // The QR code holds the same number and code (decoded as a phone would, from an image).
    const std::string png = (s / "page").string();
    REQUIRE(
        std::system(("pdftoppm -png -r 150 -f 1 -l 1 -singlefile " + quote(pdf) + " " + quote(png))
                        .c_str()) == 0);
    CHECK(command_output("zbarimg -q --raw " + quote(png + ".png") + " 2>/dev/null") ==
          "PLUMBLINE-CERT;NO=" + number + ";CODE=" + code + "\n");

    r = run_plumb("certificate verify " + quote(db) + " " + quote(number) + " " + quote(code));
    CHECK_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.rfind("genuine: certificate " + number, 0) == 0);
    CHECK(contains(r.out, "first prize"));

    std::string forged = code;
    forged[1] = forged[1] == '7' ? '8' : '7';
    r = run_plumb("certificate verify " + quote(db) + " " + quote(number) + " " + quote(forged));
    CHECK(r.code == 4);
    CHECK(contains(r.out, "NOT GENUINE: the verification code does not match"));
    r = run_plumb("certificate verify " + quote(db) + " 2019-BRICKLAYING-NOBODY-1 " + quote(code));
    CHECK(r.code == 4);
    CHECK(contains(r.out, "no certificate"));
}

TEST_CASE(
    "export certificates refuses a template whose sizes are out of range and writes no file") {
    Scratch s;
    const std::string db = demo_db(s);
    const std::string pdf = (s / "certs.pdf").string();
    const std::string layout = (s / "bad.toml").string();
    for (const char* page : {"width_mm = -5", "width_mm = 100000000"}) {
        std::ofstream(layout) << "[page]\n"
                              << page
                              << "\n[[block]]\ntext = \"{name}\"\nx_mm = 0\ny_mm = 0\n"
                                 "width_mm = 10\nheight_mm = 10\n";
        const Run r = run_plumb("export certificates " + quote(db) +
                                " --as organiser --event bricklaying --template " + quote(layout) +
                                " -o " + quote(pdf));
        CHECK(r.code != 0);
        CHECK_MESSAGE(contains(r.err, layout + ":2: width_mm: must be between 50 and 1000"), r.err);
        CHECK_FALSE(std::filesystem::exists(pdf));
    }
}

TEST_CASE("lock refuses an incomplete event and marks a complete one locked in every export") {
    Scratch s;
    const std::string bare = (s / "bare.plumb").string();
    REQUIRE(run_plumb("init " + quote(bare) + " --competition " + quote(demo_competition())).code ==
            0);
    REQUIRE(run_plumb("roster import " + quote(bare) + " " + quote(data("cli/roster.csv"))).code ==
            0);
    Run r = run_plumb("lock " + quote(bare) + " --event bricklaying --reason done");
    CHECK(r.code == 1);
    CHECK(contains(r.err, "cannot lock bricklaying"));

    const std::string db = demo_db(s);
    r = run_plumb("lock " + quote(db) + " --event tiling --reason " + quote("all sheets signed"));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const std::string pdf = (s / "r.pdf").string();
    r = run_plumb("export results " + quote(db) + " --as organiser --all --format pdf -o " + quote(pdf));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const int pages = pdf_pages(pdf);
    CHECK(contains(r.out, "(" + std::to_string(pages) + " pages)"));
    int locked = 0, drafts = 0;
    for (int p = 1; p <= pages; ++p) {
        const std::string text = pdf_text(pdf, p);
        locked += contains(text, "已锁定 locked") ? 1 : 0;
        drafts += contains(text, "草稿 DRAFT") ? 1 : 0;
        if (contains(text, "镶贴工")) CHECK(contains(text, "已锁定 locked"));
    }
    CHECK(locked >= 1);
    CHECK(drafts >= 3);
    CHECK(locked + drafts == pages);

    // JSON and CSV say the same, event by event.
    r = run_plumb("export results " + quote(db) + " --as organiser --all --format json -o -");
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const auto events = nlohmann::json::parse(r.out);
    REQUIRE(events.size() == 4);
    for (const auto& e : events) {
        CHECK(e["competition"] == "“征云杯”全市农民工技能大赛");
        CHECK(e["revision"] == 1);
        CHECK(e["locked"] == (e["event"] == "tiling"));
        CHECK(e["generated"].get<std::string>().size() == 16);  // YYYY-MM-DD HH:MM
    }
    r = run_plumb("export results " + quote(db) + " --as organiser --all --format csv -o -");
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(contains(r.out, ",note,revision,locked\r\n"));
    CHECK(contains(r.out, ",1,true\r\n"));   // a tiling row
    CHECK(contains(r.out, ",1,false\r\n"));  // the others
    CHECK(run_plumb("audit verify " + quote(db)).code == 0);
}

TEST_CASE("export results --format xlsx: one sheet per event, totals numbers with 2 decimals") {
    Scratch s;
    const std::string db = demo_db(s);
    const std::string x = (s / "r.xlsx").string();
    const Run r = run_plumb("export results " + quote(db) + " --as organiser --all --format xlsx -o " + quote(x));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(python("import openpyxl\nwb = openpyxl.load_workbook('" + x +
                 "')\nws = wb['rebar']\nc = ws['H5']\nprint(wb.sheetnames, type(c.value).__name__, "
                 "c.number_format, ws['A5'].value)") ==
          "['bricklaying', 'rebar', 'tiling', 'carpentry'] float 0.00 1\n");
    CHECK(run_plumb("export results " + quote(db) + " --as organiser --all --format pdf -o -").code != 0);
}

TEST_CASE("export hr: refused while drafts, then XLSX with text IDs, verified, tampering found") {
    Scratch s;
    const std::string db = demo_db(s);
    const std::string x = (s / "hr.xlsx").string();
    Run r = run_plumb("export hr " + quote(db) + " --as organiser -o " + quote(x));
    CHECK(r.code == 1);
    CHECK(contains(r.err, "is not locked"));
    r = run_plumb("export hr " + quote(db) + " --as organiser --draft -o " + quote(x));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(contains(r.out, "40 rows"));
    CHECK(python("import openpyxl\nws = openpyxl.load_workbook('" + x +
                 "')['HR']\nr = [c.value for c in ws[2]]\nprint(type(r[0]).__name__, len(r[0]), "
                 "type(r[11]).__name__, ws['L2'].number_format, type(r[8]).__name__, "
                 "ws.max_row)") == "str 18 float 0.00 datetime 41\n");

    r = run_plumb("export verify " + quote(x) + " --db " + quote(db));
    CHECK_MESSAGE(r.code == 0, (r.out + r.err));
    CHECK(contains(r.out, "verified"));
    flip_byte(x, 1000);
    r = run_plumb("export verify " + quote(x));
    CHECK(r.code == 4);
    CHECK(contains(r.out, "was changed after it was signed"));

    const std::string csv = (s / "hr.csv").string();
    REQUIRE(run_plumb("export hr " + quote(db) + " --as organiser --draft --headers en -o " + quote(csv)).code ==
            0);
    CHECK(slurp(csv).rfind("\xEF\xBB\xBFid_number,name,gender,", 0) == 0);
    CHECK(run_plumb("export verify " + quote(csv) + " --db " + quote(db)).code == 0);
}

namespace {

// The "fingerprint: " line of FILE.sig.
std::string manifest_fingerprint(const std::string& file) {
    const std::string sig = slurp(file + ".sig");
    const auto at = sig.find("fingerprint: ");
    REQUIRE(at != std::string::npos);
    return sig.substr(at + 13, sig.find('\n', at) - at - 13);
}

}  // namespace

TEST_CASE("export verify: with no trusted key the signer is unknown, and a re-signed file fails") {
    Scratch s;
    const std::string db = demo_db(s);
    const std::string csv = (s / "hr.csv").string();
    REQUIRE(run_plumb("export hr " + quote(db) + " --as organiser --draft -o " + quote(csv)).code ==
            0);
    const std::string fp = manifest_fingerprint(csv);
    Run r = run_plumb("export verify " + quote(csv));
    CHECK(r.code == 4);
    CHECK(contains(r.out, "NOT VERIFIED: the signer is unknown"));
    CHECK(contains(r.out, fp));
    CHECK(contains(r.out, "--fingerprint"));

    // The fingerprint as the organiser announces it, however it is typed.
    r = run_plumb("export verify " + quote(csv) + " --fingerprint " + quote(fp));
    CHECK_MESSAGE(r.code == 0, (r.out + r.err));
    CHECK(contains(r.out, "verified"));
    std::string typed;
    for (char c : fp)
        if (c != ' ') typed += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    CHECK(run_plumb("export verify " + quote(csv) + " --fingerprint " + typed).code == 0);
    r = run_plumb("export verify " + quote(csv) + " --fingerprint '0000 0000 0000 0000'");
    CHECK(r.code == 4);
    CHECK(contains(r.out, "not by the expected key"));
    r = run_plumb("export verify " + quote(csv) + " --fingerprint 12ab");
    CHECK(r.code == 1);
    CHECK(contains(r.err, "not a key fingerprint"));

    // Someone else changes the file and signs it again with their own key.
    const std::string other = (s / "other.plumb").string();
    REQUIRE(run_plumb("demo " + quote(other) + " --contestants 10").code == 0);
    REQUIRE(
        run_plumb("export hr " + quote(other) + " --as organiser --draft -o " + quote(csv)).code ==
        0);
    const std::string other_fp = manifest_fingerprint(csv);
    CHECK(other_fp != fp);
    r = run_plumb("export verify " + quote(csv));
    CHECK(r.code == 4);
    CHECK(contains(r.out, "the signer is unknown"));
    CHECK(contains(r.out, other_fp));
    r = run_plumb("export verify " + quote(csv) + " --db " + quote(db));
    CHECK(r.code == 4);
    CHECK(contains(r.out, "not by the expected key"));
    CHECK(run_plumb("export verify " + quote(csv) + " --fingerprint " + quote(fp)).code == 4);
}

TEST_CASE("export hr --event: only the chosen events, each locked unless --draft") {
    Scratch s;
    const std::string db = demo_db(s);
    REQUIRE(run_plumb("lock " + quote(db) + " --event bricklaying --reason checked").code == 0);
    const std::string x = (s / "hr.xlsx").string();
    Run r = run_plumb("export hr " + quote(db) + " --event bricklaying -o " + quote(x));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const std::string rows = python("import openpyxl\nws = openpyxl.load_workbook('" + x +
                                    "')['HR']\nprint(ws.max_row - 1, sorted({c.value for c in "
                                    "ws['F'][1:]}))");
    CHECK(contains(r.out, rows.substr(0, rows.find(' ')) + " rows"));
    CHECK(contains(rows, "['bricklaying']"));
    r = run_plumb("export hr " + quote(db) + " --event bricklaying --event rebar -o " + quote(x));
    CHECK(r.code == 1);
    CHECK(contains(r.err, "rebar is not locked"));
    CHECK(run_plumb("export hr " + quote(db) + " --event rebar --draft -o " + quote(x)).code == 0);
    r = run_plumb("export hr " + quote(db) + " --event nosuch -o " + quote(x));
    CHECK(r.code == 1);
    CHECK(contains(r.err, "unknown event 'nosuch'"));
}

TEST_CASE("export sheets: a blinded sheet per workstation") {
    Scratch s;
    const std::string db = demo_db(s);
    const std::string pdf = (s / "sheets.pdf").string();
    const Run r = run_plumb("export sheets " + quote(db) + " --event tiling -o " + quote(pdf));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const int pages = pdf_pages(pdf);
    CHECK(contains(r.out, std::to_string(pages) + " pages"));
    CHECK(contains(pdf_text(pdf, 1), "镶贴工 实操评分表"));
    CHECK(contains(pdf_text(pdf, 1), "裁判员签字"));
    CHECK(run_plumb("export sheets " + quote(db) + " --event nosuch -o " + quote(pdf)).code == 1);
}
