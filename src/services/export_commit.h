// Exports that commit something (a laptop's registration, the signing key made on the
// database's first signed export) commit it only with their files: each file is written and
// flushed under a temporary name beside its place, then the change commits, then the files are
// renamed into place. A file that cannot be written commits nothing (docs/rules.md).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "io/temp_output.h"
#include "services/competition_session.h"
#include "services/signing.h"

namespace plumb {

class ExportFiles {
public:
    // A file to write under its temporary name; removed unless placed.
    TempOutput& add(const std::filesystem::path& file);
    // `bytes` as the whole of `file`, flushed; throws naming `file` when it cannot be written.
    const TempOutput& write(const std::filesystem::path& file, const std::string& bytes);
    // After the commit: renames every file into place, in the order added.
    void place();

private:
    std::vector<std::unique_ptr<TempOutput>> files_;
};

// The database's signing key for an export. One made now waits in an open change (holding the
// database's write lock, the first time only) until commit(), after the files are written.
class ExportSigningKey {
public:
    explicit ExportSigningKey(CompetitionSession& session);
    const DeviceKey& key() const { return key_; }
    void commit();  // the new key, if one was made

private:
    std::optional<Change> change_;
    DeviceKey key_;
};

}  // namespace plumb
