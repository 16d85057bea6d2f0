// Small hand-built events for the core tests.
#pragma once

#include "core/competition.h"
#include "core/decimal.h"
#include "core/sheet.h"

namespace plumb::test {

inline Decimal D(const char* text) {
    return *Decimal::parse(text);
}

inline Aspect aspect(const char* id, AspectType type, const char* max) {
    Aspect a;
    a.id = id;
    a.name = id;
    a.type = type;
    a.max = D(max);
    return a;
}

// One criterion "A": A1 points (2 values, 0±3 mm, 5 each), A2 judgement max 20,
// A3 pass_fail 10, A4 deduction 2 each capped at 6. Scheme maximum 10+20+10 = 40.
inline Event small_event() {
    Event e;
    e.code = "bricklaying";
    e.scheme.code = "bricklaying";
    e.scheme.name = "砌筑工";
    e.scheme.judgement_scale = 3;
    Criterion c;
    c.id = "A";
    Aspect a1 = aspect("A1", AspectType::Points, "10");
    a1.points = 2;
    a1.target = D("0");
    a1.tolerance = D("3");
    a1.deduction = D("5");
    c.aspects.push_back(a1);
    c.aspects.push_back(aspect("A2", AspectType::Judgement, "20"));
    c.aspects.push_back(aspect("A3", AspectType::PassFail, "10"));
    Aspect a4 = aspect("A4", AspectType::Deduction, "0");
    a4.deduction = D("2");
    a4.cap = D("6");
    c.aspects.push_back(a4);
    e.scheme.criteria.push_back(c);
    e.aggregation = Aggregation::Trimmed;
    e.trim = 1;
    e.trim_min_judges = 5;
    e.min_judges = 3;
    e.spread_limit = D("1");
    e.theory_weight = D("0.3");
    e.practical_weight = D("0.7");
    e.time_limit_minutes = 150;
    e.overtime.deduction_per_minute = D("1");
    e.overtime.max_minutes = 10;
    return e;
}

inline MarkValue values(std::initializer_list<const char*> texts) {
    MarkValue v;
    for (const char* t : texts) v.numbers.push_back(D(t));
    return v;
}

// Marks for small_event(): A1 {1,-2} (both in), A2 judges' scores, A3 pass, A4 count.
inline ContestantMarks marks_for(std::initializer_list<const char*> judge_scores,
                                 const char* violations = "0") {
    ContestantMarks m;
    m.by_aspect.resize(4);
    m.by_aspect[0].push_back({"J01", values({"1", "-2"})});
    int j = 1;
    for (const char* s : judge_scores)
        m.by_aspect[1].push_back({"J0" + std::to_string(j++), values({s})});
    m.by_aspect[2].push_back({"J01", values({"1"})});
    m.by_aspect[3].push_back({"J01", values({violations})});
    m.theory = D("80");
    m.seconds = 140 * 60;
    return m;
}

}  // namespace plumb::test
