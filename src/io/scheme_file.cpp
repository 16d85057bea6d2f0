// Reading a marking scheme (评分细则) from its TOML text, with every rule checked.
#include "io/scheme_file.h"

#include <set>
#include <unordered_set>

#include "core/identifier.h"
#include "core/translate.h"
#include "io/toml_fields.h"

namespace plumb {

namespace {

const char* const kTypeList = "pass_fail, difference, points, choice, judgement or deduction";

Decimal required_positive(const TomlTable& t, const std::string& key, const Aspect& a) {
    if (!t.has(key))
        t.fail(key, format(tr("missing: a %s aspect needs '%s'"), {to_string(a.type), key}));
    return *t.optional_positive(key);
}

// The accepted band of a difference or points aspect: target ± tolerance, or [lower, upper].
void read_band(const TomlTable& t, Aspect& a) {
    const bool centred = t.has("target") || t.has("tolerance");
    const bool bounded = t.has("lower") || t.has("upper");
    if (centred && bounded)
        t.fail(t.has("lower") ? "lower" : "upper",
               tr("give either target and tolerance, or lower and upper, not both"));
    if (!centred && !bounded)
        t.fail("tolerance",
               format(tr("missing: a %s aspect needs target and tolerance, or lower and upper"),
                      {to_string(a.type)}));
    if (centred) {
        a.target = t.decimal("target");
        if (!t.has("tolerance")) t.fail("tolerance", tr("missing: target needs a tolerance"));
        a.tolerance = t.optional_positive("tolerance", true);
    } else {
        if (!t.has("lower")) t.fail("lower", tr("missing: upper needs a lower bound too"));
        if (!t.has("upper")) t.fail("upper", tr("missing: lower needs an upper bound too"));
        a.lower = t.decimal("lower");
        a.upper = t.decimal("upper");
        if (*a.upper < *a.lower)
            t.fail("upper", format(tr("%s is below lower %s"), {a.upper->str(), a.lower->str()}));
    }
}

void read_choice(const TomlTable& t, Aspect& a) {
    if (!t.has("options")) t.fail("options", tr("missing: a choice aspect needs options"));
    std::set<std::string> labels;
    for (const TomlTable& o : t.tables("options")) {
        ChoiceOption option;
        option.label = o.name("label");
        if (option.label.find_first_not_of("0123456789") == std::string::npos)
            o.fail("label",
                   format(tr("'%s' must not be a number (a value may be an option's 1-based "
                             "index)"),
                          {option.label}));
        if (!labels.insert(option.label).second)
            o.fail("label", format(tr("'%s' is listed twice"), {option.label}));
        option.deduction = o.optional_positive("deduction", true).value_or(Decimal());
        a.options.push_back(option);
    }
    if (a.options.size() < 2) t.fail("options", tr("a choice aspect needs at least two options"));
}

void read_judgement(const TomlTable& t, Aspect& a, int scale) {
    const Decimal step = t.optional_positive("step").value_or(*Decimal::parse("0.5"));
    if (Decimal::from_int(scale).units() % step.units() != 0)
        t.fail("step", format(tr("%s does not divide judgement_scale %s"),
                              {step.str(), std::to_string(scale)}));
    a.step = step;
    if (auto descriptors = t.optional_texts("descriptors")) {
        if (descriptors->size() != static_cast<std::size_t>(scale) + 1)
            t.fail("descriptors", format(tr("%s given; one per level 0..%s means %s"),
                                         {std::to_string(descriptors->size()),
                                          std::to_string(scale), std::to_string(scale + 1)}));
        a.descriptors = *descriptors;
    }
}

Aspect read_aspect(const TomlTable& t, int scale) {
    Aspect a;
    a.id = t.code("id");
    a.name = t.name("name");
    a.name_en = t.optional_text("name_en").value_or("");
    a.description = t.optional_text("description").value_or("");
    a.unit = t.optional_text("unit").value_or("");
    const std::string type = t.text("type");
    const auto parsed = aspect_type_from_string(type);
    if (!parsed)
        t.fail("type", format(tr("unknown aspect type '%s'; expected %s"), {type, kTypeList}));
    a.type = *parsed;
    if (!a.is_deduction()) {
        if (!t.has("max"))
            t.fail("max", format(tr("missing: aspect %s needs its maximum mark"), {a.id}));
        a.max = *t.optional_positive("max");
    }
    a.value_min = t.optional_decimal("value_min");
    a.value_max = t.optional_decimal("value_max");
    if (a.value_min && a.value_max && *a.value_max < *a.value_min)
        t.fail("value_max",
               format(tr("%s is below value_min %s"), {a.value_max->str(), a.value_min->str()}));

    switch (a.type) {
        case AspectType::PassFail: break;
        case AspectType::Difference:
            read_band(t, a);
            a.deduction = required_positive(t, "deduction", a);
            a.step = t.optional_positive("step").value_or(Decimal::from_int(1));
            break;
        case AspectType::Points:
            if (!t.has("points")) t.fail("points", tr("missing: how many values the judge enters"));
            a.points = static_cast<int>(*t.optional_integer("points", 1, 100));
            read_band(t, a);
            a.deduction = required_positive(t, "deduction", a);
            break;
        case AspectType::Choice: read_choice(t, a); break;
        case AspectType::Judgement: read_judgement(t, a, scale); break;
        case AspectType::Deduction:
            a.deduction = required_positive(t, "deduction", a);
            a.cap = t.optional_positive("cap");
            if (auto n = t.optional_integer("max_count", 1, 1000))
                a.max_count = static_cast<int>(*n);
            break;
    }
    return a;
}

}  // namespace

MarkingScheme parse_scheme(const std::string& text, const std::string& file_label) {
    const TomlDocument doc(text, file_label);
    const TomlTable file = doc.root();
    MarkingScheme scheme;
    const auto head = file.optional_table("scheme");
    if (!head) fail_at(file_label, 0, "scheme", tr("missing: the file needs a [scheme] table"));
    scheme.code = head->code("code");
    scheme.name = head->name("name");
    scheme.name_en = head->optional_text("name_en").value_or("");
    scheme.judgement_scale =
        static_cast<int>(head->optional_integer("judgement_scale", 1, 100).value_or(3));

    std::unordered_set<std::string> criterion_ids, aspect_ids;  // identifier keys
    const auto criteria = file.tables("criterion");
    if (criteria.empty())
        fail_at(file_label, 0, "criterion",
                tr("missing: a scheme needs at least one [[criterion]]"));
    for (const TomlTable& c : criteria) {
        Criterion criterion;
        criterion.id = c.code("id");
        if (!criterion_ids.insert(identifier_key(criterion.id)).second)
            c.fail("id", format(tr("criterion '%s' is defined twice"), {criterion.id}));
        criterion.name = c.optional_text("name").value_or("");
        criterion.name_en = c.optional_text("name_en").value_or("");
        const auto aspects = c.tables("aspect");
        if (aspects.empty())
            c.fail("aspect",
                   format(tr("criterion %s has no [[criterion.aspect]]"), {criterion.id}));
        for (const TomlTable& t : aspects) {
            Aspect a = read_aspect(t, scheme.judgement_scale);
            if (!aspect_ids.insert(identifier_key(a.id)).second)
                t.fail("id", format(tr("aspect '%s' is defined twice"), {a.id}));
            criterion.aspects.push_back(std::move(a));
        }
        scheme.criteria.push_back(std::move(criterion));
    }
    if (scheme.max_total() <= Decimal())
        fail_at(file_label, 0, "max",
                tr("the scheme has no marked aspect (only deductions); nothing to score"));
    return scheme;
}

}  // namespace plumb
