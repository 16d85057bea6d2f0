// Competition lookups and the names of its enumerations as written in files and output.
#include "core/competition.h"

#include <algorithm>

#include "core/translate.h"

namespace plumb {

const char* to_string(Aggregation a) {
    switch (a) {
        case Aggregation::Mean: return "mean";
        case Aggregation::Trimmed: return "trimmed";
        case Aggregation::Median: return "median";
    }
    return "?";
}

std::optional<Aggregation> aggregation_from_string(const std::string& text) {
    if (text == "mean") return Aggregation::Mean;
    if (text == "trimmed") return Aggregation::Trimmed;
    if (text == "median") return Aggregation::Median;
    return std::nullopt;
}

std::string TieBreak::str() const {
    switch (kind) {
        case Kind::Time: return "time";
        case Kind::Practical: return "practical";
        case Kind::Theory: return "theory";
        case Kind::Criterion: return "criterion:" + criterion;
    }
    return "?";
}

std::optional<TieBreak> TieBreak::parse(const std::string& text) {
    if (text == "time") return TieBreak{Kind::Time, {}};
    if (text == "practical") return TieBreak{Kind::Practical, {}};
    if (text == "theory") return TieBreak{Kind::Theory, {}};
    const std::string prefix = "criterion:";
    if (text.rfind(prefix, 0) == 0 && text.size() > prefix.size())
        return TieBreak{Kind::Criterion, text.substr(prefix.size())};
    return std::nullopt;
}

bool Judge::judges(const std::string& event) const {
    return std::find(events.begin(), events.end(), event) != events.end();
}

const Event* Competition::find_event(const std::string& code) const {
    for (const auto& e : events)
        if (e.code == code) return &e;
    return nullptr;
}

std::string Competition::event_words(const std::string& code) const {
    const Event* e = find_event(code);
    return e && messages_in_chinese() && !e->scheme.name.empty() ? e->scheme.name : code;
}

const Event* Competition::find_event_by_name(const std::string& text) const {
    for (const auto& e : events)
        if (e.code == text || e.scheme.name == text || e.scheme.name_en == text) return &e;
    return nullptr;
}

const Judge* Competition::find_judge(const std::string& code) const {
    for (const auto& j : judges)
        if (j.code == code) return &j;
    return nullptr;
}

const char* to_string(ContestantStatus s) {
    switch (s) {
        case ContestantStatus::Active: return "active";
        case ContestantStatus::Absent: return "absent";
        case ContestantStatus::Withdrawn: return "withdrawn";
        case ContestantStatus::Disqualified: return "disqualified";
    }
    return "?";
}

std::optional<ContestantStatus> contestant_status_from_string(const std::string& text) {
    if (text == "active") return ContestantStatus::Active;
    if (text == "absent") return ContestantStatus::Absent;
    if (text == "withdrawn") return ContestantStatus::Withdrawn;
    if (text == "disqualified") return ContestantStatus::Disqualified;
    return std::nullopt;
}

}  // namespace plumb
