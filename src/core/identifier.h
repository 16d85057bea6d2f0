// The rule of identifiers (registration numbers, workstations, judge and event codes, criterion
// and aspect ids) and of names: what they may contain, and when two identifiers are the same.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace plumb {

// Longest identifier, in characters (all ASCII once normalised).
constexpr std::size_t kMaxIdentifierLength = 32;

// An identifier as read from a file or typed: the normalised form, or why it is refused.
struct IdentifierReading {
    std::string value;    // normalised, when ok
    std::string problem;  // translated reason, empty when ok
    bool ok() const { return problem.empty(); }
};

// Normalises as NFKC would for what identifiers may hold: the full-width ASCII block
// (U+FF01..U+FF5E) becomes ASCII and surrounding spaces (ASCII, ideographic U+3000, no-break and
// the other Unicode spaces) are removed. The result must be 1 to kMaxIdentifierLength of
// A-Z a-z 0-9 - _ . ; control, zero-width, bidirectional and BOM characters are named as such in
// the refusal (they cannot be seen in the file). Letter case is kept as written.
IdentifierReading read_identifier(std::string_view text);

// The form in which two identifiers are the same: normalised as far as it goes, ASCII letters
// in lower case ("ＺＹ００１", "zy001" and "ZY001" share one key). Never fails: text that
// read_identifier refuses still has a key, so lookups of what people type need no error path.
std::string identifier_key(std::string_view text);

// Why free text (a name, an employer) cannot be stored, or "" when it can: it holds a control
// character (line breaks included) or an invisible format character (zero-width, bidirectional
// overrides, BOM). `must_show` also requires one visible character: a name of only spaces,
// fillers, combining marks, private-use characters or U+FFFC would print as nothing.
std::string text_problem(std::string_view text, bool must_show);

// How many characters (code points) the text holds; each byte that is not UTF-8 counts as one.
std::size_t text_length(std::string_view text);

// Text as typed on a Chinese keyboard in full-width mode, made ASCII where NFKC would: the
// full-width ASCII block (１２．５, ＰＡＳＳ) and the ideographic space; everything else as it is.
// For what a person types that must be ASCII: mark values, PINs.
std::string narrow_width(std::string_view text);

// A value as a message quotes it: its first 40 characters, then "…" when there are more, so that
// a huge value does not flood the message; invisible characters are shown as <U+XXXX>.
std::string shown_value(std::string_view text);

}  // namespace plumb
