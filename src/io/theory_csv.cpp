// Theory import: exam scores matched to registered contestants.
#include "io/theory_csv.h"

#include <unordered_map>

#include "core/identifier.h"
#include "core/translate.h"

namespace plumb {

std::vector<TheoryRow> parse_theory(const CsvTable& table,
                                    const std::vector<Contestant>& contestants) {
    ErrorList errors(table.file);
    const CsvColumn reg = find_column(table, {"registration_no", "报名号"}, true, errors);
    const CsvColumn score = find_column(table, {"score", "成绩", "理论成绩"}, true, errors);
    errors.throw_if_any();
    if (table.rows.empty()) errors.add(table.header_line, "", tr("no scores below the header"));

    // Registration numbers that differ only in case or width are one contestant.
    std::unordered_map<std::string, const Contestant*> registered;
    for (const auto& c : contestants) registered.emplace(identifier_key(c.registration_no), &c);
    const Decimal hundred = Decimal::from_int(100);
    std::unordered_map<std::string, int> seen;  // registration key -> line
    std::vector<TheoryRow> out;
    for (const auto& row : table.rows) {
        if (row_too_wide(table, row, errors)) continue;
        TheoryRow theory;
        theory.line = row.line;
        const std::string typed = reg.identifier(row, errors);  // "" when refused (reported)
        if (!typed.empty()) {
            const std::string key = identifier_key(typed);
            const auto it = registered.find(key);
            if (it == registered.end()) {
                errors.add(row.line, reg.label,
                           format(tr("no contestant with registration number %s"), {typed}));
            } else if (auto line = seen.find(key); line != seen.end()) {
                errors.add(
                    row.line, reg.label,
                    format(tr("%s is also on line %s"), {typed, std::to_string(line->second)}));
            } else {
                theory.registration_no = it->second->registration_no;  // as registered
                seen[key] = row.line;
            }
        }

        const std::string text = score.in(row);
        const auto value = Decimal::parse(text);
        if (text.empty())
            errors.add(row.line, score.label, tr("must not be empty"));
        else if (!value)
            errors.add(row.line, score.label,
                       format(tr("'%s' is not a number"), {shown_value(text)}));
        else if (*value < Decimal() || *value > hundred)
            errors.add(row.line, score.label,
                       format(tr("%s is outside 0..100"), {shown_value(text)}));
        else if (!value->fits(2))
            errors.add(row.line, score.label,
                       format(tr("%s has more than 2 decimals"), {shown_value(text)}));
        else
            theory.score = *value;
        out.push_back(std::move(theory));
    }
    errors.throw_if_any();
    return out;
}

}  // namespace plumb
