// Identifiers: one normal form, one comparison, and nothing invisible; names that can be seen.
#include <doctest/doctest.h>

#include "core/identifier.h"
#include "core/workstation.h"

using namespace plumb;

namespace {

std::string value(std::string_view text) {
    const IdentifierReading r = read_identifier(text);
    REQUIRE_MESSAGE(r.ok(), r.problem);
    return r.value;
}

std::string problem(std::string_view text) {
    return read_identifier(text).problem;
}

}  // namespace

TEST_CASE("full-width letters, digits and marks become ASCII; case is kept as written") {
    CHECK(value("ＺＹ００１") == "ZY001");
    CHECK(value("ｚｙ００１") == "zy001");
    CHECK(value("Ａ－１２") == "A-12");
    CHECK(value("ZY_001.b") == "ZY_001.b");
    CHECK(value("０５") == "05");
}

TEST_CASE("surrounding spaces go, ideographic and no-break ones too; inner ones are refused") {
    CHECK(value("  ZY001\t") == "ZY001");
    CHECK(value("\u3000ZY001\u3000") == "ZY001");
    CHECK(value("\u00A0ZY001") == "ZY001");
    CHECK(problem("ZY 001") == "'ZY 001' must not contain spaces");
    CHECK(problem("ZY\u3000001") == "'ZY\u3000001' must not contain spaces");
    CHECK(problem("") == "must not be empty");
    CHECK(problem("\u3000 ") == "must not be empty");
}

TEST_CASE("zero-width, control, bidirectional and BOM characters are refused and shown") {
    const std::string shown_as =
        "' contains an invisible or control character (shown here as <U+...>); type it again "
        "without it";
    CHECK(problem("ZY001\u200B") == "'ZY001<U+200B>" + shown_as);  // zero-width space
    CHECK(problem("\uFEFFZY001") == "'<U+FEFF>ZY001" + shown_as);  // BOM
    CHECK(problem("ZY\u00AD001") == "'ZY<U+00AD>001" + shown_as);  // soft hyphen
    CHECK(problem("ZY\u202E100") == "'ZY<U+202E>100" + shown_as);  // right-to-left override
    CHECK(problem("ZY\u20601") == "'ZY<U+2060>1" + shown_as);      // word joiner
    CHECK(problem("ZY\u20281") == "'ZY<U+2028>1" + shown_as);      // line separator
    CHECK(problem(std::string("ZY\0001", 4)) == "'ZY<U+0000>1" + shown_as);
    CHECK(problem("ZY\x1B"
                  "1") == "'ZY<U+001B>1" + shown_as);
    CHECK(problem("ZY\u00851") == "'ZY<U+0085>1" + shown_as);  // C1 next line
    CHECK(problem("ZY\xFF"
                  "1") == "'ZY<U+00FF>1" + shown_as);  // not UTF-8 at all
}

TEST_CASE("anything else than letters, digits and - _ . is refused, Chinese included") {
    CHECK(problem("A区01") == "'A区01' may contain only letters A-Z, digits and - _ . (not '区')");
    CHECK(problem("ZY,001") == "'ZY,001' may contain only letters A-Z, digits and - _ . (not ',')");
    CHECK(problem("Ⅻ") == "'Ⅻ' may contain only letters A-Z, digits and - _ . (not 'Ⅻ')");
    CHECK(value(std::string(kMaxIdentifierLength, 'A')) == std::string(kMaxIdentifierLength, 'A'));
    CHECK(problem(std::string(50, 'A')) ==
          "'" + std::string(40, 'A') + "…' is longer than 32 characters");
}

TEST_CASE("one key for an identifier however it is typed") {
    CHECK(identifier_key("ZY001") == "zy001");
    CHECK(identifier_key("ＺＹ００１") == "zy001");
    CHECK(identifier_key(" zy001 ") == "zy001");
    CHECK(identifier_key("ZY001\u200B") != "zy001");  // refused on reading, never equal
    CHECK(identifier_key("张三") == "张三");
}

TEST_CASE("workstations compare through the identifier key: ０５ is 05 is 5, a1 is A1") {
    CHECK(same_workstation("０５", "05"));
    CHECK(same_workstation("５", "05"));
    CHECK(same_workstation("a1", "A1"));
    CHECK_FALSE(same_workstation("A01", "A1"));
}

TEST_CASE("a name needs a visible character and nothing invisible") {
    CHECK(text_problem("王铁柱", true).empty());
    CHECK(text_problem("欧阳 秀英", true).empty());
    CHECK(text_problem("", false).empty());
    CHECK(text_problem("", true) == "must not be empty");
    CHECK(text_problem("\u3000", true) == "has no visible character");
    CHECK(text_problem("\u2800", true) == "has no visible character");  // braille blank
    CHECK(text_problem("\u200B", true).find("invisible") != std::string::npos);
    CHECK(text_problem("\u3164", true).find("<U+3164>") != std::string::npos);  // Hangul filler
    CHECK(text_problem("王\n铁柱", true).find("王<U+000A>铁柱") != std::string::npos);
    CHECK(text_problem(std::string("王\0", 4), false).find("<U+0000>") != std::string::npos);
}

TEST_CASE("a name of only a combining accent, a private-use character or U+FFFC shows nothing") {
    CHECK(text_problem("\u0301", true) == "has no visible character");
    CHECK(text_problem("\uE000", true) == "has no visible character");
    CHECK(text_problem("\uFFFC", true) == "has no visible character");
    CHECK(text_problem("\U000F0000", true) == "has no visible character");
    CHECK(text_problem("\u3000\u0301\uE000", true) == "has no visible character");
    CHECK(text_problem("Jose\u0301", true).empty());  // an accent on a letter
    CHECK(text_problem("王\uE000", true).empty());    // a rare character from a private font
    CHECK(text_problem("\uE000", false).empty());     // an employer need not show
}
