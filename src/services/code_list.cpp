// Comma-separated lists of codes.
#include "services/code_list.h"

#include <algorithm>

namespace plumb {

std::string joined_codes(const std::vector<std::string>& codes) {
    std::string out;
    for (const std::string& c : codes) out += (out.empty() ? "" : ",") + c;
    return out;
}

bool listed_code(const std::string& list, const std::string& code) {
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t end = std::min(list.find(',', start), list.size());
        if (list.compare(start, end - start, code) == 0) return true;
        start = end + 1;
    }
    return false;
}

}  // namespace plumb
