// Comparing and ordering workstation labels.
#include "core/workstation.h"

#include <algorithm>

#include "core/identifier.h"

namespace plumb {

namespace {

bool digit(char c) {
    return c >= '0' && c <= '9';
}

std::string without_leading_zeros(const std::string& digits) {
    const auto first = digits.find_first_not_of('0');
    return first == std::string::npos ? "0" : digits.substr(first);
}

}  // namespace

std::string workstation_key(const std::string& workstation) {
    const std::string key = identifier_key(workstation);
    if (key.empty() || !std::all_of(key.begin(), key.end(), digit)) return key;
    return without_leading_zeros(key);
}

bool same_workstation(const std::string& a, const std::string& b) {
    return workstation_key(a) == workstation_key(b);
}

bool workstation_less(const std::string& a, const std::string& b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (digit(a[i]) && digit(b[j])) {
            std::size_t ie = i, je = j;
            while (ie < a.size() && digit(a[ie])) ++ie;
            while (je < b.size() && digit(b[je])) ++je;
            const std::string x = without_leading_zeros(a.substr(i, ie - i));
            const std::string y = without_leading_zeros(b.substr(j, je - j));
            if (x.size() != y.size()) return x.size() < y.size();
            if (x != y) return x < y;
            i = ie;
            j = je;
            continue;
        }
        if (a[i] != b[j]) return a[i] < b[j];
        ++i;
        ++j;
    }
    if ((i < a.size()) != (j < b.size())) return j < b.size();
    return a < b;  // equal by value ("7" and "07"): by text, so the order is total
}

void sort_workstations(std::vector<std::string>& workstations) {
    std::sort(workstations.begin(), workstations.end(), workstation_less);
}

const Contestant* find_at_workstation(const std::vector<Contestant>& contestants,
                                      const std::string& event, const std::string& workstation) {
    for (const auto& c : contestants)
        if (c.event == event && same_workstation(c.workstation, workstation)) return &c;
    return nullptr;
}

namespace {

std::string event_and_workstation(const std::string& event, const std::string& workstation) {
    return event + '\n' + workstation_key(workstation);
}

}  // namespace

WorkstationIndex::WorkstationIndex(const std::vector<Contestant>& contestants) {
    for (const auto& c : contestants)
        if (!c.workstation.empty())
            by_key_.emplace(event_and_workstation(c.event, c.workstation), &c);  // first kept
}

const Contestant* WorkstationIndex::find(const std::string& event,
                                         const std::string& workstation) const {
    const auto it = by_key_.find(event_and_workstation(event, workstation));
    return it == by_key_.end() ? nullptr : it->second;
}

}  // namespace plumb
