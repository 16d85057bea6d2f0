// Contestants and judges as table rows and as the fields of their audit payloads.
#include "store/state.h"

namespace plumb {

const char* const kContestantColumns =
    "registration_no, name, coalesce(id_number, ''), gender, employer, event, phone, "
    "workstation, draw_no";

Contestant contestant_from_row(const SQLite::Statement& q, int first) {
    Contestant c;
    c.registration_no = q.getColumn(first).getString();
    c.name = q.getColumn(first + 1).getString();
    c.id_number = q.getColumn(first + 2).getString();
    c.gender = q.getColumn(first + 3).getString();
    c.employer = q.getColumn(first + 4).getString();
    c.event = q.getColumn(first + 5).getString();
    c.phone = q.getColumn(first + 6).getString();
    c.workstation = q.getColumn(first + 7).getString();
    if (!q.getColumn(first + 8).isNull()) c.draw_no = q.getColumn(first + 8).getInt();
    return c;
}

PayloadFields contestant_fields(const Contestant& c) {
    return {{"registration_no", c.registration_no},
            {"name", c.name},
            {"id_number", c.id_number},
            {"gender", c.gender},
            {"employer", c.employer},
            {"event", c.event},
            {"phone", c.phone},
            {"workstation", c.workstation},
            {"draw_no", c.draw_no ? std::to_string(*c.draw_no) : std::string()}};
}

PayloadFields judge_fields(const Judge& j) {
    PayloadFields fields = {{"code", j.code}, {"name", j.name}, {"employer", j.employer}};
    for (const std::string& e : j.events) fields.emplace_back("event", e);
    return fields;
}

void add_old_values(PayloadWriter& w, const PayloadFields& before, const PayloadFields& after) {
    for (const std::string& k : differing_keys(before, after)) {
        bool had = false;
        for (const auto& [key, value] : before) {
            if (key != k) continue;
            w.add("old." + k, value);
            had = true;
        }
        if (!had) w.add("old." + k, "");  // it had no value before
    }
}

}  // namespace plumb
