// XLSX and CSV exports read back: openpyxl for types and formats, our CSV reader for the CSV.
#include <doctest/doctest.h>

#include <cstdlib>
#include <map>

#include "export_tools.h"
#include "io/csv.h"
#include "io/hr_export.h"
#include "io/results_export.h"
#include "io/results_xlsx.h"

using namespace plumb;
using namespace plumb::test;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path dir;
    TempDir() {
        char tmpl[] = "/tmp/plumb-xlsx-XXXXXX";
        dir = mkdtemp(tmpl);
    }
    ~TempDir() { fs::remove_all(dir); }
    fs::path operator/(const std::string& name) const { return dir / name; }
};

Decimal D(const char* text) {
    return *Decimal::parse(text);
}

HrRow hr_row(const std::string& id, const std::string& name) {
    HrRow r;
    r.id_number = id;
    r.name = name;
    r.gender = "男";
    r.employer = "河南征云建设集团有限公司";
    r.registration_no = "ZY001";
    r.trade_code = "bricklaying";
    r.trade = "砌筑工";
    r.competition = "“征云杯”全市农民工技能大赛";
    r.date = "2019-10-19";
    r.theory = D("80.15");
    r.practical = D("70");
    r.total = D("73.05");
    r.rank = 1;
    r.ranked_of = 50;
    r.status = "完成";
    r.award = "一等奖";
    r.titles = "技术能手";
    r.certificate_no = "2019-BRICKLAYING-ZY001-1A";
    r.revision = 2;
    r.result_state = "已锁定";
    r.grade_action = "晋升高一级职业技能等级";
    return r;
}

// Every non-empty cell of a workbook as "repr(value)|number_format", read by openpyxl at once.
struct Cells {
    std::map<std::string, std::string> cells;  // "sheet!A1" -> text
    explicit Cells(const fs::path& file) {
        const std::string out = python(
            "import openpyxl\nwb = openpyxl.load_workbook('" + file.string() +
            "')\nfor ws in wb:\n for row in ws.iter_rows():\n  for c in row:\n   if c.value is "
            "not None: print(ws.title + '!' + c.coordinate + '\\t' + repr(c.value) + '|' + "
            "c.number_format)");
        std::size_t pos = 0;
        while (pos < out.size()) {
            const std::size_t end = out.find('\n', pos);
            const std::string line = out.substr(pos, end - pos);
            const std::size_t tab = line.find('\t');
            if (tab != std::string::npos) cells[line.substr(0, tab)] = line.substr(tab + 1);
            pos = end == std::string::npos ? out.size() : end + 1;
        }
    }
    std::string operator()(const std::string& sheet, const std::string& ref) const {
        const auto it = cells.find(sheet + "!" + ref);
        return it == cells.end() ? "(empty)" : it->second;
    }
};

}  // namespace

TEST_CASE("results XLSX: a sheet per event, frozen heads, marks as numbers with the precision") {
    TempDir t;
    PublishedEvent e;
    e.results.event = "bricklaying";
    e.results.trade = "砌筑工";
    e.results.precision = 2;
    ResultRow r;
    r.rank = 1;
    r.workstation = "07";
    r.registration_no = "ZY045";
    r.name = "赵志强";
    r.total = D("92.7");
    r.theory = D("92.5");
    r.status = "complete";
    r.award = "first";
    e.results.rows.push_back(r);
    e.revision = 3;
    PublishedEvent tiling = e;
    tiling.results.event = "tiling";
    tiling.results.precision = 1;
    write_results_xlsx(t / "r.xlsx", {"征云杯", "", "2019-10-19 18:00", {}}, {e, tiling});

    CHECK(python("import openpyxl\nwb = openpyxl.load_workbook('" + (t / "r.xlsx").string() +
                 "')\nprint(wb.sheetnames, wb['bricklaying'].freeze_panes)") ==
          "['bricklaying', 'tiling'] A5\n");
    const Cells cell(t / "r.xlsx");
    CHECK(cell("bricklaying", "H5") == "92.7|0.00");
    CHECK(cell("tiling", "H5") == "92.7|0.0");
    CHECK(cell("bricklaying", "B5") == "'07'|@");  // workstation stays text
    CHECK(cell("bricklaying", "D5") == "'赵志强'|General");
    CHECK(cell("bricklaying", "K5") == "'一等奖'|General");
    CHECK(contains(cell("bricklaying", "A2"), "Revision 3"));
    CHECK(contains(cell("bricklaying", "A2"), "草稿"));
}

TEST_CASE("HR XLSX: ID and certificate numbers are text, marks numbers, the date a date") {
    TempDir t;
    write_hr_xlsx(t / "hr.xlsx",
                  {hr_row("410802198503151234", "王铁柱"), hr_row("41080219850315123X", "李秀英")},
                  HrHeaders::Chinese);
    const fs::path f = t / "hr.xlsx";
    const Cells cell(f);
    CHECK(cell("HR", "A1") == "'身份证号'|General");
    CHECK(cell("HR", "A2") == "'410802198503151234'|@");
    CHECK(cell("HR", "A3") == "'41080219850315123X'|@");
    CHECK(cell("HR", "I2") == "datetime.datetime(2019, 10, 19, 0, 0)|yyyy-mm-dd");
    CHECK(cell("HR", "L2") == "73.05|0.00");
    CHECK(cell("HR", "J2") == "80.15|0.00");
    CHECK(cell("HR", "K2") == "70|0.00");
    CHECK(cell("HR", "M2") == "1|General");
    CHECK(cell("HR", "R2") == "'2019-BRICKLAYING-ZY001-1A'|@");
    CHECK(cell("HR", "S2") == "2|General");
    CHECK(cell("HR", "U2") == "'晋升高一级职业技能等级'|@");
    CHECK(python("import openpyxl\nws = openpyxl.load_workbook('" + f.string() +
                 "')['HR']\nprint(ws.freeze_panes, ws.max_row, ws.max_column)") == "A2 3 21\n");
}

TEST_CASE("HR CSV: UTF-8 with BOM that parses back to the same cells") {
    const std::vector<HrRow> rows{hr_row("410802198503151234", "王铁柱"),
                                  hr_row("41080219850315123X", "欧阳, 秀英")};
    const std::string csv = hr_csv(rows, HrHeaders::Chinese);
    CHECK(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    const CsvTable table = parse_csv(csv, "hr.csv");
    REQUIRE(table.header.size() == hr_columns().size());
    CHECK(table.header[0] == "身份证号");
    CHECK(table.header[20] == "建议技能等级处理");
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[1].fields == std::vector<std::string>{"41080219850315123X",
                                                           "欧阳, 秀英",
                                                           "男",
                                                           "河南征云建设集团有限公司",
                                                           "ZY001",
                                                           "bricklaying",
                                                           "砌筑工",
                                                           "“征云杯”全市农民工技能大赛",
                                                           "2019-10-19",
                                                           "80.15",
                                                           "70.00",
                                                           "73.05",
                                                           "1",
                                                           "50",
                                                           "完成",
                                                           "一等奖",
                                                           "技术能手",
                                                           "2019-BRICKLAYING-ZY001-1A",
                                                           "2",
                                                           "已锁定",
                                                           "晋升高一级职业技能等级"});
    const CsvTable en = parse_csv(hr_csv(rows, HrHeaders::English), "hr.csv");
    CHECK(en.header[0] == "id_number");
    CHECK(en.header[17] == "certificate_no");
}

TEST_CASE("HR and results CSV: names and employers that are formulas reach the sheet as text") {
    HrRow r = hr_row("410802198503151234", "=HYPERLINK(\"http://evil.example\",\"王铁柱\")");
    r.employer = "=cmd|'/c calc'!A1";
    const CsvTable hr = parse_csv(hr_csv({r}, HrHeaders::English), "hr.csv");
    CHECK(hr.rows.at(0).fields[1] == "'=HYPERLINK(\"http://evil.example\",\"王铁柱\")");
    CHECK(hr.rows.at(0).fields[3] == "'=cmd|'/c calc'!A1");
    CHECK(hr.rows.at(0).fields[9] == "80.15");

    EventResults e;
    e.event = "bricklaying";
    ResultRow row;
    row.rank = 1;
    row.registration_no = "ZY001";
    row.name = "@SUM(1+1)*cmd|'/c calc'!A0";
    row.employer = "+86-1";
    row.practical = D("-1.50");
    row.total = D("-1.50");
    e.rows.push_back(row);
    const CsvTable results = parse_csv(results_csv({e}), "results.csv");
    CHECK(results.rows.at(0).fields[3] == "'@SUM(1+1)*cmd|'/c calc'!A0");
    CHECK(results.rows.at(0).fields[4] == "'+86-1");
    CHECK(results.rows.at(0).fields[8] == "-1.50");
}
