// Reading CSV as organisers save it: encodings, quoting, line numbers, columns; writing lines.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "io/csv.h"
#include "io/file_bytes.h"
#include "io/text_encoding.h"
#include "test_csv_fixture.h"

using namespace plumb;
using plumb::test::refusal;
namespace fs = std::filesystem;

TEST_CASE("strict UTF-8 accepts real text and refuses overlong forms, surrogates, truncation") {
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("registration_no,name"));
    CHECK(is_valid_utf8("报名号,姓名 \xF0\x9F\x98\x80"));
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
    CHECK_FALSE(is_valid_utf8("\xE4\xB8"));          // truncated 中
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(is_valid_utf8("\xD5\xC5\xC8\xFD"));  // 张三 in GBK
}

TEST_CASE("to_utf8 strips a BOM and converts GBK and four-byte GB18030") {
    CHECK(to_utf8("\xEF\xBB\xBF姓名") == "姓名");
    CHECK(to_utf8("plain") == "plain");
    CHECK(to_utf8("\xD5\xC5\xC8\xFD,1") == "张三,1");
    CHECK(to_utf8("\x95\x34\xB2\x35") == "𠮷");          // outside GBK, only in GB18030
    CHECK(to_utf8("\x84\x31\x95\x33\xD5\xC5") == "张");  // GB18030's own BOM is dropped
}

TEST_CASE("to_utf8 names the byte where text is neither UTF-8 nor GB18030") {
    try {
        to_utf8("ab\x81\x20");
        FAIL("expected EncodingError");
    } catch (const EncodingError& e) {
        CHECK(e.offset() == 2);
        CHECK(std::string(e.what()) == "byte 2: bytes that are neither UTF-8 nor GBK/GB18030 text");
    }
    try {
        to_utf8(
            "\xEF\xBB\xBF"
            "ok\xFF");
        FAIL("expected EncodingError");
    } catch (const EncodingError& e) {
        CHECK(e.offset() == 5);
        CHECK(e.reason() == "invalid UTF-8 in a file marked as UTF-8");
    }
    CHECK_THROWS_AS(to_utf8("ab\xD5"), EncodingError);  // ends inside a GBK character
    CHECK_THROWS_WITH(to_utf8("\xFF\xFEn\0a\0"),
                      "byte 0: UTF-16 text (Excel's \"Unicode text\"); save as CSV UTF-8 or CSV");
}

TEST_CASE("rows keep the physical line where they start; blank and all-empty lines are skipped") {
    const CsvTable t = parse_csv("\r\na,b , c\r\n 1 ,\t2,3\r\n\r\n,,\n4,5,6", "t.csv");
    CHECK(t.file == "t.csv");
    CHECK(t.header_line == 2);
    CHECK(t.header == std::vector<std::string>{"a", "b", "c"});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].line == 3);
    CHECK(t.rows[0].fields == std::vector<std::string>{"1", "2", "3"});
    CHECK(t.rows[1].line == 6);
    CHECK(t.rows[1].fields == std::vector<std::string>{"4", "5", "6"});
}

TEST_CASE("quoted fields hold commas, doubled quotes and line breaks, and keep their spaces") {
    const std::string text =
        "name,employer,note\n"
        "张建华,\"河南征云建设集团有限公司,第三项目部\",\"他说\"\"好\"\"\"\n"
        "李国强, \" 焦作 \" ,\"第一行\r\n第二行\n第三行\"\n"
        "王卫东,,\"\"\n";
    const CsvTable t = parse_csv(text, "q.csv");
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].fields[1] == "河南征云建设集团有限公司,第三项目部");
    CHECK(t.rows[0].fields[2] == "他说\"好\"");
    CHECK(t.rows[1].fields[1] == " 焦作 ");
    CHECK(t.rows[1].fields[2] == "第一行\n第二行\n第三行");
    CHECK(t.rows[1].line == 3);
    CHECK(t.rows[2].line == 6);
    CHECK(t.rows[2].fields == std::vector<std::string>{"王卫东", "", ""});
}

TEST_CASE("a quote in the middle of an unquoted field is kept as written") {
    const CsvTable t = parse_csv("size\n6\" nail\n", "n.csv");
    CHECK(t.rows.at(0).fields.at(0) == "6\" nail");
}

TEST_CASE("an unterminated quote is reported at the line where it opens") {
    CHECK(refusal([] { parse_csv("a,b\n1,2\n3,\"open\n4,5\n", "u.csv"); }) ==
          "u.csv:3: quote opened on this line is never closed");
}

TEST_CASE("text after a closing quote is reported on every row that has it") {
    CHECK(refusal([] { parse_csv("a,b\n\"x\"y,1\n2,\"ok\"\n\"p\" q,3\n", "s.csv"); }) ==
          "s.csv:2: text after a closing quote: \"x\"y (a quote inside a quoted value must be "
          "doubled)\n"
          "s.csv:4: text after a closing quote: \"p\"q (a quote inside a quoted value must be "
          "doubled)");
}

TEST_CASE("a workbook that was not saved as CSV is refused with advice") {
    CHECK(refusal([] { parse_csv(std::string("PK\x03\x04\x14\0", 6), "r.xlsx"); }) ==
          "r.xlsx:1: this is an Excel workbook, not CSV; in Excel use Save As (另存为) with type "
          "CSV UTF-8 or CSV");
}

TEST_CASE("undecodable bytes are reported with their line") {
    CHECK(
        refusal([] { parse_csv("a\n1\n2\x81\x20\n", "e.csv"); }) ==
        "e.csv:3: not readable text at byte 5: bytes that are neither UTF-8 nor GBK/GB18030 text");
}

TEST_CASE("a stray byte in a UTF-8 file is reported at its own line, not at the first Chinese") {
    const std::string text =
        "报名号,姓名\n2019001,张建华\n2019002,李国强\n2019003,王卫东\n2019004,赵志刚\n"
        "2019005,刘\xA0洪涛\n2019006,陈永胜\n";
    CHECK(refusal([&] { parse_csv(text, "r.csv"); }) ==
          "r.csv:6: not readable text at byte 100: bytes that are not UTF-8 in a file that is "
          "UTF-8 up to here");
    // A GBK file with a stray byte is still reported where the GBK reading fails.
    const std::string gbk = "\xD0\xD5\xC3\xFB\n\xD5\xC5\xC8\xFD\n\xC0\xEE\x81\x20\n";
    CHECK(refusal([&] { parse_csv(gbk, "g.csv"); }) ==
          "g.csv:3: not readable text at byte 12: bytes that are neither UTF-8 nor GBK/GB18030 "
          "text");
}

TEST_CASE("a stray byte in an ASCII file is reported at its line, not read as GBK") {
    // 0xA0 before 'S' would read as GBK 燬, eating the S: "Zhang燬an5".
    const std::string text =
        "registration_no,name\nZY001,Li Si\nZY002,Wang Wu\nZY003,Zhao Liu\n"
        "ZY004,Sun Qi\nZY005,Zhang\xA0San5\nZY006,Zhou Ba\n";
    CHECK(refusal([&] { parse_csv(text, "a.csv"); }) ==
          "a.csv:6: not readable text at byte 86: a byte that is not text here (neither UTF-8 nor "
          "a Chinese character in GBK)");
    // GBK text with a rare character whose second byte is ASCII is still GBK.
    CHECK(to_utf8("\xD5\xC5\xA0\x53") == "张燬");
}

TEST_CASE("a NUL byte is refused at its line, in UTF-8 and GBK files alike") {
    CHECK(refusal([] { parse_csv(std::string("a,b\n1,2\n3\0,4\n", 13), "n.csv"); }) ==
          "n.csv:3: not readable text at byte 9: a NUL byte, which a text file never holds (was "
          "it saved as UTF-16?)");
    CHECK(refusal([] { parse_csv(std::string("\xD0\xD5\n\0", 4), "g.csv"); }) ==
          "g.csv:2: not readable text at byte 3: a NUL byte, which a text file never holds (was "
          "it saved as UTF-16?)");
}

TEST_CASE("a file of more than 64 MB is refused as too large before it is read") {
    const fs::path file = fs::temp_directory_path() / "plumb-too-large.csv";
    {
        std::ofstream out(file, std::ios::binary);
        out << "registration_no,name\n";
    }
    fs::resize_file(file, kMaxCsvBytes + 1);  // sparse: no disk used
    try {
        read_csv_file(file);
        FAIL("expected FileTooLarge");
    } catch (const FileTooLarge& e) {
        CHECK(std::string(e.what()) == file.string() + ": too large (64.0 MB; at most 64.0 MB)");
    }
    fs::remove(file);
    // A device that never ends is cut off at the limit too.
    CHECK_THROWS_AS(read_file_bytes("/dev/zero", 1 << 20), FileTooLarge);
}

TEST_CASE("a line of more than 1,000 values, or a file of more than its cells, is refused") {
    CHECK(refusal([] { parse_csv("a,b\n1,2\n" + std::string(1000, ',') + "\n3,4\n", "w.csv"); }) ==
          "w.csv:3: more than 1000 values on one line");
    CsvLimits small;
    small.cells = 5;
    CHECK(parse_csv("a,b\n1,2\n", "c.csv", small).rows.size() == 1);
    CHECK(refusal([&] { parse_csv("a,b\n1,2\n\n3,4\n", "c.csv", small); }) ==
          "c.csv:4: more than 5 values in the file");
}

TEST_CASE("a value of more than 1,000 characters is refused at its line and column, not kept") {
    const std::string header = "报名号,姓名,身份证号,工种\n";
    // 1,000 characters is the most, counted as characters: 3,000 bytes of Chinese are fine.
    const std::string most = std::string(1000, 'x');
    std::string chinese;
    for (int i = 0; i < 1000; ++i) chinese += "砌";
    const CsvTable t = parse_csv(header + "1,\"" + chinese + "\",2," + most + "\n", "r.csv");
    CHECK(t.rows.at(0).fields[1] == chinese);
    CHECK(t.rows.at(0).fields[3] == most);
    // One more is refused under the header's name, a quoted one at the line where it starts.
    CHECK(refusal([&] {
              parse_csv(header + "1,张三,2, " + most + "x \n2,\"" + chinese + "\n\",3,砌筑工\n",
                        "r.csv");
          }) ==
          "r.csv:2: 工种: too long (1001 characters; at most 1000)\n"
          "r.csv:3: 姓名: too long (1001 characters; at most 1000)");
    // A header cell, or a value beyond the header, is named by its column's number.
    CHECK(refusal([&] { parse_csv("a," + most + "y\n1,2,3" + most + "\n", "h.csv"); }) ==
          "h.csv:1: column 2: too long (1001 characters; at most 1000)\n"
          "h.csv:2: column 3: too long (1001 characters; at most 1000)");
}

TEST_CASE("a 20 MB value is refused without being copied; what follows is still read") {
    const std::string huge(20'000'000, 'x');
    CsvLimits limits;
    limits.cells = 100;
    try {
        parse_csv("报名号,工种\n1,\"" + huge + "\"\n2," + huge + "\n3,\"a\"b\n", "big.csv", limits);
        FAIL("expected ImportError");
    } catch (const ImportError& e) {
        CHECK(std::string(e.what()) ==
              "big.csv:2: 工种: too long (20000000 characters; at most 1000)\n"
              "big.csv:3: 工种: too long (20000000 characters; at most 1000)\n"
              "big.csv:4: text after a closing quote: \"a\"b (a quote inside a quoted value must "
              "be doubled)");
    }
    // Text after a closing quote is quoted in 40 characters at most.
    CHECK(refusal([&] { parse_csv("a\n\"q\"" + huge.substr(0, 5000) + "\n", "q.csv"); }) ==
          "q.csv:2: text after a closing quote: \"q\"" + std::string(37, 'x') +
              "… (a quote inside a quoted value must be doubled)");
}

TEST_CASE("a GBK file parses to the same table as its UTF-8 original") {
    const std::string utf8 = "报名号,姓名\r\n2019101,张三\r\n";
    const CsvTable t = parse_csv(
        "\xB1\xA8\xC3\xFB\xBA\xC5,\xD0\xD5\xC3\xFB\r\n2019101,\xD5\xC5\xC8\xFD\r\n", "g.csv");
    const CsvTable u = parse_csv(utf8, "g.csv");
    CHECK(t.header == u.header);
    CHECK(t.rows.at(0).fields == u.rows.at(0).fields);
}

TEST_CASE("csv_escape quotes only what needs it and csv_line ends in CRLF") {
    CHECK(csv_escape("张建华") == "张建华");
    CHECK(csv_escape("") == "");
    CHECK(csv_escape("a,b") == "\"a,b\"");
    CHECK(csv_escape("他说\"好\"") == "\"他说\"\"好\"\"\"");
    CHECK(csv_escape("two\nlines") == "\"two\nlines\"");
    CHECK(csv_escape(" padded") == "\" padded\"");
    CHECK(csv_line({"1", "a,b", ""}) == "1,\"a,b\",\r\n");
}

TEST_CASE("a cell a spreadsheet would run as a formula is written with a leading apostrophe") {
    CHECK(csv_escape("=HYPERLINK(\"http://x\",\"点我\")") ==
          "\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"");
    CHECK(csv_escape("=cmd|'/c calc'!A1") == "'=cmd|'/c calc'!A1");
    CHECK(csv_escape("+86 138") == "'+86 138");
    CHECK(csv_escape("-2+3") == "'-2+3");
    CHECK(csv_escape("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_escape("\t=1") == "'\t=1");  // the apostrophe now leads: nothing to trim
    CHECK(csv_escape("\r=1") == "\"'\r=1\"");
    // The full-width sign, as Chinese input methods type it.
    CHECK(csv_escape("＝1+1") == "'＝1+1");
    // Numbers stay numbers, and text that only contains the signs is left alone.
    CHECK(csv_escape("-1.5") == "-1.5");
    CHECK(csv_escape("+2") == "+2");
    CHECK(csv_escape("-0.25") == "-0.25");
    CHECK(csv_escape("80-90%") == "80-90%");
    CHECK(csv_escape("a=b") == "a=b");
    CHECK(csv_line({"=1+1", "-3"}) == "'=1+1,-3\r\n");
}

TEST_CASE("what csv_line writes, parse_csv reads back unchanged") {
    const std::vector<std::string> header{"报名号", "备注"};
    const std::vector<std::string> row{"2019001", " 第一行\r\n第二行, \"引号\" "};
    const CsvTable t = parse_csv(csv_line(header) + csv_line(row), "w.csv");
    CHECK(t.header == header);
    CHECK(t.rows.at(0).fields[1] == " 第一行\n第二行, \"引号\" ");  // CRLF inside becomes LF
}

TEST_CASE("columns are found by any accepted name, ignoring case and surrounding spaces") {
    const CsvTable t =
        parse_csv("序号,\"\xE3\x80\x80姓名 \", Registration No\n1,张三,2019001\n", "c.csv");
    ErrorList errors("c.csv");
    const CsvColumn name = find_column(t, {"name", "姓名"}, true, errors);
    const CsvColumn reg = find_column(t, {"registration_no", "报名号"}, true, errors);
    const CsvColumn phone = find_column(t, {"phone", "电话"}, false, errors);
    CHECK(errors.empty());
    CHECK(name.index == 1u);
    CHECK(name.label == "姓名");
    CHECK(reg.label == "Registration No");
    CHECK(reg.in(t.rows[0]) == "2019001");
    CHECK_FALSE(phone.present());
    CHECK(phone.in(t.rows[0]).empty());
}

TEST_CASE("a missing required column and a repeated column are reported on the header line") {
    const CsvTable t = parse_csv("姓名,工种,姓名\n张三,砌筑工,张三\n", "c.csv");
    ErrorList errors("c.csv");
    find_column(t, {"registration_no", "报名号"}, true, errors);
    find_column(t, {"name", "姓名"}, true, errors);
    CHECK(refusal([&] { errors.throw_if_any(); }) ==
          "c.csv:1: 报名号: required column is missing (header may say registration_no or 报名号)\n"
          "c.csv:1: 姓名: column given twice (columns 1 and 3)");
}

TEST_CASE("values beyond the header are reported; empty ones Excel leaves are not") {
    const CsvTable t = parse_csv("a,b\n1,2,,\n3,4,5\n", "w.csv");
    ErrorList errors("w.csv");
    CHECK_FALSE(row_too_wide(t, t.rows[0], errors));
    CHECK(row_too_wide(t, t.rows[1], errors));
    CHECK(refusal([&] { errors.throw_if_any(); }) ==
          "w.csv:3: 3 values but the header has 2 columns (a value with a comma needs quotes)");
}

TEST_CASE("import errors read file:line: field: reason, in file order") {
    CHECK(RowError{"r.csv", 4, "姓名", "must not be empty"}.str() ==
          "r.csv:4: 姓名: must not be empty");
    CHECK(RowError{"r.csv", 4, "", "bad row"}.str() == "r.csv:4: bad row");
    ErrorList errors("r.csv");
    errors.add(5, "b", "second");
    errors.add(2, "a", "first");
    errors.add(5, "c", "third");
    try {
        errors.throw_if_any();
        FAIL("expected ImportError");
    } catch (const ImportError& e) {
        CHECK(e.errors().size() == 3);
        CHECK(std::string(e.what()) == "r.csv:2: a: first\nr.csv:5: b: second\nr.csv:5: c: third");
    }
}
