// Chinese resident ID numbers (GB 11643-1999): 18 characters, the last a check digit.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace plumb {

// The check character ('0'..'9' or 'X') for the first 17 digits.
char id_check_digit(std::string_view first17);

// Empty when `id` is a valid 18-character resident ID number (lowercase x accepted),
// otherwise the reason: wrong length, non-digit, bad birth date, wrong check digit.
std::string id_number_problem(std::string_view id);

// "男"/"女" from the 17th digit (odd: male).
std::string id_gender(std::string_view id);

}  // namespace plumb
