// One open competition database: its definition, its store, and reading it (event books,
// results). Every change of it is a gate action (services/gate.h).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/competition.h"
#include "core/entries.h"
#include "core/event_book.h"
#include "core/results.h"
#include "store/store.h"

namespace plumb {

// A refused action (unknown workstation, correction without a reason, ...): a plain message.
class ActionError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ImportSummary {
    int added = 0;      // rows written
    int unchanged = 0;  // rows equal to what was already recorded
};

class CompetitionSession {
public:
    // Creates DB from a competition TOML file (its schemes are copied into the database).
    static CompetitionSession init(const std::filesystem::path& db,
                                   const std::filesystem::path& competition_file,
                                   const Actor& actor);
    static CompetitionSession open(const std::filesystem::path& db);

    const Competition& competition() const { return *competition_; }
    const Event& event(const std::string& code) const;  // throws ActionError when unknown
    Store& store() { return store_; }
    const Store& store() const { return store_; }
    std::vector<Contestant> contestants() const { return store_.contestants(); }

    // Reads the judges again after they were added or changed in the store.
    void reload_judges();

    // The event's marks loaded from the logs, ready to score and rank.
    EventBook book(const std::string& event) const;
    EventResults results(const std::string& event) const;

private:
    CompetitionSession(Store store, std::unique_ptr<Competition> competition);

    Store store_;
    std::unique_ptr<Competition> competition_;  // stable address: EventBooks refer to its events
};

}  // namespace plumb
