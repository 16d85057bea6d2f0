// Private to src/store: SQLite's file locks tied to SQLite's own open files, not to the process.
#pragma once

#include <string>

namespace plumb {

// Makes SQLite's unix VFS take open-file-description locks (F_OFD_SETLK) instead of POSIX
// record locks, before any database is opened in the process; idempotent. A POSIX lock belongs
// to the process, so closing *any* descriptor of the file (a file dialog sniffing it, a
// thumbnailer, a second library) silently drops it; an OFD lock belongs to the descriptor that
// took it and is only released through that one. docs/storage.md, "Locks".
void use_own_file_locks();

// The write-ahead log of `db_path` as it was when a change began, to tell after COMMIT that
// the change went into the file other programs read (not into a WAL someone removed).
struct WalIdentity {
    unsigned long long device = 0, inode = 0;
    bool known = false;
};
// The identity of DB-wal now (known = false when it does not exist).
WalIdentity wal_identity(const std::string& db_path);

}  // namespace plumb
