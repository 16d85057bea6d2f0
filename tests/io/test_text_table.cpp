// Plain-text tables as plumb prints them: aligned by display width, and never a control
// character on the terminal, whatever a database or a packet brought.
#include <doctest/doctest.h>

#include "io/text_table.h"

using namespace plumb;

TEST_CASE("a table's cells lose their control characters: escape codes, line breaks, C1") {
    const std::string out = format_table(
        {{"who", "reason"}, {"J01", "ok\x1b[2J\x1b]0;PWNED\x07"}, {"J02", "a\nb\xc2\x9b"}});
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find('\x07') == std::string::npos);
    CHECK(out.find("\xc2\x9b") == std::string::npos);
    CHECK(out ==
          "who  reason\n"
          "J01  ok?[2J?]0;PWNED?\n"
          "J02  a?b?\n");
}

TEST_CASE("a table aligns Chinese text by its display width") {
    CHECK(format_table({{"工位", "x"}, {"1", "y"}}) == "工位  x\n1     y\n");
}
