// Private to src/store: which Plumbline created a database and which last opened it to write.
#pragma once

#include "store/store.h"

namespace plumb {

// The settings "plumbline.created" (set when `created`) and "plumbline.written", each
// "VERSION (commit COMMIT)", as audited settings by the actor "plumbline"; written only when
// they differ from this build, so that reopening with the same build changes nothing.
void note_version(Store& store, bool created);

}  // namespace plumb
