// Timing import: clock times or minutes turned into seconds used, each row checked.
#include "io/timing_csv.h"

#include <unordered_map>
#include <optional>

#include "core/decimal.h"
#include "core/identifier.h"
#include "core/translate.h"
#include "core/workstation.h"
#include "io/roster_csv.h"

namespace plumb {

namespace {

constexpr std::int64_t kDay = 24 * 60 * 60;

// A clock reading: seconds since midnight, or since 1970-01-01 when it has a date.
struct Moment {
    bool has_date = false;
    std::int64_t seconds = 0;
};

// Reads 1 to `max_digits` digits at `pos`.
std::optional<int> number(std::string_view s, std::size_t& pos, std::size_t max_digits) {
    std::size_t n = 0;
    int v = 0;
    while (pos < s.size() && n < max_digits && s[pos] >= '0' && s[pos] <= '9') {
        v = v * 10 + (s[pos++] - '0');
        ++n;
    }
    if (n == 0) return std::nullopt;
    return v;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

bool real_date(int y, int m, int d) {
    static constexpr int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return !(m == 2 && d == 29 && !leap);
}

// HH:MM, HH:MM:SS, or a date (YYYY-MM-DD or YYYY/MM/DD) then 'T' or spaces then the time.
std::optional<Moment> parse_moment(std::string_view s) {
    Moment m;
    std::size_t pos = 0;
    if (s.size() > 10 && (s[4] == '-' || s[4] == '/')) {
        const char sep = s[4];
        const auto y = number(s, pos, 4);
        if (!y || pos != 4 || s[pos++] != sep) return std::nullopt;
        const auto mo = number(s, pos, 2);
        if (!mo || pos >= s.size() || s[pos++] != sep) return std::nullopt;
        const auto d = number(s, pos, 2);
        if (!d || !real_date(*y, *mo, *d) || pos >= s.size()) return std::nullopt;
        if (s[pos] != 'T' && s[pos] != ' ') return std::nullopt;
        if (s[pos] == 'T') ++pos;
        while (pos < s.size() && s[pos] == ' ') ++pos;
        m.has_date = true;
        m.seconds = days_from_civil(*y, *mo, *d) * kDay;
    }
    const auto h = number(s, pos, 2);
    if (!h || pos >= s.size() || s[pos++] != ':') return std::nullopt;
    const std::size_t minute_at = pos;
    const auto mi = number(s, pos, 2);
    if (!mi || pos - minute_at != 2) return std::nullopt;
    int sec = 0;
    if (pos < s.size() && s[pos] == ':') {
        const std::size_t second_at = ++pos;
        const auto se = number(s, pos, 2);
        if (!se || pos - second_at != 2) return std::nullopt;
        sec = *se;
    }
    if (pos != s.size() || *h > 23 || *mi > 59 || sec > 59) return std::nullopt;
    m.seconds += *h * 3600 + *mi * 60 + sec;
    return m;
}

struct Columns {
    CsvColumn event, workstation, start, end, minutes;
};

// The forms a time may take, as the refusal lists them (in the reader's language).
std::string time_syntax() {
    return tr("HH:MM, HH:MM:SS or YYYY-MM-DD HH:MM[:SS]");
}

}  // namespace

std::vector<TimingRow> parse_timing(const CsvTable& table, const Competition& competition,
                                    const std::vector<Contestant>& contestants) {
    ErrorList errors(table.file);
    Columns col;
    col.event = find_column(table, {"event", "赛项", "工种"}, true, errors);
    col.workstation = find_column(table, {"workstation", "工位号", "工位"}, true, errors);
    col.minutes =
        find_column(table, {"minutes", "用时", "用时(分钟)", "用时（分钟）"}, false, errors);
    const bool by_clock = !col.minutes.present();
    col.start = find_column(table, {"start", "开始时间", "开始"}, by_clock, errors);
    col.end = find_column(table, {"end", "结束时间", "结束"}, by_clock, errors);
    if (!by_clock && (col.start.present() || col.end.present()))
        errors.add(table.header_line, col.minutes.label,
                   tr("give either start and end or minutes, not both"));
    errors.throw_if_any();
    if (table.rows.empty()) errors.add(table.header_line, "", tr("no times below the header"));

    const Decimal max_minutes = Decimal::from_int(24 * 60);
    const WorkstationIndex stations(contestants);
    std::unordered_map<std::string, int> seen;  // registration number -> line
    std::vector<TimingRow> out;
    for (const auto& row : table.rows) {
        if (row_too_wide(table, row, errors)) continue;
        auto bad = [&](const CsvColumn& column, std::string reason) {
            errors.add(row.line, column.label, std::move(reason));
        };
        TimingRow timing;
        timing.line = row.line;

        const std::string event_text = col.event.in(row);
        const Event* event = event_text.empty() ? nullptr : find_trade(competition, event_text);
        if (event_text.empty())
            bad(col.event, tr("must not be empty"));
        else if (!event)
            bad(col.event, format(tr("unknown event '%s' (known: %s)"),
                                  {shown_value(event_text), known_trades(competition)}));

        const std::string ws = col.workstation.identifier(row, errors);  // "" when refused
        if (!ws.empty() && event) {
            const Contestant* c = stations.find(event->code, ws);
            if (!c)
                bad(col.workstation,
                    format(tr("no contestant at workstation %s in %s"), {ws, event->code}));
            else if (c->status == ContestantStatus::Absent)
                bad(col.workstation, format(tr("%s (%s) at workstation %s is marked absent"),
                                            {c->registration_no, c->name, ws}));
            else if (auto it = seen.find(c->registration_no); it != seen.end())
                bad(col.workstation, format(tr("%s in %s is also on line %s"),
                                            {ws, event->code, std::to_string(it->second)}));
            else {
                timing.registration_no = c->registration_no;
                seen[c->registration_no] = row.line;
            }
        }

        if (by_clock) {
            timing.start = col.start.in(row);
            timing.end = col.end.in(row);
            const auto start = parse_moment(timing.start);
            const auto end = parse_moment(timing.end);
            if (timing.start.empty())
                bad(col.start, tr("must not be empty"));
            else if (!start)
                bad(col.start, format(tr("'%s' is not a time (%s)"),
                                      {shown_value(timing.start), time_syntax()}));
            if (timing.end.empty())
                bad(col.end, tr("must not be empty"));
            else if (!end)
                bad(col.end, format(tr("'%s' is not a time (%s)"),
                                    {shown_value(timing.end), time_syntax()}));
            if (start && end) {
                if (start->has_date != end->has_date)
                    bad(col.end, tr("give a date with both start and end, or with neither"));
                else if (end->seconds <= start->seconds)
                    bad(col.end,
                        format(tr("%s is not after start %s"), {timing.end, timing.start}));
                else if (end->seconds - start->seconds > kDay)
                    bad(col.end, format(tr("%s is more than 24 hours after start %s"),
                                        {timing.end, timing.start}));
                else
                    timing.seconds = end->seconds - start->seconds;
            }
        } else {
            const std::string text = col.minutes.in(row);
            const auto minutes = Decimal::parse(text);
            if (text.empty())
                bad(col.minutes, tr("must not be empty"));
            else if (!minutes)
                bad(col.minutes,
                    format(tr("'%s' is not a number of minutes"), {shown_value(text)}));
            else if (*minutes < Decimal())
                bad(col.minutes, format(tr("%s is negative"), {shown_value(text)}));
            else if (*minutes > max_minutes)
                bad(col.minutes,
                    format(tr("%s minutes is more than 24 hours"), {shown_value(text)}));
            else
                timing.seconds = (*minutes * 60).rounded(0).whole();
        }
        out.push_back(std::move(timing));
    }
    errors.throw_if_any();
    return out;
}

}  // namespace plumb
