// Roster import: every contestant row checked, every problem reported, nothing half-read.
#include "io/roster_csv.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "core/id_number.h"
#include "core/identifier.h"
#include "core/translate.h"

namespace plumb {

namespace {

bool all_digits(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string lower_ascii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::optional<std::string> gender_from_text(const std::string& text) {
    const std::string t = lower_ascii(text);
    if (t == "男" || t == "男性" || t == "m" || t == "male") return "男";
    if (t == "女" || t == "女性" || t == "f" || t == "female") return "女";
    return std::nullopt;
}

// Empty when `phone` is a plausible mainland number, else the reason.
std::string phone_problem(const std::string& phone) {
    std::string s;
    for (char c : phone)
        if (c != ' ') s += c;
    if (s.starts_with("+86")) s.erase(0, 3);
    const std::string why =
        format(tr("'%s' is not a phone number (an 11-digit mobile starting with 1, or a landline "
                  "such as 0391-3956789)"),
               {shown_value(phone)});
    if (all_digits(s) && s.front() == '1') return s.size() == 11 ? "" : why;
    int digit_count = 0;
    for (char c : s) {
        if (c >= '0' && c <= '9')
            ++digit_count;
        else if (c != '-' && c != '(' && c != ')')
            return why;
    }
    return (digit_count >= 7 && digit_count <= 15) ? "" : why;
}

// Excel shows long digit strings such as ID numbers as 1.10105E+17 and loses digits.
bool mangled_by_excel(const std::string& s) {
    return s.find("E+") != std::string::npos || s.find("e+") != std::string::npos;
}

std::string who(const Contestant& c) {
    return c.registration_no + " (" + c.name + ")";
}

struct Columns {
    CsvColumn reg, name, id, trade, gender, employer, phone, workstation;
};

// What earlier rows of the file and the registered contestants already use, by the keys under
// which two are the same (registration numbers differing in case are one contestant).
struct Taken {
    std::unordered_map<std::string, int> reg_lines, id_lines, station_lines;
    std::unordered_map<std::string, const Contestant*> reg_existing, id_existing, station_existing;

    static std::string station(const std::string& event, const std::string& ws) {
        return event + '\n' + workstation_key(ws);
    }
};

void check_row(const CsvRow& row, const Columns& col, const Competition& competition, Taken& taken,
               ErrorList& errors, std::vector<Contestant>& out) {
    Contestant c;
    c.name = col.name.in(row);
    c.id_number = col.id.in(row);
    c.employer = col.employer.in(row);
    c.phone = col.phone.in(row);
    auto bad = [&](const CsvColumn& column, std::string reason) {
        errors.add(row.line, column.label, std::move(reason));
    };

    c.registration_no = col.reg.identifier(row, errors);  // "" when refused (reported)
    if (!c.registration_no.empty()) {
        const std::string key = identifier_key(c.registration_no);
        if (auto it = taken.reg_lines.find(key); it != taken.reg_lines.end())
            bad(col.reg, format(tr("%s is also on line %s"),
                                {c.registration_no, std::to_string(it->second)}));
        else if (auto ex = taken.reg_existing.find(key); ex != taken.reg_existing.end())
            bad(col.reg, format(tr("%s is already registered to %s"),
                                {c.registration_no, ex->second->name}));
        else
            taken.reg_lines[key] = row.line;
    }

    if (const std::string problem = text_problem(c.name, true); !problem.empty())
        bad(col.name, problem);
    if (const std::string problem = text_problem(c.employer, false); !problem.empty())
        bad(col.employer, problem);

    bool id_ok = false;
    if (!c.id_number.empty() && c.id_number.back() == 'x') c.id_number.back() = 'X';
    if (c.id_number.empty()) {
        bad(col.id, tr("must not be empty"));
    } else if (mangled_by_excel(c.id_number)) {
        bad(col.id, format(tr("'%s' was turned into a number by Excel; format the column as "
                              "text and type the ID number again"),
                           {shown_value(c.id_number)}));
    } else if (const std::string problem = id_number_problem(c.id_number); !problem.empty()) {
        bad(col.id, problem + " (" + shown_value(c.id_number) + ")");
    } else if (auto it = taken.id_lines.find(c.id_number); it != taken.id_lines.end()) {
        bad(col.id, format(tr("same ID number as line %s"), {std::to_string(it->second)}));
    } else if (auto ex = taken.id_existing.find(c.id_number); ex != taken.id_existing.end()) {
        bad(col.id, format(tr("same ID number as registered contestant %s"), {who(*ex->second)}));
    } else {
        taken.id_lines[c.id_number] = row.line;
        id_ok = true;
    }

    const std::string gender_text = col.gender.in(row);
    if (gender_text.empty()) {
        if (id_ok) c.gender = id_gender(c.id_number);
    } else if (const auto g = gender_from_text(gender_text); !g) {
        bad(col.gender, format(tr("'%s' is not %s or %s (M/F, male/female also accepted)"),
                               {shown_value(gender_text), "男", "女"}));
    } else {
        c.gender = *g;
        if (id_ok && id_gender(c.id_number) != c.gender)
            bad(col.gender, format(tr("%s does not match the ID number, which says %s"),
                                   {c.gender, id_gender(c.id_number)}));
    }

    const std::string trade = col.trade.in(row);
    const Event* event = trade.empty() ? nullptr : find_trade(competition, trade);
    if (trade.empty())
        bad(col.trade, tr("must not be empty"));
    else if (!event)
        bad(col.trade, format(tr("unknown trade '%s' (known: %s)"),
                              {shown_value(trade), known_trades(competition)}));
    else
        c.event = event->code;

    if (!c.phone.empty())
        if (const std::string problem = phone_problem(c.phone); !problem.empty())
            bad(col.phone, problem);

    if (!col.workstation.in(row).empty()) c.workstation = col.workstation.identifier(row, errors);
    if (!c.workstation.empty() && event) {
        const std::string key = Taken::station(c.event, c.workstation);
        if (auto it = taken.station_lines.find(key); it != taken.station_lines.end())
            bad(col.workstation, format(tr("%s in %s is also on line %s"),
                                        {c.workstation, c.event, std::to_string(it->second)}));
        else if (auto ex = taken.station_existing.find(key); ex != taken.station_existing.end())
            bad(col.workstation, format(tr("%s in %s is already taken by %s"),
                                        {c.workstation, c.event, who(*ex->second)}));
        else
            taken.station_lines[key] = row.line;
    }
    out.push_back(std::move(c));
}

}  // namespace

const Event* find_trade(const Competition& competition, const std::string& text) {
    if (const Event* e = competition.find_event_by_name(text)) return e;
    const std::string key = identifier_key(text);
    for (const auto& e : competition.events)
        if (identifier_key(e.code) == key || identifier_key(e.scheme.name_en) == key) return &e;
    return nullptr;
}

std::string known_trades(const Competition& competition) {
    std::string out;
    for (const auto& e : competition.events) {
        if (!out.empty()) out += ", ";
        out += e.code;
        if (!e.scheme.name.empty()) out += " " + e.scheme.name;
    }
    return out.empty() ? tr("none defined") : out;
}

std::vector<Contestant> parse_roster(const CsvTable& table, const Competition& competition,
                                     const std::vector<Contestant>& existing) {
    ErrorList errors(table.file);
    Columns col;
    col.reg = find_column(table, {"registration_no", "报名号"}, true, errors);
    col.name = find_column(table, {"name", "姓名"}, true, errors);
    col.id = find_column(table, {"id_number", "身份证号", "身份证号码"}, true, errors);
    col.trade = find_column(table, {"trade", "工种", "event", "赛项"}, true, errors);
    col.gender = find_column(table, {"gender", "性别"}, false, errors);
    col.employer = find_column(table, {"employer", "单位", "工作单位"}, false, errors);
    col.phone = find_column(table, {"phone", "电话", "手机", "联系电话"}, false, errors);
    col.workstation = find_column(table, {"workstation", "工位号", "工位"}, false, errors);
    // Without its columns the rows cannot be read; the header is the one thing to fix.
    errors.throw_if_any();
    if (table.rows.empty())
        errors.add(table.header_line, "", tr("no contestants below the header"));

    Taken taken;
    for (const auto& c : existing) {
        taken.reg_existing[identifier_key(c.registration_no)] = &c;
        std::string id = c.id_number;
        if (!id.empty() && id.back() == 'x') id.back() = 'X';
        taken.id_existing[id] = &c;
        if (!c.workstation.empty())
            taken.station_existing[Taken::station(c.event, c.workstation)] = &c;
    }
    std::vector<Contestant> out;
    for (const auto& row : table.rows)
        if (!row_too_wide(table, row, errors)) check_row(row, col, competition, taken, errors, out);
    errors.throw_if_any();
    return out;
}

}  // namespace plumb
