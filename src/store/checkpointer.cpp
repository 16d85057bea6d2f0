// The checkpoint thread: see checkpointer.h.
#include "store/checkpointer.h"

#include <sqlite3.h>

namespace plumb {

Checkpointer::Checkpointer(sqlite3* db, std::string file) : db_(db), file_(std::move(file)) {
    // Replaces SQLite's automatic checkpoint, which is itself a WAL hook run inside COMMIT.
    sqlite3_wal_hook(db_, &Checkpointer::on_commit, this);
}

Checkpointer::~Checkpointer() {
    sqlite3_wal_hook(db_, nullptr, nullptr);
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_one();
    if (thread_.joinable()) thread_.join();
}

void Checkpointer::wait_idle() const {
    std::unique_lock lock(mutex_);
    idle_.wait(lock, [this] { return !due_ && !running_; });
}

int Checkpointer::completed() const {
    std::lock_guard lock(mutex_);
    return completed_;
}

// Called after each commit, once the write lock is released, with the WAL's size in pages.
int Checkpointer::on_commit(void* self, sqlite3* db, const char*, int pages) {
    if (pages < kCheckpointPages) return SQLITE_OK;
    auto* c = static_cast<Checkpointer*>(self);
    bool idle = false;
    {
        std::lock_guard lock(c->mutex_);
        idle = !c->running_ && !c->due_;
    }
    // The WAL starts again from its beginning only once a checkpoint has caught up with it,
    // which commits in quick succession never let the thread do: see kCatchUpPages.
    if ((idle && pages >= kCatchUpPages) || pages >= kLimitPages) {
        // At the limit, first let a checkpoint of the thread finish: a PASSIVE checkpoint
        // does not wait for another, and the WAL would grow past its bound meanwhile.
        if (!idle) {
            std::unique_lock lock(c->mutex_);
            c->idle_.wait(lock, [c] { return !c->running_; });
        }
        sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        return SQLITE_OK;
    }
    {
        std::lock_guard lock(c->mutex_);
        c->due_ = true;
    }
    if (!c->thread_.joinable()) c->thread_ = std::thread([c] { c->run(); });
    c->wake_.notify_one();
    return SQLITE_OK;
}

void Checkpointer::run() {
    sqlite3* db = nullptr;
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return due_ || stop_; });
        if (stop_) break;
        due_ = false;
        running_ = true;
        lock.unlock();
        if (!db) {
            if (sqlite3_open_v2(file_.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                                nullptr) == SQLITE_OK) {
                sqlite3_exec(db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
            } else {
                sqlite3_close_v2(db);  // tried again when the next checkpoint is due
                db = nullptr;
            }
        }
        // PASSIVE: copies what it can without waiting for readers or writers; whatever is
        // left is copied next time. A failure here loses nothing: the WAL still holds it all.
        if (db) sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
        running_ = false;
        ++completed_;
        idle_.notify_all();  // wait_idle() and a commit at the limit (on_commit)
    }
    lock.unlock();
    if (db) sqlite3_close_v2(db);
}

}  // namespace plumb
