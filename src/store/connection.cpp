// The SQLite connection: prepared statements, transactions, busy waiting and error translation.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "core/translate.h"
#include "store/store_impl.h"

namespace plumb {

namespace {

// While another connection holds the lock: try again after short sleeps first (a judge's
// commit holds it for well under a millisecond), longer ones later, for kBusyTimeoutMs in all.
// SQLite's own busy_timeout starts at 1 ms and soon sleeps 100 ms between tries.
int busy_wait(void*, int tries) {
    static constexpr int kSleepUs[] = {50, 100, 200, 300, 500, 1000, 2000, 5000, 10000};
    constexpr int kSteps = sizeof kSleepUs / sizeof kSleepUs[0];
    long waited_us = 0;
    for (int i = 0; i < tries; ++i) waited_us += kSleepUs[std::min(i, kSteps - 1)];
    if (waited_us >= kBusyTimeoutMs * 1000L) return 0;
    std::this_thread::sleep_for(std::chrono::microseconds(kSleepUs[std::min(tries, kSteps - 1)]));
    return 1;
}

}  // namespace

// use_own_file_locks() runs before the database is opened (it is idempotent; a static
// initialiser has normally run it already).
Connection::Connection(const std::string& file, int flags)
    : path((use_own_file_locks(), file)), db(file, flags, kBusyTimeoutMs) {
    sqlite3_busy_handler(db.getHandle(), &busy_wait, nullptr);
}

Connection::~Connection() {
    statements.clear();  // finalize before the connection closes
}

SQLite::Statement& Connection::prepared(const std::string& sql) {
    auto found = statements.find(sql);
    if (found == statements.end())
        found = statements.emplace(sql, std::make_unique<SQLite::Statement>(db, sql)).first;
    return *found->second;
}

void Connection::begin_immediate() {
    if (snapshot_open) throw StoreError("no change can begin while a read snapshot is held");
    // IMMEDIATE takes the write lock now, so a second program waits here (busy_timeout, then
    // retries) instead of failing halfway through its change.
    retry_busy([this] { db.exec("BEGIN IMMEDIATE"); });
    if (!checkpointer) return;  // in memory: no WAL
    // Inside the write transaction the WAL is open. If it is no longer the file on disk,
    // whatever this connection writes is invisible to others and lost when it closes.
    wal = wal_identity(path);
    if (!wal.known) {
        rollback();
        throw wal_gone();
    }
}

void Connection::commit() {
    // A COMMIT that reports busy leaves the transaction open, so it may simply be tried again.
    retry_busy([this] { db.exec("COMMIT"); });
    if (!checkpointer) return;
    const WalIdentity now = wal_identity(path);
    if (!now.known || now.device != wal.device || now.inode != wal.inode) throw wal_gone();
}

StoreError Connection::wal_gone() const {
    return StoreError(format(tr("%s: its write-ahead log (%s-wal) was removed or replaced by "
                                "another program, so this change is not safely on disk: close "
                                "the competition and open it again"),
                             {path, path}));
}

void Connection::rollback() noexcept {
    db.tryExec("ROLLBACK");
}

Prepared::Prepared(Connection& store, const std::string& sql) : q_(&store.prepared(sql)) {
    q_->tryReset();
    q_->clearBindings();
}

Prepared::~Prepared() {
    q_->tryReset();
}

bool is_busy(const SQLite::Exception& e) {
    const int code = e.getErrorCode();
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

bool wait_after_busy(int attempt) {
    // busy_timeout already waited up to 5 s inside SQLite; back off a little more, up to
    // about a minute in all, before letting "database is locked" reach the user.
    constexpr int kMaxAttempts = 12;
    if (attempt >= kMaxAttempts) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(std::min(50 * attempt, 500)));
    return true;
}

StoreError store_error(const std::string& what, const SQLite::Exception& e) {
    std::string message = what + ": " + e.what();
    if (is_busy(e))
        message += " (another program kept the database busy; try again when it has finished)";
    return StoreError(message, e.getErrorCode());
}

}  // namespace plumb
