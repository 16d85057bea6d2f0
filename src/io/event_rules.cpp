// Reading one [[event]] of a competition file: its scheme, weights, ranking and award rules.
#include "io/event_rules.h"

#include <set>
#include <unordered_map>

#include "core/translate.h"
#include "core/workstation.h"
#include "io/scheme_file.h"

namespace plumb {

namespace {

const Decimal kHundred = Decimal::from_int(100);

Decimal at_most_100(const TomlTable& t, const std::string& key, Decimal value) {
    if (value > kHundred) t.fail(key, format(tr("%s is above 100"), {value.str()}));
    return value;
}

void read_weights(const TomlTable& t, Event& e) {
    for (const char* key : {"theory_weight", "practical_weight"}) {
        const auto w = t.optional_positive(key, true);
        if (w && *w > Decimal::from_int(1)) t.fail(key, format(tr("%s is above 1"), {w->str()}));
    }
    e.theory_weight = t.optional_decimal("theory_weight").value_or(Decimal());
    e.practical_weight = t.optional_decimal("practical_weight").value_or(Decimal::from_int(1));
    const Decimal sum = e.theory_weight + e.practical_weight;
    if (sum != Decimal::from_int(1))
        t.fail(t.has("practical_weight") ? "practical_weight" : "theory_weight",
               format(tr("theory_weight %s + practical_weight %s = %s; they must sum to "
                         "exactly 1"),
                      {e.theory_weight.str(), e.practical_weight.str(), sum.str()}));
}

void read_aggregation(const TomlTable& t, Event& e) {
    if (auto text = t.optional_text("aggregation")) {
        const auto a = aggregation_from_string(*text);
        if (!a)
            t.fail(
                "aggregation",
                format(tr("unknown aggregation '%s'; expected mean, trimmed or median"), {*text}));
        e.aggregation = *a;
    }
    e.trim = static_cast<int>(t.optional_integer("trim", 0, 50).value_or(1));
    e.trim_min_judges = static_cast<int>(t.optional_integer("trim_min_judges", 1, 100).value_or(5));
    if (e.aggregation == Aggregation::Trimmed && e.trim_min_judges < 2 * e.trim + 1)
        t.fail(t.has("trim_min_judges") ? "trim_min_judges" : "trim",
               format(tr("dropping %s highest and lowest needs trim_min_judges of at least %s"),
                      {std::to_string(e.trim), std::to_string(2 * e.trim + 1)}));
    e.min_judges = static_cast<int>(t.optional_integer("min_judges", 1, 100).value_or(1));
    e.spread_limit = t.optional_positive("spread_limit", true);
}

void read_tie_breaks(const TomlTable& t, Event& e) {
    const toml::array* raw = t.optional_array("tie_breaks");
    const auto texts = t.optional_texts("tie_breaks");
    if (!texts) return;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < texts->size(); ++i) {
        const std::string& text = (*texts)[i];
        const auto tb = TieBreak::parse(text);
        if (!tb)
            t.fail_at_value((*raw)[i], "tie_breaks",
                            format(tr("unknown tie-break '%s'; expected time, practical, "
                                      "theory or criterion:<ID>"),
                                   {text}));
        if (tb->kind == TieBreak::Kind::Criterion) {
            bool known = false;
            for (const auto& c : e.scheme.criteria) known = known || c.id == tb->criterion;
            if (!known)
                t.fail_at_value((*raw)[i], "tie_breaks",
                                format(tr("'%s': scheme %s has no criterion '%s'"),
                                       {text, e.scheme.code, tb->criterion}));
        }
        if (!seen.insert(tb->str()).second)
            t.fail_at_value((*raw)[i], "tie_breaks", format(tr("'%s' is listed twice"), {text}));
        e.tie_breaks.push_back(*tb);
    }
}

void read_overtime(const TomlTable& t, Event& e) {
    const auto overtime = t.optional_table("overtime");
    if (!overtime) return;
    if (!e.time_limit_minutes)
        t.fail("overtime", tr("an overtime rule needs the event's time_limit_minutes"));
    if (!overtime->has("deduction_per_minute"))
        overtime->fail("deduction_per_minute",
                       tr("missing: the deduction per started minute over"));
    e.overtime.deduction_per_minute = *overtime->optional_positive("deduction_per_minute", true);
    if (auto m = overtime->optional_integer("max_minutes", 0, 10000))
        e.overtime.max_minutes = static_cast<int>(*m);
}

void read_prize_size(const TomlTable& a, const char* key, AwardRules& rules, Decimal& out) {
    const auto n = a.optional_positive(key, true);
    if (!n) return;
    if (rules.mode == AwardRules::Mode::Counts && !n->is_integer())
        a.fail(key,
               format(tr("%s is not a whole number of contestants (mode is counts)"), {n->str()}));
    if (rules.mode == AwardRules::Mode::Percent) at_most_100(a, key, *n);
    out = *n;
}

void read_awards(const TomlTable& t, Event& e) {
    const auto a = t.optional_table("awards");
    if (!a) return;
    AwardRules& rules = e.awards;
    if (auto mode = a->optional_text("mode")) {
        if (*mode == "counts")
            rules.mode = AwardRules::Mode::Counts;
        else if (*mode == "percent")
            rules.mode = AwardRules::Mode::Percent;
        else
            a->fail("mode",
                    format(tr("unknown award mode '%s'; expected counts or percent"), {*mode}));
    }
    read_prize_size(*a, "first", rules, rules.first);
    read_prize_size(*a, "second", rules, rules.second);
    read_prize_size(*a, "third", rules, rules.third);
    read_prize_size(*a, "merit", rules, rules.merit);
    const Decimal sum = rules.first + rules.second + rules.third + rules.merit;
    if (rules.mode == AwardRules::Mode::Percent && sum > kHundred)
        a->fail("merit", format(tr("prizes add up to %s percent, more than 100"), {sum.str()}));
    if (auto m = a->optional_positive("min_total", true))
        rules.min_total = at_most_100(*a, "min_total", *m);
    if (auto ties = a->optional_text("boundary_ties")) {
        if (*ties == "higher")
            rules.boundary_ties = AwardRules::BoundaryTies::Higher;
        else if (*ties == "lower")
            rules.boundary_ties = AwardRules::BoundaryTies::Lower;
        else
            a->fail("boundary_ties",
                    format(tr("unknown value '%s'; expected higher or lower"), {*ties}));
    }
    std::set<std::string> names;
    for (const TomlTable& title : a->tables("title")) {
        TitleRule rule;
        rule.name = title.name("name");
        if (!names.insert(rule.name).second)
            title.fail("name", format(tr("title '%s' is listed twice"), {rule.name}));
        if (!title.has("top"))
            title.fail("top", tr("missing: how many of the first ranks may get the title"));
        rule.top = static_cast<int>(*title.optional_integer("top", 1, 100000));
        if (auto m = title.optional_positive("min_total", true))
            rule.min_total = at_most_100(title, "min_total", *m);
        rule.grade_action = title.optional_text("grade_action").value_or("");
        rules.titles.push_back(rule);
    }
}

void read_workstations(const TomlTable& t, Event& e) {
    const toml::array* raw = t.optional_array("workstations");
    if (!raw) return;
    // By workstation key, so "05" and "5", "A01" and "ａ０１" are one label: the draw would hand
    // out both and every lookup find only one. A hash set keeps 40,000 labels linear.
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < raw->size(); ++i) {
        const std::string w = t.identifier((*raw)[i], "workstations");
        const auto [it, added] = seen.emplace(workstation_key(w), i);
        if (!added) {
            const std::string& first = e.workstations[it->second];
            t.fail_at_value((*raw)[i], "workstations",
                            first == w
                                ? format(tr("'%s' is listed twice"), {w})
                                : format(tr("'%s' is the same workstation as '%s'"), {w, first}));
        }
        e.workstations.push_back(w);
    }
}

}  // namespace

std::string scheme_label(const std::string& competition_label, const std::string& scheme_path) {
    const std::filesystem::path base = std::filesystem::path(competition_label).parent_path();
    return (base / scheme_path).lexically_normal().string();
}

Event read_event(const TomlTable& t, const CompetitionSources& sources) {
    Event e;
    e.code = t.code("code");
    e.scheme_path = t.text("scheme");
    const auto source = sources.schemes.find(e.scheme_path);
    if (source == sources.schemes.end())
        t.fail("scheme",
               format(tr("'%s' was not read with the competition file"), {e.scheme_path}));
    e.scheme = parse_scheme(source->second, scheme_label(sources.competition_label, e.scheme_path));
    if (auto minutes = t.optional_integer("time_limit_minutes", 1, 24 * 60))
        e.time_limit_minutes = static_cast<int>(*minutes);
    read_weights(t, e);
    read_aggregation(t, e);
    read_tie_breaks(t, e);
    e.shared_places = t.optional_bool("shared_places").value_or(true);
    read_overtime(t, e);
    read_awards(t, e);
    read_workstations(t, e);
    return e;
}

}  // namespace plumb
