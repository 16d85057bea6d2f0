// Identifiers and names in competition and scheme files: normalised as in every CSV file,
// duplicates found however they are typed, invisible characters and NUL refused at their line.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "io/competition_file.h"
#include "io/file_bytes.h"
#include "io/scheme_file.h"

using namespace plumb;
namespace fs = std::filesystem;

namespace {

const std::string kInvisible =
    "contains an invisible or control character (shown here as <U+...>); type it again without "
    "it";

// A competition of one event "brick" on the mini scheme: `judges` (TOML) from line 3, then the
// event (4 lines after kJudge: [[event]] on 7, code on 8, scheme on 9, `event_keys` from 10).
CompetitionSources sources(const std::string& judges, const std::string& event_keys = {},
                           const std::string& code = "brick") {
    CompetitionSources s;
    s.competition_label = "c.toml";
    s.competition_text = "[competition]\nname = \"x\"\n" + judges + "[[event]]\ncode = \"" + code +
                         "\"\nscheme = \"mini.toml\"\n" + event_keys;
    s.schemes["mini.toml"] =
        read_file_bytes(fs::path(TEST_DATA_DIR) / "definitions/mini-scheme.toml");
    return s;
}

const std::string kJudge = "[[judge]]\ncode = \"J01\"\nname = \"王\"\nevents = [\"brick\"]\n";

std::string error_of(const CompetitionSources& s) {
    try {
        parse_competition(s);
    } catch (const DefinitionError& e) {
        return e.what();
    }
    return "(no DefinitionError)";
}

}  // namespace

TEST_CASE("judge codes are normalised, and one typed in another width or case is a duplicate") {
    const Competition c = parse_competition(
        sources("[[judge]]\ncode = \"ｊ０１\"\nname = \"王\"\nevents = [\"ＢＲＩＣＫ\"]\n"));
    CHECK(c.judges.at(0).code == "j01");
    CHECK(c.judges.at(0).events == std::vector<std::string>{"brick"});  // as the event spells it
    CHECK(
        error_of(sources(kJudge + "[[judge]]\ncode = \"ｊ０１\"\nname = \"李\"\nevents = []\n")) ==
        "c.toml:8: code: judge 'j01' is defined twice");
    CHECK(error_of(sources("[[judge]]\ncode = \"J01\u200B\"\nname = \"王\"\nevents = []\n")) ==
          "c.toml:4: code: 'J01<U+200B>' " + kInvisible);
    CHECK(error_of(sources("[[judge]]\ncode = \"J 01\"\nname = \"王\"\nevents = []\n")) ==
          "c.toml:4: code: 'J 01' must not contain spaces");
}

TEST_CASE("event codes and workstation labels follow the identifier rule; duplicates by key") {
    const Competition c =
        parse_competition(sources(kJudge, "workstations = [\"Ａ０１\", \"A02\", \"０３\"]\n"));
    CHECK(c.events.at(0).workstations == std::vector<std::string>{"A01", "A02", "03"});
    CHECK(error_of(sources(kJudge, "workstations = [\"A01\",\n \"a01\"]\n")) ==
          "c.toml:11: workstations: 'a01' is the same workstation as 'A01'");
    CHECK(error_of(sources(kJudge, "workstations = [\"05\", \"5\"]\n")) ==
          "c.toml:10: workstations: '5' is the same workstation as '05'");
    CHECK(error_of(sources(kJudge, "workstations = [\"A01\", \"A01\"]\n")) ==
          "c.toml:10: workstations: 'A01' is listed twice");
    CHECK(error_of(sources(kJudge, "workstations = [\"A01\", \"\uFEFFA02\"]\n")) ==
          "c.toml:10: workstations: '<U+FEFF>A02' " + kInvisible);
    CHECK(error_of(sources(kJudge, "workstations = [\"1号\"]\n")) ==
          "c.toml:10: workstations: '1号' may contain only letters A-Z, digits and - _ . (not "
          "'号')");
    CHECK(error_of(sources(kJudge, {}, "brick\u2060")) ==
          "c.toml:8: code: 'brick<U+2060>' " + kInvisible);
}

TEST_CASE("aspect and criterion ids are duplicates whatever their case") {
    const std::string scheme =
        "[scheme]\ncode = \"s\"\nname = \"评分表\"\n[[criterion]]\nid = \"A\"\n"
        "[[criterion.aspect]]\nid = \"A1\"\nname = \"甲\"\ntype = \"pass_fail\"\nmax = 5\n"
        "[[criterion.aspect]]\nid = \"ａ１\"\nname = \"乙\"\ntype = \"pass_fail\"\nmax = 5\n";
    try {
        parse_scheme(scheme, "s.toml");
        FAIL("expected DefinitionError");
    } catch (const DefinitionError& e) {
        CHECK(std::string(e.what()) == "s.toml:12: id: aspect 'a1' is defined twice");
    }
}

TEST_CASE("names need a visible character; NUL is refused, written or escaped") {
    CHECK(error_of(sources("[[judge]]\ncode = \"J01\"\nname = \"\u3000\"\nevents = []\n")) ==
          "c.toml:5: name: has no visible character");
    CHECK(error_of(sources("[[judge]]\ncode = \"J01\"\nname = \"王\\u0000\"\nevents = []\n")) ==
          "c.toml:5: name: '王<U+0000>' " + kInvisible);
    CompetitionSources s = sources(kJudge);
    s.competition_text += "# a note\n";
    s.competition_text.insert(s.competition_text.size() - 3, 1, '\0');
    CHECK(error_of(s) ==
          "c.toml:10: encoding: byte 133 is a NUL byte, which a text file never holds (was it "
          "saved as UTF-16?)");
    CHECK(error_of(sources(kJudge + "[[judge]]\ncode = \"J02\"\nname = \"李\"\n"
                                    "employer = \"征云\\u0000集团\"\nevents = []\n")) ==
          "c.toml:10: employer: '征云<U+0000>集团' " + kInvisible);
}
