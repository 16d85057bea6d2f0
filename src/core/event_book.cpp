// Keeps the latest value per (judge, contestant, aspect) and rescores contestants lazily.
#include "core/event_book.h"

#include "core/workstation.h"

#include <algorithm>

namespace plumb {

EventBook::EventBook(const Event& event, int precision, std::vector<Contestant> contestants)
    : event_(event), precision_(precision), aspects_(event.scheme.aspects()) {
    for (auto& c : contestants)
        if (c.event == event.code) contestants_.push_back(std::move(c));
    for (std::size_t i = 0; i < contestants_.size(); ++i)
        by_registration_[contestants_[i].registration_no] = static_cast<int>(i);
    for (std::size_t i = 0; i < aspects_.size(); ++i) aspect_index_[aspects_[i]->id] = i;
    marks_.resize(contestants_.size());
    for (std::size_t i = 0; i < contestants_.size(); ++i) {
        marks_[i].by_aspect.resize(aspects_.size());
        marks_[i].status = contestants_[i].status;
        marks_[i].status_reason = contestants_[i].status_reason;
    }
    sheets_.resize(contestants_.size());
    dirty_.assign(contestants_.size(), true);
}

int EventBook::find(const std::string& registration_no) const {
    return index_of(registration_no);
}

int EventBook::index_of(std::string_view registration_no) const {
    const auto it = by_registration_.find(registration_no);
    return it == by_registration_.end() ? -1 : it->second;
}

int EventBook::find_workstation(const std::string& workstation) const {
    for (std::size_t i = 0; i < contestants_.size(); ++i)
        if (same_workstation(contestants_[i].workstation, workstation)) return static_cast<int>(i);
    return -1;
}

int EventBook::apply(const MarkEntry& entry) {
    if (entry.event != event_.code) return -1;
    return apply(MarkCell{entry.judge, entry.registration_no, entry.aspect, entry.value});
}

int EventBook::apply(const MarkCell& mark) {
    const int c = index_of(mark.registration_no);
    const auto a = aspect_index_.find(mark.aspect);
    if (c < 0 || a == aspect_index_.end()) return -1;
    ContestantMarks& m = marks_[static_cast<std::size_t>(c)];
    auto& values = m.by_aspect[a->second];
    ParsedMark parsed = parse_mark(*aspects_[a->second], event_.scheme.judgement_scale, mark.value);
    auto it = std::find_if(values.begin(), values.end(),
                           [&](const JudgeValue& jv) { return jv.judge == mark.judge; });
    auto& invalid = m.invalid;
    invalid.erase(std::remove(invalid.begin(), invalid.end(), mark.aspect), invalid.end());
    if (!parsed.ok()) {
        // A stored value the scheme no longer accepts: surfaced as an issue, never dropped
        // silently.
        invalid.emplace_back(mark.aspect);
        if (it != values.end()) values.erase(it);
    } else if (it != values.end()) {
        it->value = std::get<MarkValue>(std::move(parsed.result));
    } else {
        // In judge order, not arrival order: merged laptops' marks arrive in any order.
        const auto at = std::find_if(values.begin(), values.end(),
                                     [&](const JudgeValue& jv) { return jv.judge > mark.judge; });
        values.insert(
            at, JudgeValue{std::string(mark.judge), std::get<MarkValue>(std::move(parsed.result))});
    }
    dirty_[static_cast<std::size_t>(c)] = true;
    return c;
}

int EventBook::apply(const TheoryEntry& entry) {
    const int c = find(entry.registration_no);
    if (c < 0) return -1;
    marks_[static_cast<std::size_t>(c)].theory = entry.score;
    dirty_[static_cast<std::size_t>(c)] = true;
    return c;
}

int EventBook::apply(const TimingEntry& entry) {
    const int c = find(entry.registration_no);
    if (c < 0) return -1;
    marks_[static_cast<std::size_t>(c)].seconds = entry.seconds;
    dirty_[static_cast<std::size_t>(c)] = true;
    return c;
}

int EventBook::apply(const StatusEntry& entry) {
    const int c = find(entry.registration_no);
    if (c < 0) return -1;
    auto& m = marks_[static_cast<std::size_t>(c)];
    m.status = entry.status;
    m.status_reason = entry.reason;
    contestants_[static_cast<std::size_t>(c)].status = entry.status;
    contestants_[static_cast<std::size_t>(c)].status_reason = entry.reason;
    dirty_[static_cast<std::size_t>(c)] = true;
    return c;
}

const SheetResult& EventBook::sheet(int contestant) {
    const auto i = static_cast<std::size_t>(contestant);
    if (dirty_.at(i)) {
        sheets_[i] = score_sheet(event_, precision_, marks_[i]);
        dirty_[i] = false;
    }
    return sheets_[i];
}

const std::vector<SheetResult>& EventBook::sheets() {
    for (std::size_t i = 0; i < sheets_.size(); ++i) sheet(static_cast<int>(i));
    return sheets_;
}

RankTable EventBook::rank() {
    return rank_event(event_, sheets());
}

std::vector<std::string> EventBook::incomplete_workstations() {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < contestants_.size(); ++i)
        if (sheet(static_cast<int>(i)).status == RowStatus::Incomplete)
            out.push_back(contestants_[i].workstation);
    sort_workstations(out);
    return out;
}

}  // namespace plumb
