// Definition text before toml11: lists broken over lines read exactly as written, every line
// number the file's own, and what toml11 cannot read safely refused first.
#include <doctest/doctest.h>

#include <functional>
#include <sstream>
#include <string>

#include "io/competition_file.h"
#include "io/file_bytes.h"
#include "io/toml_fields.h"
#include "io/toml_text.h"

using namespace plumb;
namespace fs = std::filesystem;

namespace {

toml::value toml11(const std::string& text) {
    std::istringstream in(text);
    return toml::parse(in, "t.toml");
}

std::string error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const DefinitionError& e) {
        return e.what();
    }
    return "(no DefinitionError)";
}

// A competition whose one event lists `labels` workstations on line 10, in one line; `after` on
// line 11.
CompetitionSources with_workstations(const std::string& labels, const std::string& after) {
    CompetitionSources s;
    s.competition_label = "c.toml";
    s.competition_text =
        "[competition]\nname = \"x\"\n[[judge]]\ncode = \"J01\"\nname = \"王\"\n"
        "events = [\"brick\"]\n[[event]]\ncode = \"brick\"\nscheme = \"mini.toml\"\n"
        "workstations = [" +
        labels + "]\n" + after + "\n";
    s.schemes["mini.toml"] =
        read_file_bytes(fs::path(TEST_DATA_DIR) / "definitions/mini-scheme.toml");
    return s;
}

}  // namespace

TEST_CASE("lists broken after their commas read exactly as toml11 reads the file") {
    const std::string text =
        "a = [1, 2, [3, 4], [[5], [6, 7]],]\n"
        "b = [\"x,y\", 'p,q', \"\"\"m,\nn\"\"\", '''r,\ns''']\n"
        "c = [1, # a comment, with commas\n 2]\r\n"
        "d = {e = [1, 2], f = {g = [3, 4]}}\n"
        "h = [{i = [1, 2]}, {j = 3}]\n"
        "[[k]]\nl = [ 1 , 2 ]\n"
        "[m . 'n,o']\np = 1.5e2\n"
        "q = [\"\"\"x\"\"\"\", \",\", '''y'''', 1]\n";  // strings ending in their own quotes
    const TomlText prepared = prepare_toml_text(text, "t.toml");
    CHECK(prepared.text != text);
    CHECK(toml11(prepared.text) == toml11(text));
    // No comma of a list is left before the end of its line, except inside inline tables.
    CHECK(prepared.text.find("[1,\n 2,\n [3,\n 4],\n [[5],\n [6,\n 7]],\n]") != std::string::npos);
    CHECK(prepared.text.find("{e = [1, 2], f = {g = [3, 4]}}") != std::string::npos);
    CHECK(prepared.text.find("[{i = [1, 2]},\n {j = 3}]") != std::string::npos);
}

TEST_CASE("line numbers past a broken list are the file's own") {
    const std::string text = "a = [1, 2, 3]\nb = [4,\n5, 6]\nc = 'x'\nd = [7, 8]\n";
    const TomlDocument doc(text, "t.toml");
    CHECK(doc.line_of(doc.value().at("c")) == 4);
    CHECK(doc.line_of(doc.value().at("d")) == 5);
    CHECK(doc.line_of(doc.value().at("b").as_array().at(2)) == 3);
    CHECK(doc.line_of(doc.value().at("a").as_array().at(2)) == 1);
    CHECK(error_of([] {
              TomlDocument("a = [1, 2, 3]\nb = [4, 5 6]\n", "t.toml");
          }).rfind("t.toml:2: b: ", 0) == 0);
}

TEST_CASE("40,000 workstations on one line: a duplicate and the key after it at their lines") {
    std::string labels;  // "1", "2", ... "40000"
    for (int i = 1; i <= 40000; ++i) labels += (i > 1 ? ", \"" : "\"") + std::to_string(i) + "\"";
    CHECK(error_of([&] {
              parse_competition(with_workstations(labels, "time_limit_minutes = 150.5"));
          }) == "c.toml:11: time_limit_minutes: expected a whole number, got a number");
    CHECK(error_of([&] {
              parse_competition(with_workstations(labels + ", \"０３９９９９\"", "# end"));
          }) == "c.toml:10: workstations: '039999' is the same workstation as '39999'");
    CHECK(parse_competition(with_workstations(labels, "# end")).events.at(0).workstations.size() ==
          40000);
}

TEST_CASE("a definition file over 1 MB is refused as too large before toml11 reads it") {
    const std::string text = "note = '" + std::string(kMaxDefinitionBytes, 'x') + "'\n";
    CHECK(error_of([&] { TomlDocument(text, "big.toml"); }) ==
          "big.toml: file: too large (1.0 MB; at most 1.0 MB)");
}
