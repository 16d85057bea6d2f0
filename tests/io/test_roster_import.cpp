// Roster import: Chinese and English headers, GBK files, and every kind of bad row.
#include <doctest/doctest.h>

#include "core/translate.h"
#include "io/roster_csv.h"
#include "test_csv_fixture.h"

using namespace plumb;
using namespace plumb::test;

namespace {

std::vector<Contestant> roster(const std::string& text,
                               const std::vector<Contestant>& existing = {}) {
    return parse_roster(parse_csv(text, "r.csv"), demo_competition(), existing);
}

const std::string kHeader = "registration_no,name,id_number,gender,trade,phone,workstation\n";

}  // namespace

TEST_CASE("roster-good.csv (UTF-8 with BOM, Chinese headers, CRLF) imports every contestant") {
    const auto people = parse_roster(data_table("roster-good.csv"), demo_competition(), {});
    REQUIRE(people.size() == 12);
    const Contestant& first = people[0];
    CHECK(first.registration_no == "2019001");
    CHECK(first.name == "张建华");
    CHECK(first.id_number == "410802197803120116");
    CHECK(first.gender == "男");
    CHECK(first.event == "bricklaying");
    CHECK(first.employer == "焦作市第一建筑工程有限公司");
    CHECK(first.phone == "13803910001");
    CHECK(first.workstation == "01");
    CHECK(first.status == ContestantStatus::Active);
    CHECK(people[1].employer == "河南征云建设集团有限公司,第三项目部");  // quoted comma
    CHECK(people[2].gender == "男");                                     // derived from the ID
    CHECK(people[2].phone == "0391-3956021");
    CHECK(people[3].event == "rebar");
    CHECK(people[6].event == "tiling");
    CHECK(people[6].gender == "女");
    CHECK(people[9].event == "carpentry");
    CHECK(people[9].id_number == "41082519790407095X");  // lowercase x uppercased
    for (std::size_t i = 0; i < people.size(); ++i) {
        CHECK(people[i].registration_no == registered()[i].registration_no);
        CHECK(people[i].workstation == registered()[i].workstation);
    }
}

TEST_CASE("roster-gbk.csv saved by Chinese Excel imports with correct Chinese names") {
    const CsvTable table = data_table("roster-gbk.csv");
    const auto people = parse_roster(table, demo_competition(), registered());
    REQUIRE(people.size() == 4);
    CHECK(people[0].name == "黄喆");  // 喆 is in GBK but not in GB2312
    CHECK(people[0].employer == "焦作市第三建筑工程有限公司");
    CHECK(people[1].name == "林淑芬");
    CHECK(people[1].gender == "女");
    CHECK(people[1].event == "tiling");
    CHECK(people[3].event == "carpentry");
    CHECK(people[3].workstation.empty());
}

TEST_CASE("roster-bad.csv reports every broken row, with or without roster-good.csv registered") {
    const CsvTable table = data_table("roster-bad.csv");
    const std::string expected =
        "roster-bad.csv:3: name: must not be empty\n"
        "roster-bad.csv:4: id_number: check digit should be 6, not 7 (410802197803120117)\n"
        "roster-bad.csv:5: gender: 女 does not match the ID number, which says 男\n"
        "roster-bad.csv:6: trade: unknown trade '瓦工' (known: bricklaying 砌筑工, rebar 钢筋工, "
        "tiling "
        "镶贴工, carpentry 手工木工)\n"
        "roster-bad.csv:7: registration_no: 2019201 is also on line 2\n"
        "roster-bad.csv:8: id_number: same ID number as line 2\n"
        "roster-bad.csv:9: phone: '1380391' is not a phone number (an 11-digit mobile starting "
        "with 1, "
        "or a landline such as 0391-3956789)\n"
        "roster-bad.csv:10: workstation: 011 in bricklaying is also on line 2\n"
        "roster-bad.csv:11: id_number: '4.10811E+17' was turned into a number by Excel; format the "
        "column as text and type the ID number again\n"
        "roster-bad.csv:12: 9 values but the header has 8 columns (a value with a comma needs "
        "quotes)";
    CHECK(refusal([&] { parse_roster(table, demo_competition(), {}); }) == expected);
    CHECK(refusal([&] { parse_roster(table, demo_competition(), registered()); }) == expected);
}

TEST_CASE("the GB 11643 example 11010519491231002X is valid and gives 女") {
    const auto people = roster(kHeader + "R1,张三,11010519491231002x,,砌筑工,,\n");
    CHECK(people.at(0).id_number == "11010519491231002X");
    CHECK(people.at(0).gender == "女");
}

TEST_CASE("headers may be in any order, any case, with spaces; errors use the header's spelling") {
    const std::string text =
        " Trade ,工位号,NAME,报名号,身份证号\n"
        "Bricklaying,7,张三,R1,11010519491231002X\n"
        "rebar,,,R2,11010519491231002X\n";
    CHECK(refusal([&] { roster(text); }) ==
          "r.csv:3: NAME: must not be empty\n"
          "r.csv:3: 身份证号: same ID number as line 2");
    const auto people =
        roster(" Trade ,工位号,NAME,报名号,身份证号\nBricklaying,7,张三,R1,11010519491231002X\n");
    CHECK(people.at(0).event == "bricklaying");
    CHECK(people.at(0).workstation == "7");
}

TEST_CASE("missing required columns are all named on line 1 and rows are not read") {
    CHECK(refusal([] { roster("姓名,性别\n张三,男\n"); }) ==
          "r.csv:1: 报名号: required column is missing (header may say registration_no or 报名号)\n"
          "r.csv:1: 身份证号: required column is missing (header may say id_number, 身份证号 or "
          "身份证号码)\n"
          "r.csv:1: 工种: required column is missing (header may say trade, 工种, event or 赛项)");
    CHECK(refusal([] {
              roster("");
          }).starts_with("r.csv:1: registration_no: required column is missing"));
}

TEST_CASE("a header without rows is refused") {
    CHECK(refusal([] { roster(kHeader); }) == "r.csv:1: no contestants below the header");
}

TEST_CASE("empty required values are each reported") {
    // Rows Excel leaves with nothing but commas are not contestants.
    CHECK(roster(kHeader + ",,,,,,\nR1,甲,410802197803120116,,砌筑工,,\n , , ,\n").size() == 1);
    CHECK(refusal([] { roster(kHeader + ",,,男,,,\n"); }) ==
          "r.csv:2: registration_no: must not be empty\n"
          "r.csv:2: name: must not be empty\n"
          "r.csv:2: id_number: must not be empty\n"
          "r.csv:2: trade: must not be empty");
}

TEST_CASE("ID number problems name the ID and the reason") {
    CHECK(refusal([] {
              roster(kHeader +
                     "R1,张三,1101051949123100,,砌筑工,,\n"
                     "R2,李四,11010519491331002X,,砌筑工,,\n"
                     "R3,王五,1101051949123100AX,,砌筑工,,\n");
          }) ==
          "r.csv:2: id_number: must have 18 characters, has 16 (1101051949123100)\n"
          "r.csv:3: id_number: birth date 19491331 is not a real date (11010519491331002X)\n"
          "r.csv:4: id_number: character 17 is not a digit (1101051949123100AX)");
}

TEST_CASE("gender is normalised to 男/女, must be a known word and agree with the ID") {
    const auto people = roster(kHeader +
                               "R1,张三,410802197803120116,M,砌筑工,,\n"
                               "R2,李四,410802197803120124,female,砌筑工,,\n"
                               "R3,王五,410802197803120132,男性,砌筑工,,\n");
    CHECK(people[0].gender == "男");
    CHECK(people[1].gender == "女");
    CHECK(people[2].gender == "男");
    CHECK(refusal([] {
              roster(kHeader +
                     "R1,张三,410802197803120116,公,砌筑工,,\n"
                     "R2,李四,410802197803120124,M,砌筑工,,\n");
          }) ==
          "r.csv:2: gender: '公' is not 男 or 女 (M/F, male/female also accepted)\n"
          "r.csv:3: gender: 男 does not match the ID number, which says 女");
}

TEST_CASE("trade is an event code or its scheme's Chinese or English name") {
    const auto people = roster(kHeader +
                               "R1,甲,410802197803120116,,钢筋工,,\n"
                               "R2,乙,410802197803120124,,Tiling,,\n"
                               "R3,丙,410802197803120132,,CARPENTRY,,\n");
    CHECK(people[0].event == "rebar");
    CHECK(people[1].event == "tiling");
    CHECK(people[2].event == "carpentry");
}

TEST_CASE("a long value is quoted in its first 40 characters: trade, gender, phone, ID number") {
    const std::string trade = "瓦工" + std::string(900, 'x');
    const std::string digits(500, '1');
    const std::string text = kHeader + "R1,甲,410802197803120116,男," + trade + ",,\n" +
                             "R2,乙,410802197803120124,男男" + std::string(100, 'x') + ",砌筑工," +
                             digits + "a,\n" + "R3,丙," + digits + ",,砌筑工,,\n";
    const std::string shown = "瓦工" + std::string(38, 'x') + "…";
    CHECK(refusal([&] { roster(text); }) ==
          "r.csv:2: trade: unknown trade '" + shown +
              "' (known: bricklaying 砌筑工, rebar 钢筋工, tiling 镶贴工, carpentry 手工木工)\n"
              "r.csv:3: gender: '男男" +
              std::string(38, 'x') +
              "…' is not 男 or 女 (M/F, male/female also accepted)\n"
              "r.csv:3: phone: '" +
              std::string(40, '1') +
              "…' is not a phone number (an 11-digit mobile starting with 1, or a landline such as "
              "0391-3956789)\n"
              "r.csv:4: id_number: must have 18 characters, has 500 (" +
              std::string(40, '1') + "…)");
}

TEST_CASE("registration numbers, ID numbers and workstations already registered are refused") {
    const std::string text = kHeader +
                             "2019001,新人,410802199105281720,,砌筑工,,\n"
                             "R2,新人,410802199105281712,,手工木工,,\n"
                             "R3,新人,410802199105281739,,rebar,,2\n"
                             "R4,新人,410802199105281747,,rebar,,04\n";
    CHECK(refusal([&] { roster(text, registered()); }) ==
          "r.csv:2: registration_no: 2019001 is already registered to 张建华\n"
          "r.csv:3: id_number: same ID number as registered contestant 2019011 (郑小平)\n"
          "r.csv:4: workstation: 2 in rebar is already taken by 2019005 (刘洪涛)");
}

TEST_CASE("the same workstation in different events is fine") {
    const auto people = roster(kHeader +
                               "R1,甲,410802197803120116,,砌筑工,,01\n"
                               "R2,乙,410802197803120124,,钢筋工,,01\n");
    CHECK(people.size() == 2);
}

TEST_CASE("phones: mainland mobiles with or without +86 and spaces, landlines with dashes") {
    for (const char* phone : {"13803910001", "+86 138 0391 0001", "0391-3956021", "(0391)3956021",
                              "0391-3956021-806", "03913956021"}) {
        CAPTURE(phone);
        CHECK(roster(kHeader + "R1,甲,410802197803120116,,砌筑工," + phone + ",\n").at(0).phone ==
              phone);
    }
    for (const char* phone :
         {"1380391000", "138039100012", "123456", "tel 3956021", "1.38039E+10"}) {
        CAPTURE(phone);
        CHECK(refusal([&] {
                  roster(kHeader + "R1,甲,410802197803120116,,砌筑工," + phone + ",\n");
              }) == std::string("r.csv:2: phone: '") + phone +
                        "' is not a phone number (an 11-digit mobile starting with 1, or a "
                        "landline such as "
                        "0391-3956789)");
    }
}

TEST_CASE("workstations compare as numbers when both are digits") {
    CHECK(same_workstation("05", "5"));
    CHECK(same_workstation("000", "0"));
    CHECK_FALSE(same_workstation("A5", "A05"));
    CHECK_FALSE(same_workstation("5", "6"));
    const auto people = registered();
    CHECK(find_at_workstation(people, "rebar", "2")->registration_no == "2019005");
    CHECK(find_at_workstation(people, "rebar", "9") == nullptr);
}

TEST_CASE("refusals are marked for translation; file, line, column and values stay as they are") {
    set_translator([](const char* msgid) -> std::string {
        const std::string id = msgid;
        if (id == "unknown trade '%s' (known: %s)") return "未知工种“%s”（现有：%s）";
        if (id == "must not be empty") return "不能为空";
        return id;
    });
    const std::string translated = refusal([] { roster(kHeader + "2019201,,x,,瓦工,,\n"); });
    set_translator(nullptr);
    CHECK(translated.find("r.csv:2: name: 不能为空") != std::string::npos);
    CHECK(translated.find("r.csv:2: trade: 未知工种“瓦工”（现有：bricklaying 砌筑工") !=
          std::string::npos);
    CHECK(refusal([] {
              roster(kHeader + "2019201,,x,,瓦工,,\n");
          }).find("name: must not be empty") != std::string::npos);
}

TEST_CASE(
    "a registration number with a zero-width space, in full width or in lower case is refused "
    "next to the same number") {
    const std::string text = kHeader +
                             "ZY001,甲,410802197803120116,,砌筑工,,\n"
                             "ZY001\u200B,乙,410802197803120124,,砌筑工,,\n"
                             "ＺＹ００１,丙,410802197803120132,,砌筑工,,\n"
                             "zy001,丁,410802199105281712,,砌筑工,,\n";
    CHECK(refusal([&] { roster(text); }) ==
          "r.csv:3: registration_no: 'ZY001<U+200B>' contains an invisible or control character "
          "(shown here as <U+...>); type it again without it\n"
          "r.csv:4: registration_no: ZY001 is also on line 2\n"
          "r.csv:5: registration_no: zy001 is also on line 2");
    // Against those registered, too; what was written is what is stored and named.
    const std::vector<Contestant> zy{contestant("ZY001", "甲", "410802197803120116", "rebar", "")};
    CHECK(refusal([&] { roster(kHeader + "zy001,乙,410802197803120124,,砌筑工,,\n", zy); }) ==
          "r.csv:2: registration_no: zy001 is already registered to 甲");
}

TEST_CASE("full-width registration numbers and workstations are stored in ASCII, case as written") {
    const auto people = roster(kHeader +
                               "ＺＹ００１,甲,410802197803120116,,砌筑工,,０５\n"
                               "zy002,乙,410802197803120124,,砌筑工,,ａ１\n");
    CHECK(people.at(0).registration_no == "ZY001");
    CHECK(people.at(0).workstation == "05");
    CHECK(people.at(1).registration_no == "zy002");
    CHECK(people.at(1).workstation == "a1");
    CHECK(refusal([] {
              roster(kHeader +
                     "R1,甲,410802197803120116,,砌筑工,,05\n"
                     "R2,乙,410802197803120124,,砌筑工,,０５\n"
                     "R3,丙,410802197803120132,,砌筑工,,A1\n"
                     "R4,丁,410802199105281712,,砌筑工,,a1\n"
                     "R 5,戊,410802199105281720,,砌筑工,,A区1\n");
          }) ==
          "r.csv:3: workstation: 05 in bricklaying is also on line 2\n"
          "r.csv:5: workstation: a1 in bricklaying is also on line 4\n"
          "r.csv:6: registration_no: 'R 5' must not contain spaces\n"
          "r.csv:6: workstation: 'A区1' may contain only letters A-Z, digits and - _ . "
          "(not '区')");
}

TEST_CASE("a name needs a visible character; names and employers hold nothing invisible") {
    const std::string header = "registration_no,name,id_number,trade,employer\n";
    CHECK(refusal([&] {
              roster(header +
                     "R1,\u3000,410802197803120116,砌筑工,\n"
                     "R2,\u200B,410802197803120124,砌筑工,\n"
                     "R3,\"王\n五\",410802197803120132,砌筑工,\n"
                     "R4,赵六,410802199105281712,砌筑工,征云\u202E集团\n");
          }) ==
          "r.csv:2: name: has no visible character\n"
          "r.csv:3: name: '<U+200B>' contains an invisible or control character (shown "
          "here as <U+...>); type it again without it\n"
          "r.csv:4: name: '王<U+000A>五' contains an invisible or control character (shown "
          "here as <U+...>); type it again without it\n"
          "r.csv:6: employer: '征云<U+202E>集团' contains an invisible or control character "
          "(shown here as <U+...>); type it again without it");
}
