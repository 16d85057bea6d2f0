// plumb speaks Chinese when the locale is Chinese (even where no zh_CN locale is generated) and
// English otherwise; --lang zh_CN|en overrides. Refusals, results and help alike.
#include <doctest/doctest.h>

#include "run_plumb.h"

using namespace plumb::test;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string demo(const Scratch& s) {
    const std::string db = (s / "demo.plumb").string();
    REQUIRE(run_plumb("demo " + quote(db) + " --contestants 12").code == 0);
    return db;
}

}  // namespace

TEST_CASE("under a Chinese locale plumb refuses in Chinese; under an English one in English") {
    Scratch s;
    const std::string db = demo(s);
    const std::string args = "export hr " + quote(db) + " -o " + quote((s / "hr.xlsx").string());
    const Run zh = run_plumb(args, "LANG=zh_CN.UTF-8");
    CHECK(zh.code == 1);
    CHECK_MESSAGE(contains(zh.err, "尚未锁定"), zh.err);
    const Run en = run_plumb(args, "LANG=en_GB.UTF-8");
    CHECK(en.code == 1);
    CHECK_MESSAGE(contains(en.err, "is not locked"), en.err);
    // LC_ALL outranks LANG, as for every program; C is English.
    CHECK(contains(run_plumb(args, "LANG=zh_CN.UTF-8 LC_ALL=C").err, "is not locked"));
}

TEST_CASE("--lang overrides the locale, before or after the command's own options") {
    Scratch s;
    const std::string db = demo(s);
    const std::string args = "export hr " + quote(db) + " -o " + quote((s / "hr.xlsx").string());
    CHECK(contains(run_plumb("--lang zh_CN " + args).err, "尚未锁定"));
    CHECK(contains(run_plumb(args + " --lang zh_CN").err, "尚未锁定"));
    CHECK(contains(run_plumb(args + " --lang en", "LANG=zh_CN.UTF-8").err, "is not locked"));
    const Run done =
        run_plumb("lock " + quote(db) + " --event bricklaying --reason ok --lang zh_CN");
    CHECK_MESSAGE(done.code == 0, done.err);
    CHECK(contains(done.out, "已锁定"));
    CHECK(contains(run_plumb("--help", "LANG=zh_CN.UTF-8").out, "锁定"));
    CHECK(run_plumb("--lang fr " + args).code != 0);  // neither language: refused by CLI11
}

TEST_CASE("a command line plumb cannot read is refused in the language spoken, --help too") {
    Scratch s;
    const std::string missing = quote((s / "nowhere.plumb").string());
    const Run zh =
        run_plumb("lock " + missing + " --event bricklaying --reason x", "LANG=zh_CN.UTF-8");
    CHECK(zh.code != 0);
    CHECK_MESSAGE(contains(zh.err, "文件不存在"), zh.err);
    CHECK(contains(zh.err, "加 --help 运行可查看更多说明"));
    const Run en = run_plumb("lock " + missing + " --event bricklaying --reason x");
    CHECK(en.code == zh.code);
    CHECK_MESSAGE(contains(en.err, "no such file"), en.err);
    const std::string db = demo(s);
    CHECK(contains(run_plumb("lock " + quote(db) + " --event bricklaying", "LANG=zh_CN.UTF-8").err,
                   "缺少必需的 --reason"));
    CHECK(contains(run_plumb("roster", "LANG=zh_CN.UTF-8").err, "需要一个子命令"));
    const std::string help = run_plumb("--help", "LANG=zh_CN.UTF-8").out;
    CHECK_FALSE(contains(help, "Display program version"));
    CHECK(contains(help, "显示 plumb 的版本"));
}

TEST_CASE("an event is typed by its code or its trade's name, and Chinese messages name the trade") {
    Scratch s;
    const std::string db = demo(s);
    const Run zh = run_plumb("lock " + quote(db) + " --event 砌筑工 --reason ok --lang zh_CN");
    CHECK_MESSAGE(zh.code == 0, zh.err);
    CHECK(contains(zh.out, "砌筑工"));
    CHECK_FALSE(contains(zh.out, "bricklaying"));
    const Run again = run_plumb("lock " + quote(db) + " --event bricklaying --reason ok --lang zh_CN");
    CHECK(again.code != 0);
    CHECK_MESSAGE(contains(again.err, "砌筑工 的成绩已锁定"), again.err);
    const Run en = run_plumb("lock " + quote(db) + " --event 砌筑工 --reason ok --lang en");
    CHECK(contains(en.err, "bricklaying is already locked"));
    CHECK(run_plumb("lock " + quote(db) + " --event 钢筋工 --reason ok --lang en").out ==
          "rebar locked\n");
}

TEST_CASE("plumb check names each problem in the language spoken; its JSON keeps the codes") {
    Scratch s;
    const std::string db = (s / "demo.plumb").string();
    REQUIRE(run_plumb("demo " + quote(db)).code == 0);  // the whole demo: spread and interest
    const Run zh = run_plumb("--lang zh_CN check " + quote(db) + " --event bricklaying");
    CHECK_MESSAGE(contains(zh.out, "分差过大"), zh.out);
    CHECK(contains(zh.out, "同单位回避"));
    CHECK(contains(zh.out, "与选手同单位"));
    CHECK_FALSE(contains(zh.out, "spread"));
    CHECK_FALSE(contains(zh.out, "works for"));
    const Run json =
        run_plumb("--lang zh_CN check " + quote(db) + " --event bricklaying --format json");
    CHECK_MESSAGE(contains(json.out, "\"kind\": \"spread\""), json.out.substr(0, 400));
}
