// Lists of codes kept in one settings value, comma-separated ("J01,J03"): a kit's judges, the
// judges concerned by a conflict of interest.
#pragma once

#include <string>
#include <vector>

namespace plumb {

std::string joined_codes(const std::vector<std::string>& codes);
// Whether `code` is one of the list's codes (exactly).
bool listed_code(const std::string& list, const std::string& code);

}  // namespace plumb
