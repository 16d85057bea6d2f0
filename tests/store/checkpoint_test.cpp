// WAL checkpoints run on their own thread (store/checkpointer.h): one-mark commits keep the
// WAL small without checkpointing inside COMMIT, and nothing is lost on the way.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>

#include "store/checkpointer.h"
#include "store_fixture.h"

using namespace plumb;
using namespace plumb::test;

namespace {

std::uintmax_t file_size_or_zero(const std::string& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    return ec ? 0 : size;
}

}  // namespace

TEST_CASE("one-mark commits keep the WAL small, and every mark is in the file after closing") {
    TempDir dir;
    const std::string db = dir.file("wal.plumb");
    constexpr int kCommits = 3000;
    std::uintmax_t largest_wal = 0;
    {
        Store s = Store::create(db);
        add_roster(s, 50);
        for (int i = 0; i < kCommits; ++i) {
            Change c = s.begin(Actor{"", "J01", ""});
            c.add_mark(mark("J01", numbered("B00", i % 50 + 1), numbered("A", i / 50), "2.5"));
            c.commit();
            largest_wal = std::max(largest_wal, file_size_or_zero(db + "-wal"));
        }
    }
    // Each commit adds about a dozen 4 KiB pages, so 3,000 commits unchecked would be over
    // 140 MB; a commit catches up itself at kLimitPages (64 MB) at the latest.
    MESSAGE("largest WAL seen: " << largest_wal / 1024 << " KiB");
    CHECK(largest_wal > 0);
    CHECK(largest_wal < (kLimitPages + 100u) * 4096);
    // Closed: the last connection copied the WAL into the database file and removed it.
    CHECK_FALSE(std::filesystem::exists(db + "-wal"));
    CHECK(sqlite_cli(db, "SELECT count(*) FROM mark_log WHERE judge = 'J01';") ==
          std::to_string(kCommits));
    CHECK(sqlite_cli(db, "PRAGMA integrity_check;") == "ok");
    Store again = Store::open(db);
    CHECK(again.verify_audit().empty());
}

TEST_CASE("the checkpoint thread copies the WAL once it passes the threshold") {
    TempDir dir;
    const std::string path = dir.file("raw.db");
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db,
                         "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                         "CREATE TABLE t (x BLOB);",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    {
        Checkpointer checkpointer(db, path);
        // Each commit adds about two pages: 300 commits stay well under the threshold.
        const auto commit_rows = [db](int n) {
            for (int i = 0; i < n; ++i)
                REQUIRE(sqlite3_exec(db, "INSERT INTO t VALUES (zeroblob(3000))", nullptr,
                                     nullptr, nullptr) == SQLITE_OK);
        };
        commit_rows(300);
        CHECK(checkpointer.completed() == 0);
        const auto written_by_300 = std::filesystem::file_size(path + "-wal");
        commit_rows(2200);  // past kCheckpointPages, below kCatchUpPages where a commit steps in
        checkpointer.wait_idle();
        CHECK(checkpointer.completed() >= 1);
        // Copied: a later write starts the WAL again from its beginning instead of appending,
        // so 300 more commits add far less than the 300 first did. (Usually nothing at all;
        // on a loaded machine a few dozen commits can still append before the restart.)
        const auto size = std::filesystem::file_size(path + "-wal");
        commit_rows(300);
        const auto after = std::filesystem::file_size(path + "-wal");
        MESSAGE("the WAL grew by " << after - size << " bytes over 300 commits after the "
                                   << "checkpoint (" << written_by_300 << " for the first 300)");
        CHECK(after < size + written_by_300 / 2);
    }
    sqlite3_stmt* q = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT count(*) FROM t", -1, &q, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(q) == SQLITE_ROW);
    CHECK(sqlite3_column_int(q, 0) == 2800);
    sqlite3_finalize(q);
    sqlite3_close(db);
}
