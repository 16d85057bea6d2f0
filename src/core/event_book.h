// An event's marks held in memory: current values per contestant, scored and ranked on demand.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/competition.h"
#include "core/entries.h"
#include "core/ranking.h"
#include "core/sheet.h"

namespace plumb {

// Built from the append-only logs; applying one more entry rescores only that contestant,
// so re-ranking after a new mark costs one sheet plus a sort.
class EventBook {
public:
    EventBook(const Event& event, int precision, std::vector<Contestant> contestants);

    const Event& event() const { return event_; }
    int precision() const { return precision_; }
    const std::vector<Contestant>& contestants() const { return contestants_; }
    // Index of a contestant by registration number or workstation; -1 when not in this event.
    int find(const std::string& registration_no) const;
    int find_workstation(const std::string& workstation) const;

    // Each returns the contestant's index, or -1 when the entry is not for this event.
    int apply(const MarkEntry& entry);
    int apply(const MarkCell& mark);  // a mark of this event (the log read by event)
    int apply(const TheoryEntry& entry);
    int apply(const TimingEntry& entry);
    int apply(const StatusEntry& entry);

    const ContestantMarks& marks(int contestant) const {
        return marks_.at(static_cast<std::size_t>(contestant));
    }
    const SheetResult& sheet(int contestant);
    const std::vector<SheetResult>& sheets();
    // Workstations of competing contestants whose sheet is still incomplete (missing or
    // conflicting marks, theory, time), in natural order. Results may be locked, and names
    // revealed, only when there are none: the one lock condition.
    std::vector<std::string> incomplete_workstations();
    RankTable rank();

private:
    // Lookups by string_view, so marks read in place need no copies.
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept {
            return std::hash<std::string_view>{}(s);
        }
    };
    template <class T>
    using ByText = std::unordered_map<std::string, T, TextHash, std::equal_to<>>;
    int index_of(std::string_view registration_no) const;

    const Event& event_;
    int precision_;
    std::vector<Contestant> contestants_;
    ByText<int> by_registration_;
    ByText<std::size_t> aspect_index_;
    std::vector<const Aspect*> aspects_;
    std::vector<ContestantMarks> marks_;
    std::vector<SheetResult> sheets_;
    std::vector<bool> dirty_;
};

}  // namespace plumb
