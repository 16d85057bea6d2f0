// Moves WAL checkpoints off the commit path: a judge's commit only appends to the WAL and
// syncs it; copying the WAL back into the database file happens on a thread of its own.
#pragma once

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

struct sqlite3;

namespace plumb {

// WAL pages (4 KiB) after which the thread checkpoints: four times SQLite's default, so that
// the disk is busy with a checkpoint under fewer commits (bench/entry_bench's p99).
inline constexpr int kCheckpointPages = 4000;
// Past this, a commit that finds the thread idle copies the pages since its last checkpoint.
inline constexpr int kCatchUpPages = 2 * kCheckpointPages;
// Past this, a commit copies whatever is left, idle thread or not: the WAL's largest size.
inline constexpr int kLimitPages = 4 * kCheckpointPages;

class Checkpointer {
public:
    // Turns off automatic checkpoints on `db` and watches its commits instead. The thread
    // starts, and opens `file` again for itself, when the first checkpoint is due.
    Checkpointer(sqlite3* db, std::string file);
    // Waits for a checkpoint in progress; the last connection to close checkpoints the rest.
    ~Checkpointer();
    Checkpointer(const Checkpointer&) = delete;
    Checkpointer& operator=(const Checkpointer&) = delete;

    // Checkpoints run so far (for tests).
    int completed() const;
    // Waits until no checkpoint is due or running (for tests): the last one started after the
    // last commit, so everything committed is copied.
    void wait_idle() const;

private:
    static int on_commit(void* self, sqlite3* db, const char* name, int pages);
    void run();

    sqlite3* db_;
    std::string file_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    mutable std::condition_variable idle_;
    bool due_ = false;
    bool running_ = false;
    bool stop_ = false;
    int completed_ = 0;
    std::thread thread_;
};

}  // namespace plumb
