// Competition and scheme files: the shipped data loads, and every organiser mistake is named
// by file, line and key.
#include <doctest/doctest.h>

#include <filesystem>
#include <functional>
#include <string>

#include "core/translate.h"
#include "io/competition_file.h"
#include "io/file_bytes.h"
#include "io/scheme_file.h"

using namespace plumb;
namespace fs = std::filesystem;

namespace {

const fs::path kDefinitions = fs::path(TEST_DATA_DIR) / "definitions";
const fs::path kData = PLUMB_DATA_DIR;

Decimal dec(const char* text) {
    return *Decimal::parse(text);
}

// The DefinitionError message `f` throws, or a marker that it threw none.
std::string error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const DefinitionError& e) {
        return e.what();
    }
    return "(no DefinitionError)";
}

std::string competition_error(const char* file) {
    return error_of([&] { load_competition_file(kDefinitions / file); });
}

std::string scheme_error(const char* file) {
    const std::string text = read_file_bytes(kDefinitions / file);
    return error_of([&] { parse_scheme(text, file); });
}

struct Case {
    const char* file;
    const char* expected;  // a substring of the message: "FILE:LINE: KEY: reason..."
};

}  // namespace

TEST_CASE("each shipped scheme loads and its marked aspects total exactly 100") {
    for (const char* trade : {"bricklaying", "rebar", "tiling", "carpentry"}) {
        CAPTURE(trade);
        const fs::path file = kData / "schemes" / (std::string(trade) + ".toml");
        const MarkingScheme s = parse_scheme(read_file_bytes(file), file.string());
        CHECK(s.code == trade);
        CHECK_FALSE(s.name.empty());
        CHECK_FALSE(s.name_en.empty());
        CHECK(s.max_total() == Decimal::from_int(100));
        bool has_type[6] = {};
        for (const Aspect* a : s.aspects()) {
            has_type[static_cast<int>(a->type)] = true;
            CHECK_FALSE(a->name_en.empty());
        }
        for (bool used : has_type) CHECK(used);
    }
}

TEST_CASE("the Zhengyun Cup loads with four events, twenty judges and its rules") {
    const Competition c = load_competition_file(kData / "demo" / "zhengyun-cup.toml");
    CHECK(c.name == "“征云杯”全市农民工技能大赛");
    CHECK(c.organiser == "焦作市住房和城乡建设局 焦作市建设工会");
    CHECK(c.venue == "征云集团美好生活项目工地");
    CHECK(c.starts == "2019-10-18");
    CHECK(c.ends == "2019-10-19");
    CHECK(c.precision == 2);
    REQUIRE(c.events.size() == 4);
    REQUIRE(c.judges.size() == 20);
    for (const Event& e : c.events) {
        CAPTURE(e.code);
        CHECK(e.scheme.code == e.code);
        CHECK(e.scheme_path == "../schemes/" + e.code + ".toml");
        CHECK(e.scheme.max_total() == Decimal::from_int(100));
        CHECK(e.theory_weight == dec("0.3"));
        CHECK(e.practical_weight == dec("0.7"));
        CHECK(e.aggregation == Aggregation::Trimmed);
        CHECK(e.min_judges == 3);
        CHECK(e.spread_limit == dec("1"));
        CHECK(e.overtime.deduction_per_minute == dec("1"));
        CHECK(e.overtime.max_minutes == 10);
        int judges = 0;
        for (const Judge& j : c.judges) judges += j.judges(e.code) ? 1 : 0;
        CHECK(judges == 5);
    }
    CHECK(c.find_event("bricklaying")->time_limit_minutes == 150);
    CHECK(c.find_event("rebar")->awards.mode == AwardRules::Mode::Percent);
    CHECK(c.find_event("rebar")->awards.merit == Decimal::from_int(20));
    CHECK(c.find_event("tiling")->tie_breaks.front().str() == "criterion:B");
    CHECK(c.find_judge("J01")->employer == "焦作市建筑技工学校");
    CHECK(c.find_event_by_name("砌筑工") == c.find_event("bricklaying"));
}

TEST_CASE("a float weight 0.3 becomes exactly the decimal 0.3, and other number forms too") {
    const Competition c = load_competition_file(kDefinitions / "good.toml");
    const Event& e = c.events.at(0);
    CHECK(e.theory_weight.units() == 300'000'000);
    CHECK(e.practical_weight == dec("0.7"));
    CHECK(e.awards.third == dec("15.5"));
    const Aspect& a2 = *e.scheme.find_aspect("A2");
    CHECK(a2.lower == dec("998.5"));
    CHECK(a2.upper == dec("1001.5"));  // written 1_001.5
    CHECK(a2.deduction == dec("0.3"));
    CHECK(e.scheme.find_aspect("B4")->deduction == dec("1"));  // written 1e0

    const std::string text =
        "[scheme]\ncode = \"x\"\nname = \"x\"\n[[criterion]]\nid = \"A\"\n"
        "[[criterion.aspect]]\nid = \"A1\"\nname = \"x\"\ntype = \"difference\"\n"
        "max = 0.1\ntarget = 2.5e2\ntolerance = 1e-1\ndeduction = 0.30000000000000004\n";
    const std::string err = error_of([&] { parse_scheme(text, "exp.toml"); });
    CHECK(err.find("exp.toml:13: deduction:") != std::string::npos);  // 17 digits: refused
    const std::string fixed = text.substr(0, text.rfind("deduction")) + "deduction = 0.05\n";
    const MarkingScheme s = parse_scheme(fixed, "exp.toml");
    const Aspect& a = *s.find_aspect("A1");
    CHECK(a.max == dec("0.1"));
    CHECK(a.target == dec("250"));
    CHECK(a.tolerance == dec("0.1"));
    CHECK(a.deduction == dec("0.05"));
}

TEST_CASE("every optional key of a competition is read") {
    const Competition c = load_competition_file(kDefinitions / "good.toml");
    CHECK(c.starts == "2019-10-18");
    CHECK(c.ends == "2019-10-19");  // written as a string
    CHECK(c.precision == 1);
    REQUIRE(c.judges.size() == 3);
    CHECK(c.judges[0].employer == "焦作市建筑技工学校");
    CHECK(c.judges[1].events == std::vector<std::string>{"brick", "other"});
    CHECK(c.judges[2].events.empty());
    const Event& e = c.events.at(0);
    CHECK(e.time_limit_minutes == 150);
    CHECK(e.trim == 1);
    CHECK(e.trim_min_judges == 3);
    CHECK(e.min_judges == 2);
    REQUIRE(e.tie_breaks.size() == 4);
    CHECK(e.tie_breaks[1].kind == TieBreak::Kind::Criterion);
    CHECK(e.tie_breaks[1].criterion == "B");
    CHECK_FALSE(e.shared_places);
    CHECK(e.workstations == std::vector<std::string>{"A01", "A02", "A03"});
    CHECK(e.overtime.deduction_per_minute == dec("0.5"));
    CHECK(e.awards.mode == AwardRules::Mode::Percent);
    CHECK(e.awards.first == dec("5"));
    CHECK(e.awards.min_total == dec("60"));
    CHECK(e.awards.boundary_ties == AwardRules::BoundaryTies::Lower);
    REQUIRE(e.awards.titles.size() == 2);
    CHECK(e.awards.titles[0].name == "技术能手");
    CHECK(e.awards.titles[0].top == 3);
    CHECK(e.awards.titles[0].min_total == dec("80"));
    CHECK(e.awards.titles[1].top == 1);
    CHECK_FALSE(e.awards.titles[1].min_total.has_value());
}

TEST_CASE("an event that leaves out its rules gets the documented defaults") {
    // Kept in a variable: a reference into the temporary would dangle (ASan found it).
    const Competition c = load_competition_file(kDefinitions / "good.toml");
    const Event& e = c.events.at(1);
    CHECK(e.aggregation == Aggregation::Mean);
    CHECK(e.trim == 1);
    CHECK(e.trim_min_judges == 5);
    CHECK(e.min_judges == 1);
    CHECK(e.shared_places);
    CHECK(e.tie_breaks.empty());
    CHECK(e.theory_weight == Decimal());
    CHECK(e.practical_weight == Decimal::from_int(1));
    CHECK_FALSE(e.needs_time());
    CHECK_FALSE(e.overtime.max_minutes.has_value());
    CHECK(e.overtime.deduction_per_minute == Decimal());
    CHECK_FALSE(e.spread_limit.has_value());
    CHECK(e.awards.mode == AwardRules::Mode::Counts);
    CHECK(e.awards.first + e.awards.second + e.awards.third + e.awards.merit == Decimal());
    CHECK_FALSE(e.awards.min_total.has_value());
    CHECK(e.awards.titles.empty());
    CHECK(e.workstations.empty());
}

TEST_CASE("every aspect type of the mini scheme is read with its rule") {
    const MarkingScheme s =
        parse_scheme(read_file_bytes(kDefinitions / "mini-scheme.toml"), "mini-scheme.toml");
    CHECK(s.judgement_scale == 3);
    const Aspect& points = *s.find_aspect("A1");
    CHECK(points.type == AspectType::Points);
    CHECK(points.points == 3);
    CHECK(points.band_low() == dec("-3"));
    CHECK(points.band_high() == dec("3"));
    CHECK(points.unit == "mm");
    const Aspect& diff = *s.find_aspect("A2");
    CHECK(diff.step == dec("1"));  // default
    CHECK(diff.value_min == dec("900"));
    CHECK(diff.value_max == dec("1100"));
    const Aspect& choice = *s.find_aspect("B1");
    REQUIRE(choice.options.size() == 2);
    CHECK(choice.options[0].label == "正确");
    CHECK(choice.options[0].deduction == Decimal());  // default
    CHECK(choice.options[1].deduction == dec("2.5"));
    const Aspect& judgement = *s.find_aspect("B2");
    CHECK(judgement.step == dec("0.5"));  // default
    CHECK(judgement.descriptors.size() == 4);
    const Aspect& deduction = *s.find_aspect("B4");
    CHECK(deduction.is_deduction());
    CHECK(deduction.cap == dec("3"));
    CHECK(s.max_total() == Decimal::from_int(20));  // 6 + 4 + 5 + 3 + 2; B4 not counted
}

TEST_CASE("parse_competition reads only the given texts and names schemes beside the file") {
    CompetitionSources sources;
    sources.competition_label = "virtual/comp.toml";
    sources.competition_text =
        "[competition]\nname = \"x\"\n[[judge]]\ncode = \"J1\"\nname = \"y\"\n"
        "events = [\"e\"]\n[[event]]\ncode = \"e\"\nscheme = \"../s/e.toml\"\n";
    sources.schemes["../s/e.toml"] = "[scheme]\ncode = \"e\"\nname = \"e\"\n";
    const std::string err = error_of([&] { parse_competition(sources); });
    CHECK(err.rfind("s/e.toml: criterion: missing", 0) == 0);

    sources.schemes.clear();
    CHECK(error_of([&] {
              parse_competition(sources);
          }).find("virtual/comp.toml:9: scheme: '../s/e.toml' was not read") == 0);
}

TEST_CASE("read_competition_sources keeps each scheme's text under its path as written") {
    const CompetitionSources s = read_competition_sources(kDefinitions / "good.toml");
    CHECK(s.competition_label == (kDefinitions / "good.toml").string());
    REQUIRE(s.schemes.size() == 1);
    CHECK(s.schemes.count("mini-scheme.toml") == 1);
    CHECK(s.schemes.at("mini-scheme.toml") == read_file_bytes(kDefinitions / "mini-scheme.toml"));
}

TEST_CASE("each mistake in a competition file is named by file, line and key") {
    const Case cases[] = {
        {"bad-weights.toml",
         "bad-weights.toml:12: practical_weight: theory_weight 0.3 + "
         "practical_weight 0.6 = 0.9; they must sum to exactly 1"},
        {"weight-above-one.toml", "weight-above-one.toml:13: theory_weight: 1.5 is above 1"},
        {"missing-name.toml", "missing-name.toml:2: name: missing"},
        {"missing-event-code.toml", "missing-event-code.toml:14: code: missing"},
        {"missing-scheme-key.toml", "missing-scheme-key.toml:10: scheme: missing"},
        {"unknown-aggregation.toml",
         "unknown-aggregation.toml:13: aggregation: unknown aggregation 'average'"},
        {"bad-precision.toml", "bad-precision.toml:4: precision: 6 is out of range 0..4"},
        {"duplicate-event.toml", "duplicate-event.toml:15: code: event 'brick' is defined twice"},
        {"duplicate-judge.toml", "duplicate-judge.toml:11: code: judge 'J01' is defined twice"},
        {"unknown-judge-event.toml",
         "unknown-judge-event.toml:15: events: judge J02 is "
         "assigned to unknown event 'bricklayng'"},
        {"bad-tie-break.toml", "bad-tie-break.toml:14: tie_breaks: unknown tie-break 'speed'"},
        {"tie-break-criterion.toml",
         "tie-break-criterion.toml:15: tie_breaks: 'criterion:Z': "
         "scheme mini has no criterion 'Z'"},
        {"duplicate-tie-break.toml",
         "duplicate-tie-break.toml:13: tie_breaks: 'theory' is listed twice"},
        {"bad-awards-mode.toml", "bad-awards-mode.toml:15: mode: unknown award mode 'ratio'"},
        {"bad-boundary-ties.toml",
         "bad-boundary-ties.toml:15: boundary_ties: unknown value 'up'; expected higher or lower"},
        {"fractional-count.toml", "fractional-count.toml:16: second: 1.5 is not a whole number"},
        {"percent-over.toml", "percent-over.toml:18: merit: prizes add up to 110 percent"},
        {"title-no-top.toml", "title-no-top.toml:15: top: missing"},
        {"overtime-no-limit.toml",
         "overtime-no-limit.toml:13: overtime: an overtime rule needs the event's "
         "time_limit_minutes"},
        {"too-few-judges.toml",
         "too-few-judges.toml:13: min_judges: event 'brick' needs 3 "
         "judgement scores per aspect but only 1 judge is assigned"},
        {"trim-too-deep.toml",
         "trim-too-deep.toml:15: trim_min_judges: dropping 2 highest and "
         "lowest needs trim_min_judges of at least 5"},
        {"syntax-error.toml", "syntax-error.toml:13: time_limit_minutes: "},
        {"missing-scheme-file.toml",
         "missing-scheme-file.toml:12: scheme: cannot read scheme 'no-such-scheme.toml'"},
        {"bad-date.toml", "bad-date.toml:4: starts: '18/10/2019' is not a date like 2019-10-18"},
        {"bad-day.toml", "bad-day.toml:5: ends: there is no such day"},
        {"ends-before-starts.toml",
         "ends-before-starts.toml:5: ends: 2019-10-17 is before starts 2019-10-18"},
        {"int-as-float.toml",
         "int-as-float.toml:13: time_limit_minutes: expected a whole number, got a number"},
        {"no-judge.toml", "no-judge.toml:15: code: no [[judge]] is assigned to event 'tile'"},
        {"uses-bad-scheme.toml",
         "definitions/scheme-unknown-type.toml:19: type: unknown aspect type 'point'"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.file);
        const std::string message = competition_error(c.file);
        CAPTURE(message);
        CHECK(message.find(c.expected) != std::string::npos);
        // The message starts with the file's path as given.
        CHECK(message.rfind(kDefinitions.string(), 0) == 0);
    }
}

TEST_CASE("each mistake in a scheme file is named by file, line and key") {
    const Case cases[] = {
        {"scheme-missing-code.toml", "scheme-missing-code.toml:2: code: missing"},
        {"scheme-no-criteria.toml", "scheme-no-criteria.toml: criterion: missing"},
        {"scheme-bad-scale.toml", "scheme-bad-scale.toml:5: judgement_scale: 0 is out of range"},
        {"scheme-unknown-type.toml",
         "scheme-unknown-type.toml:19: type: unknown aspect type "
         "'point'; expected pass_fail, difference, points, choice, "
         "judgement or deduction"},
        {"scheme-missing-type.toml", "scheme-missing-type.toml:16: type: missing"},
        {"scheme-missing-aspect-name.toml", "scheme-missing-aspect-name.toml:16: name: missing"},
        {"scheme-missing-max.toml", "scheme-missing-max.toml:16: max: missing"},
        {"scheme-max-zero.toml", "scheme-max-zero.toml:20: max: 0 must be above 0"},
        {"scheme-duplicate-aspect.toml",
         "scheme-duplicate-aspect.toml:17: id: aspect 'A1' is defined twice"},
        {"scheme-duplicate-criterion.toml",
         "scheme-duplicate-criterion.toml:23: id: criterion 'A' is defined twice"},
        {"scheme-id-with-space.toml", "scheme-id-with-space.toml:17: id: 'A 2' must not contain"},
        {"scheme-points-no-count.toml", "scheme-points-no-count.toml:16: points: missing"},
        {"scheme-points-zero.toml", "scheme-points-zero.toml:21: points: 0 is out of range 1..100"},
        {"scheme-points-no-band.toml", "scheme-points-no-band.toml:16: tolerance: missing"},
        {"scheme-target-no-tolerance.toml",
         "scheme-target-no-tolerance.toml:16: tolerance: missing: target needs a tolerance"},
        {"scheme-band-inverted.toml", "scheme-band-inverted.toml:23: upper: 8 is below lower 12"},
        {"scheme-band-mixed.toml",
         "scheme-band-mixed.toml:24: lower: give either target and "
         "tolerance, or lower and upper, not both"},
        {"scheme-difference-no-deduction.toml",
         "scheme-difference-no-deduction.toml:16: deduction: missing"},
        {"scheme-difference-step-zero.toml",
         "scheme-difference-step-zero.toml:24: step: 0 must be above 0"},
        {"scheme-choice-no-options.toml", "scheme-choice-no-options.toml:16: options: missing"},
        {"scheme-choice-no-label.toml", "scheme-choice-no-label.toml:23: label: missing"},
        {"scheme-choice-duplicate-label.toml",
         "scheme-choice-duplicate-label.toml:23: label: '正确' is listed twice"},
        {"scheme-descriptors.toml",
         "scheme-descriptors.toml:21: descriptors: 3 given; one per level 0..3 means 4"},
        {"scheme-judgement-step.toml",
         "scheme-judgement-step.toml:21: step: 0.7 does not divide judgement_scale 3"},
        {"scheme-deduction-missing.toml", "scheme-deduction-missing.toml:16: deduction: missing"},
        {"scheme-deduction-cap-negative.toml",
         "scheme-deduction-cap-negative.toml:21: cap: -10 must be above 0"},
        {"scheme-value-range.toml",
         "scheme-value-range.toml:25: value_max: 900 is below value_min 1100"},
        {"scheme-only-deductions.toml",
         "scheme-only-deductions.toml: max: the scheme has no "
         "marked aspect"},
        {"scheme-syntax.toml", "scheme-syntax.toml:18: name: "},
    };
    for (const Case& c : cases) {
        CAPTURE(c.file);
        const std::string message = scheme_error(c.file);
        CAPTURE(message);
        CHECK(message.rfind(c.expected, 0) == 0);  // the message starts FILE:LINE: KEY
    }
}

TEST_CASE("an unreadable competition file is a DefinitionError naming it") {
    const std::string message = competition_error("no-such-competition.toml");
    CHECK(message.find("no-such-competition.toml: file: ") != std::string::npos);
}

TEST_CASE("definition file reasons are marked for translation; FILE:LINE: KEY stays as written") {
    set_translator([](const char* msgid) -> std::string {
        const std::string id = msgid;
        if (id == "%s is below value_min %s") return "%s 小于 value_min %s";
        if (id == "missing") return "缺少此项";
        return id;
    });
    const std::string range = scheme_error("scheme-value-range.toml");
    const std::string missing = competition_error("missing-name.toml");
    set_translator(nullptr);
    CHECK(range == "scheme-value-range.toml:25: value_max: 900 小于 value_min 1100");
    CHECK(missing.ends_with("missing-name.toml:2: name: 缺少此项"));
    CHECK(scheme_error("scheme-value-range.toml") ==
          "scheme-value-range.toml:25: value_max: 900 is below value_min 1100");
}
