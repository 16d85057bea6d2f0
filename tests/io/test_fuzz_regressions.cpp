// Inputs that once crashed a reader (kept in tests/data/fuzz-regressions/TARGET/ by fuzzing)
// are now refused with a message, or read; never a crash, under ASan as everywhere else.
#include <doctest/doctest.h>

#include <filesystem>
#include <functional>
#include <map>

#include "core/identifier.h"
#include "io/certificate_template.h"
#include "io/competition_file.h"
#include "io/csv.h"
#include "io/file_bytes.h"
#include "io/marks_csv.h"
#include "io/roster_csv.h"
#include "io/scheme_file.h"
#include "io/theory_csv.h"
#include "io/timing_csv.h"
#include "io/toml_fields.h"

using namespace plumb;
namespace fs = std::filesystem;

namespace {

const Competition& demo() {
    static const Competition c =
        load_competition_file(fs::path(PLUMB_DATA_DIR) / "demo/zhengyun-cup.toml");
    return c;
}

const std::vector<Contestant>& roster() {
    static const std::vector<Contestant> people = parse_roster(
        parse_csv(read_file_bytes(fs::path(TEST_DATA_DIR) / "cli/roster.csv"), "roster.csv"),
        demo(), {});
    return people;
}

// The reader each fuzz target drives, as the target drives it.
using Reader = std::function<void(const std::string&)>;

const std::map<std::string, Reader>& readers() {
    static const std::map<std::string, Reader> r = {
        {"fuzz_csv", [](const std::string& b) { parse_csv(b, "f.csv"); }},
        {"fuzz_roster",
         [](const std::string& b) { parse_roster(parse_csv(b, "f.csv"), demo(), roster()); }},
        {"fuzz_marks",
         [](const std::string& b) {
             parse_marks(parse_csv(b, "f.csv"), demo(), demo().judges, roster());
         }},
        {"fuzz_timing",
         [](const std::string& b) { parse_timing(parse_csv(b, "f.csv"), demo(), roster()); }},
        {"fuzz_theory",
         [](const std::string& b) { parse_theory(parse_csv(b, "f.csv"), roster()); }},
        {"fuzz_scheme", [](const std::string& b) { parse_scheme(b, "f.toml"); }},
        {"fuzz_competition",
         [](const std::string& b) {
             CompetitionSources s;
             s.competition_label = "f.toml";
             s.competition_text = b;
             parse_competition(s);
         }},
        {"fuzz_certificate_template",
         [](const std::string& b) {
             parse_certificate_template(b, "f.toml", fs::path(PLUMB_DATA_DIR) / "certificates");
         }},
        {"fuzz_identifier",
         [](const std::string& b) {
             read_identifier(b);
             text_problem(b, true);
         }},
        {"fuzz_toml_text", [](const std::string& b) { TomlDocument(b, "f.toml"); }},
    };
    return r;
}

}  // namespace

TEST_CASE("every input that once crashed a reader is now refused with a message or read") {
    const fs::path dir = fs::path(TEST_DATA_DIR) / "fuzz-regressions";
    int inputs = 0;
    for (const auto& target : fs::directory_iterator(dir)) {
        const std::string name = target.path().filename().string();
        // Readers above src/io replay their own inputs in their own suite.
        if (name == "fuzz_kit_secret") continue;  // tests/services/test_laptop_authority.cpp
        const auto reader = readers().find(name);
        INFO("fuzz target " << name);
        REQUIRE(reader != readers().end());
        for (const auto& input : fs::directory_iterator(target.path())) {
            INFO("input " << input.path().filename().string());
            const std::string bytes = read_file_bytes(input.path());
            try {
                reader->second(bytes);
            } catch (const ImportError&) {
            } catch (const DefinitionError&) {
            }
            ++inputs;
        }
    }
    CHECK(inputs > 0);
}

TEST_CASE("a definition file that is not UTF-8 is refused at the line of the first bad byte") {
    // toml11 read past the end of its buffer on 0xFF inside a literal string.
    CHECK_THROWS_WITH_AS(parse_scheme("[scheme]\ncode = 'a\xff'\n", "s.toml"),
                         doctest::Contains("s.toml:2: encoding: byte 19 is not UTF-8 text"),
                         DefinitionError);
    CompetitionSources s;
    s.competition_label = "c.toml";
    s.competition_text = "'\xff'";
    CHECK_THROWS_WITH_AS(parse_competition(s), doctest::Contains("c.toml:1: encoding:"),
                         DefinitionError);
    CHECK_THROWS_WITH_AS(parse_certificate_template("x = '\xc3'", "t.toml", "."),
                         doctest::Contains("t.toml:1: encoding:"), DefinitionError);
    // Valid UTF-8 goes on to toml11 as before.
    CHECK_NOTHROW(parse_scheme(read_file_bytes(fs::path(PLUMB_DATA_DIR) / "schemes/rebar.toml"),
                               "rebar.toml"));
}

TEST_CASE("lists nested thousands deep are refused at their line, not read by recursion") {
    // toml11 parses arrays recursively and overflowed the stack on "type =[[[[...".
    const std::string deep = "[scheme]\ncode = 'x'\ntype =" + std::string(5000, '[');
    CHECK_THROWS_WITH_AS(parse_scheme(deep, "s.toml"),
                         doctest::Contains("s.toml:3: type: lists or tables are nested more "
                                           "than 32 deep"),
                         DefinitionError);
    CHECK_THROWS_WITH_AS(
        parse_certificate_template("a = {b = " + std::string(40, '{'), "t.toml", "."),
        doctest::Contains("t.toml:1: a: lists or tables are nested"), DefinitionError);
    // Brackets inside text and comments do not count; headers and shallow lists still read.
    const std::string text = "# " + std::string(100, '[') + "\nnote = \"" +
                             std::string(100, '[') + "\"\nraw = '''\n" + std::string(100, '{') +
                             "'''\nlist = [[[1]], [[2]]]\n[[rows]]\nx = 1\n";
    const TomlDocument doc(text, "ok.toml");
    CHECK(doc.value().at("note").as_string().str.size() == 100);
    CHECK(doc.value().at("rows").as_array().size() == 1);
}
