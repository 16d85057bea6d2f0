// Private to src/store: the connection, its prepared statements, error and busy handling.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <memory>
#include <string>
#include <unordered_map>

#include "store/checkpointer.h"
#include "store/file_locks.h"
#include "store/store.h"

namespace plumb {

inline constexpr int kApplicationId = 0x504C4D42;  // "PLMB" in the database header
inline constexpr int kBusyTimeoutMs = 5000;  // see busy_wait in connection.cpp
// SQLite page cache of a connection: large imports stay in memory until COMMIT.
inline constexpr int kCacheKiB = 65536;

// One open database; Store::Impl is this, under the name store.h declares.
struct Connection {
    Connection(const std::string& file, int flags);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // A statement prepared once per connection and reused (see Prepared).
    SQLite::Statement& prepared(const std::string& sql);

    // BEGIN IMMEDIATE and COMMIT, waiting out other writers (see retry_busy).
    void begin_immediate();
    void commit();
    void rollback() noexcept;
    StoreError wal_gone() const;

    std::string path;
    SQLite::Database db;
    // Destroyed before db; set for database files (not for in-memory ones).
    std::unique_ptr<Checkpointer> checkpointer;
    std::string device;
    int version = 0;
    bool change_open = false;
    bool snapshot_open = false;  // a Store::Snapshot holds a read transaction
    // The WAL a change began in (database files only): COMMIT refuses to report success when
    // it is no longer the file's WAL (see begin_immediate).
    WalIdentity wal;
    // Destroyed before db: the map is declared after it.
    std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> statements;
};

struct Store::Impl : Connection {
    using Connection::Connection;
};

// Borrows a cached statement, reset and unbound; resets it again when done so that no read
// transaction is left open between calls (in WAL that would freeze this connection's snapshot).
class Prepared {
public:
    Prepared(Connection& store, const std::string& sql);
    ~Prepared();
    Prepared(const Prepared&) = delete;
    Prepared& operator=(const Prepared&) = delete;
    SQLite::Statement* operator->() { return q_; }
    SQLite::Statement& operator*() { return *q_; }

private:
    SQLite::Statement* q_;
};

// True for SQLITE_BUSY / SQLITE_LOCKED: another connection holds the lock for now.
bool is_busy(const SQLite::Exception& e);
// Sleeps a little longer after each busy attempt; false once the overall wait is over.
bool wait_after_busy(int attempt);

// Runs `f`, running it again while SQLite reports the database busy (beyond busy_timeout),
// for up to about a minute, so that two programs sharing a file wait for each other.
template <class F>
auto retry_busy(F&& f) -> decltype(f()) {
    for (int attempt = 1;; ++attempt) {
        try {
            return f();
        } catch (const SQLite::Exception& e) {
            if (!is_busy(e) || !wait_after_busy(attempt)) throw;
        }
    }
}

// The StoreError for an SQLite failure while doing `what`, SQLite's code kept.
StoreError store_error(const std::string& what, const SQLite::Exception& e);

// Runs a read of the database: busy retried, SQLite failures rethrown as StoreError.
template <class F>
auto guarded_read(const std::string& what, F&& f) -> decltype(f()) {
    try {
        return retry_busy(f);
    } catch (const SQLite::Exception& e) {
        throw store_error(what, e);
    }
}

}  // namespace plumb
