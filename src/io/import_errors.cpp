// Formatting import problems as "file:line: field: reason".
#include "io/import_errors.h"

#include <algorithm>

namespace plumb {

namespace {

std::string join(const std::vector<RowError>& errors) {
    std::string out;
    for (const auto& e : errors) {
        if (!out.empty()) out += '\n';
        out += e.str();
    }
    return out;
}

}  // namespace

std::string RowError::str() const {
    std::string out = file + ":" + std::to_string(line) + ": ";
    if (!field.empty()) out += field + ": ";
    return out + reason;
}

ImportError::ImportError(std::vector<RowError> errors)
    : std::runtime_error(join(errors)), errors_(std::move(errors)) {}

void ErrorList::add(int line, std::string field, std::string reason) {
    errors_.push_back(RowError{file_, line, std::move(field), std::move(reason)});
}

void ErrorList::throw_if_any() const {
    if (errors_.empty()) return;
    // In file order, so organisers can fix them top to bottom; same-line ones as found.
    std::vector<RowError> sorted = errors_;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const RowError& a, const RowError& b) { return a.line < b.line; });
    throw ImportError(std::move(sorted));
}

}  // namespace plumb
