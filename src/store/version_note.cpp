// Recording the build that made and last wrote a database (the only file that includes the
// generated version.h, so a new commit recompiles this alone).
#include "store/version_note.h"

#include "version.h"

namespace plumb {

void note_version(Store& store, bool created) {
    const std::string build = std::string(PLUMB_VERSION) + " (commit " + PLUMB_COMMIT + ")";
    const bool written = store.setting("plumbline.written") == build;
    if (written && !created) return;
    Change change = store.begin(Actor{{}, "plumbline", "opened by Plumbline " + build});
    if (created) change.set_setting("plumbline.created", build);
    if (!written) change.set_setting("plumbline.written", build);
    change.commit();
}

}  // namespace plumb
