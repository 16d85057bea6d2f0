// Problems found while importing a CSV file: one per bad field, all reported together.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace plumb {

// One problem, located as organisers see it in their spreadsheet.
struct RowError {
    std::string file;
    int line = 0;
    std::string field;  // column name as the file's header spells it; empty for a whole row
    std::string reason;

    // "file:line: field: reason" ("file:line: reason" when no field is named).
    std::string str() const;
    friend bool operator==(const RowError&, const RowError&) = default;
};

// Thrown when a file cannot be imported; nothing of it is kept (all or nothing).
class ImportError : public std::runtime_error {
public:
    explicit ImportError(std::vector<RowError> errors);
    const std::vector<RowError>& errors() const { return errors_; }

private:
    std::vector<RowError> errors_;
};

// Collects the problems of one file while an importer walks it, then throws them together.
class ErrorList {
public:
    explicit ErrorList(std::string file) : file_(std::move(file)) {}
    void add(int line, std::string field, std::string reason);
    bool empty() const { return errors_.empty(); }
    const std::vector<RowError>& errors() const { return errors_; }
    // Throws ImportError with every collected problem, if there is any.
    void throw_if_any() const;

private:
    std::string file_;
    std::vector<RowError> errors_;
};

}  // namespace plumb
