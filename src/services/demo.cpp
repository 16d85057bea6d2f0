// Generates the demo competition's roster, draw, marks, times and theory scores from a seed.
#include "services/demo.h"

#include "services/roster_admin.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

#include "core/mark_value.h"
#include "core/translate.h"
#include "services/data_dir.h"
#include "services/demo_people.h"

namespace plumb {

namespace {

using demo::chance;
using demo::pick;

// A value a contestant of the given skill (0..1) would be measured at, as entered text.
std::string measured_text(std::mt19937_64& rng, const Aspect& a, double skill, int scale) {
    auto in_band = [&](bool good) {
        // The accepted band, narrowed to what can be measured (a plumb deviation is never
        // negative).
        const Decimal lo = a.value_min ? max(a.band_low(), *a.value_min) : a.band_low();
        const Decimal hi = a.value_max ? min(a.band_high(), *a.value_max) : a.band_high();
        const std::int64_t span =
            (hi - lo).units() / 500'000'000;  // halves of a unit: judges read tapes to 0.5 mm
        if (good)
            return lo + Decimal::from_units(
                            std::int64_t{
                                pick(rng, 0, static_cast<int>(std::max<std::int64_t>(span, 0)))} *
                            500'000'000);
        const Decimal beyond = Decimal::from_units(std::int64_t{pick(rng, 1, 8)} * 500'000'000);
        const bool room_below = !a.value_min || lo - beyond >= *a.value_min;
        const bool room_above = !a.value_max || hi + beyond <= *a.value_max;
        if (room_below && (!room_above || chance(rng, 0.5))) return lo - beyond;
        return room_above ? hi + beyond : lo;
    };
    switch (a.type) {
        case AspectType::PassFail: return chance(rng, 0.15 + skill) ? "pass" : "fail";
        case AspectType::Difference: return in_band(chance(rng, skill)).str();
        case AspectType::Points: {
            std::string out;
            for (int i = 0; i < a.points; ++i) {
                if (i) out += ';';
                out += in_band(chance(rng, 0.2 + skill)).str();
            }
            return out;
        }
        case AspectType::Choice: {
            const int n = static_cast<int>(a.options.size());
            return std::to_string(chance(rng, skill) ? 1 : pick(rng, std::min(2, n), n));
        }
        case AspectType::Deduction: return chance(rng, 0.12) ? "1" : "0";
        case AspectType::Judgement: {
            const std::int64_t step = a.step.value_or(Decimal::from_units(500'000'000)).units();
            const int top = static_cast<int>(Decimal::from_int(scale).units() / step);
            const int steps =
                std::clamp(static_cast<int>(skill * top + 0.5) + pick(rng, -1, 1), 0, top);
            return Decimal::from_units(steps * step).str();
        }
    }
    return "0";
}

// Judges' scores around a base: each differs from the base by at most one step, so no spread
// flag unless the demo plants one.
std::string judge_score(std::mt19937_64& rng, const Aspect& a, const std::string& base, int scale) {
    const std::int64_t step = a.step.value_or(Decimal::from_units(500'000'000)).units();
    const int top = static_cast<int>(Decimal::from_int(scale).units() / step);
    const int from = static_cast<int>(Decimal::parse(base)->units() / step);
    const int steps = std::clamp(from + (chance(rng, 0.6) ? 0 : pick(rng, -1, 1)), 0, top);
    return Decimal::from_units(steps * step).str();
}

struct Generated {
    std::vector<MarkEntry> marks;
    std::map<std::string, TheoryEntry> theory;
    std::map<std::string, TimingEntry> times;
    std::vector<StatusEntry> statuses;
};

void generate_event(std::mt19937_64& rng, const Event& ev, const std::vector<Judge>& judges,
                    const std::vector<Contestant>& people, Generated& out) {
    std::vector<std::string> panel;
    for (const Judge& j : judges)
        if (j.judges(ev.code)) panel.push_back(j.code);
    if (panel.empty()) return;
    const int scale = ev.scheme.judgement_scale;
    for (const Contestant& c : people) {
        const double skill = 0.45 + 0.5 * static_cast<double>(pick(rng, 0, 1000)) / 1000.0;
        for (const Aspect* a : ev.scheme.aspects()) {
            const ParsedMark parsed = parse_mark(*a, scale, measured_text(rng, *a, skill, scale));
            if (!parsed.ok())
                throw std::logic_error("demo value refused for " + a->id + ": " + parsed.error());
            const std::string base = parsed.value().str(*a);
            const std::size_t judges_here = a->is_judgement() ? panel.size() : 1;
            for (std::size_t k = 0; k < judges_here; ++k) {
                MarkEntry e;
                e.judge = panel[k];
                e.registration_no = c.registration_no;
                e.event = ev.code;
                e.aspect = a->id;
                e.value = a->is_judgement() ? judge_score(rng, *a, base, scale) : base;
                out.marks.push_back(e);
            }
        }
        const int limit = ev.time_limit_minutes.value_or(120);
        TimingEntry t;
        t.registration_no = c.registration_no;
        t.seconds = (limit - pick(rng, 0, 35)) * 60 - pick(rng, 0, 59);
        if (chance(rng, 0.06)) t.seconds = limit * 60 + pick(rng, 20, 300);  // a few minutes over
        out.times[c.registration_no] = t;
        TheoryEntry th;
        th.registration_no = c.registration_no;
        th.score = Decimal::from_units(std::int64_t{pick(rng, 110, 196)} *
                                       500'000'000);  // 55.0 .. 98.0 in halves
        out.theory[c.registration_no] = th;
    }
}

// The realistic imperfections the demo shows: absent, disqualified, spread flag, tied totals.
void plant_imperfections(const Competition& comp, const std::vector<Contestant>& all,
                         Generated& g) {
    auto first_of = [&](std::size_t event_index, int nth) -> const Contestant* {
        if (event_index >= comp.events.size()) return nullptr;
        int seen = 0;
        for (const Contestant& c : all)
            if (c.event == comp.events[event_index].code && seen++ == nth) return &c;
        return nullptr;
    };
    if (const Contestant* c = first_of(1, 3)) {  // absent: no marks at all
        const std::string reg = c->registration_no;
        std::erase_if(g.marks, [&](const MarkEntry& e) { return e.registration_no == reg; });
        g.times.erase(reg);
        g.theory.erase(reg);
        g.statuses.push_back({{}, {}, reg, ContestantStatus::Absent, {}, "开赛时未到场"});
    }
    if (const Contestant* c = first_of(2, 5)) {  // 12 minutes over a 10-minute allowance
        const Event& ev = comp.events[2];
        g.times[c->registration_no].seconds = (ev.time_limit_minutes.value_or(120) + 12) * 60;
    }
    if (const Contestant* c = first_of(0, 7)) {  // one judge far from the others
        const Event& ev = comp.events[0];
        const Aspect* target = nullptr;
        for (const Aspect* a : ev.scheme.aspects())
            if (a->is_judgement() && !target) target = a;
        std::vector<MarkEntry*> scores;
        for (MarkEntry& e : g.marks)
            if (target && e.registration_no == c->registration_no && e.aspect == target->id)
                scores.push_back(&e);
        if (scores.size() >= 2) {  // the extremes of the scale: a spread no limit allows
            scores[0]->value = "0";
            scores[1]->value = std::to_string(ev.scheme.judgement_scale);
        }
    }
    const Contestant* a = first_of(3, 2);
    const Contestant* b = first_of(3, 9);
    if (a && b) {  // same marks and theory, different times: equal totals, split by time
        std::erase_if(g.marks,
                      [&](const MarkEntry& e) { return e.registration_no == b->registration_no; });
        std::vector<MarkEntry> copies;
        for (const MarkEntry& e : g.marks)
            if (e.registration_no == a->registration_no)
                copies.push_back(e), copies.back().registration_no = b->registration_no;
        g.marks.insert(g.marks.end(), copies.begin(), copies.end());
        const int limit = comp.events[3].time_limit_minutes.value_or(120);
        g.times[a->registration_no].seconds = (limit - 20) * 60;
        g.times[b->registration_no].seconds = (limit - 12) * 60;
        g.theory[b->registration_no].score = g.theory[a->registration_no].score;
    }
}

}  // namespace

void populate_demo(CompetitionSession& session, const DemoOptions& options) {
    const Competition& comp = session.competition();
    if (!session.contestants().empty())
        throw ActionError(tr("the competition already has contestants"));
    std::mt19937_64 rng(options.seed);
    const Actor actor{
        {}, "demo", "演示数据，随机种子 " + std::to_string(options.seed)};

    // Contestants spread evenly over the events, registered in turn.
    std::vector<Contestant> roster;
    std::set<std::string> used_ids;
    const int n_events = static_cast<int>(comp.events.size());
    const int width =
        std::max<int>(3, static_cast<int>(std::to_string(options.contestants).size()));
    for (int i = 0; i < options.contestants; ++i) {
        demo::Person p = demo::make_person(rng);
        while (!used_ids.insert(p.id_number).second)
            p = demo::make_person(rng);  // ID numbers are unique
        Contestant c;
        std::string no = std::to_string(i + 1);
        c.registration_no =
            "ZY" + std::string(static_cast<std::size_t>(width) - no.size(), '0') + no;
        c.name = p.name;
        c.id_number = p.id_number;
        c.gender = p.gender;
        c.employer = p.employer;
        c.phone = p.phone;
        c.event = comp.events[static_cast<std::size_t>(i % n_events)].code;
        roster.push_back(c);
    }
    {
        Change change = session.store().begin(actor);
        for (const Contestant& c : roster) change.add_contestant(c);
        change.commit();
    }
    for (std::size_t k = 0; k < comp.events.size(); ++k)
        draw(session, unchecked_login(actor.who), comp.events[k].code, options.seed + k);

    const auto drawn = session.contestants();
    Generated g;
    for (const Event& ev : comp.events) {
        std::vector<Contestant> people;
        for (const Contestant& c : drawn)
            if (c.event == ev.code) people.push_back(c);
        generate_event(rng, ev, comp.judges, people, g);
    }
    if (options.imperfections) plant_imperfections(comp, drawn, g);

    Change change = session.store().begin(actor);
    for (const MarkEntry& e : g.marks) change.add_mark(e);
    for (const auto& [reg, t] : g.times) change.add_timing(t);
    for (const auto& [reg, t] : g.theory) change.add_theory(t);
    for (const StatusEntry& s : g.statuses) change.add_status(s);
    change.commit();
}

CompetitionSession create_demo(const std::filesystem::path& db, const DemoOptions& options) {
    const Actor actor{{}, "demo", "demo competition"};
    CompetitionSession session =
        CompetitionSession::init(db, data_dir() / "demo" / "zhengyun-cup.toml", actor);
    try {
        populate_demo(session, options);
    } catch (...) {
        // A demo is all or nothing: never leave a half-made competition behind.
        const std::string path = session.store().path();
        { CompetitionSession closing = std::move(session); }
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
        throw;
    }
    return session;
}

}  // namespace plumb
