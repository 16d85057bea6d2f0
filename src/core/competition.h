// The competition as organisers define it: events with their rules, judges, contestants.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/decimal.h"
#include "core/scheme.h"

namespace plumb {

enum class Aggregation { Mean, Trimmed, Median };
const char* to_string(Aggregation a);
std::optional<Aggregation> aggregation_from_string(const std::string& text);

// One tie-break key, applied in the event's order after the total.
struct TieBreak {
    enum class Kind { Time, Practical, Theory, Criterion } kind = Kind::Time;
    std::string criterion;  // for Kind::Criterion
    std::string str() const;
    static std::optional<TieBreak> parse(const std::string& text);
};

struct TitleRule {
    std::string name;
    int top = 0;
    std::optional<Decimal> min_total;
    std::string grade_action;  // e.g. "晋升高一级职业技能等级": suggested to HR, never applied here
};

struct AwardRules {
    enum class Mode { Counts, Percent } mode = Mode::Counts;
    Decimal first, second, third, merit;  // counts (whole numbers) or percentages
    std::optional<Decimal> min_total;
    enum class BoundaryTies { Higher, Lower } boundary_ties = BoundaryTies::Higher;
    std::vector<TitleRule> titles;
};

struct OvertimeRule {
    Decimal deduction_per_minute;
    std::optional<int> max_minutes;  // more minutes over than this: disqualified
};

struct Event {
    std::string code;
    std::string scheme_path;  // as written in the competition file
    MarkingScheme scheme;
    std::optional<int> time_limit_minutes;
    Decimal theory_weight;
    Decimal practical_weight = Decimal::from_int(1);
    Aggregation aggregation = Aggregation::Mean;
    int trim = 1;
    int trim_min_judges = 5;
    int min_judges = 1;
    std::optional<Decimal> spread_limit;
    std::vector<TieBreak> tie_breaks;
    bool shared_places = true;
    OvertimeRule overtime;
    AwardRules awards;
    std::vector<std::string> workstations;  // optional labels handed out by the draw

    bool needs_theory() const { return theory_weight > Decimal(); }
    bool needs_time() const { return time_limit_minutes.has_value(); }
};

struct Judge {
    std::string code;
    std::string name;
    std::string employer;
    std::vector<std::string> events;
    bool judges(const std::string& event) const;
};

struct Competition {
    std::string name;
    std::string organiser;
    std::string venue;
    std::string starts;  // ISO dates
    std::string ends;
    int precision = 2;
    std::vector<Judge> judges;
    std::vector<Event> events;

    const Event* find_event(const std::string& code) const;
    // The event whose code or scheme name (中文 or English) is `text`.
    const Event* find_event_by_name(const std::string& text) const;
    const Judge* find_judge(const std::string& code) const;
    // How messages name the event `code`: by its trade's name (the scheme's, 砌筑工) when they
    // are in Chinese, by its code in English; an unknown code as it is.
    std::string event_words(const std::string& code) const;
};

enum class ContestantStatus { Active, Absent, Withdrawn, Disqualified };
const char* to_string(ContestantStatus s);
std::optional<ContestantStatus> contestant_status_from_string(const std::string& text);

struct Contestant {
    std::string registration_no;
    std::string name;
    std::string id_number;
    std::string gender;
    std::string employer;
    std::string event;
    std::string phone;
    std::string workstation;
    std::optional<int> draw_no;
    ContestantStatus status = ContestantStatus::Active;
    std::string status_reason;
};

}  // namespace plumb
