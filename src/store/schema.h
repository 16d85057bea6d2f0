// Private to src/store: the schema's forward migrations, one step per version.
#pragma once

#include <SQLiteCpp/Database.h>

namespace plumb {

// The schema version this build writes (PRAGMA user_version).
int latest_schema_version();

// Applies every step after `from` up to latest_schema_version(), setting user_version after
// each. Runs inside the caller's transaction so a failed step leaves the file as it was.
void migrate(SQLite::Database& db, int from);

}  // namespace plumb
