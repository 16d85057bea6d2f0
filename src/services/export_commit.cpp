// Export files staged until what the export commits is committed.
#include "services/export_commit.h"

#include <stdexcept>
#include <system_error>

#include "io/file_bytes.h"
#include "os/os_calls.h"

namespace plumb {

TempOutput& ExportFiles::add(const std::filesystem::path& file) {
    files_.push_back(std::make_unique<TempOutput>(file));
    return *files_.back();
}

const TempOutput& ExportFiles::write(const std::filesystem::path& file, const std::string& bytes) {
    const TempOutput& out = add(file);
    std::error_code ec;
    if (!os::write_to_disk(out.path(), bytes, ec)) throw cannot_write(file, ec.message());
    return out;
}

void ExportFiles::place() {
    for (const auto& f : files_) f->commit();
}

ExportSigningKey::ExportSigningKey(CompetitionSession& session) {
    if (auto key = existing_device_key(session.store())) {
        key_ = *key;
        return;
    }
    change_.emplace(session.store().begin(Actor{{}, "plumbline", "signing key created"}));
    key_ = device_key(*change_, session.store());  // another program may have made it meanwhile
}

void ExportSigningKey::commit() {
    if (change_) change_->commit();
}

}  // namespace plumb
