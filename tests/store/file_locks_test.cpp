// SQLite's locks belong to SQLite's own open file, not to the process: other code in the
// process opening and closing the database's files cannot drop them (docs/storage.md, Locks).
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store_fixture.h"

using namespace plumb;
using namespace plumb::test;

namespace {

void add_one_mark(Store& s, const std::string& judge, const std::string& aspect) {
    Change c = s.begin(Actor{"", judge, ""});
    c.add_mark(mark(judge, "B001", aspect, "3"));
    c.commit();
}

// What a file dialog's content sniffing does: open each file, read a little, close it.
void sniff(const std::string& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const int fd = ::open((path + suffix).c_str(), O_RDONLY | O_CLOEXEC);
        REQUIRE(fd >= 0);
        char buf[16];
        CHECK(::read(fd, buf, sizeof buf) >= 0);
        ::close(fd);
    }
}

// Whether this process's file system still has `path` (a removed WAL is only held open).
bool on_disk(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

}  // namespace

TEST_CASE("another program cannot remove the WAL after this process opened and closed the files") {
    TempDir dir;
    const std::string path = rostered_file(dir, "sniffed.plumb");
    Store s = Store::open(path);
    add_one_mark(s, "J01", "A1");
    sniff(path);
    // The sqlite3 shell, plain SQLite with POSIX locks: last to close, it would checkpoint and
    // delete the WAL if it could take the exclusive lock this process must still hold.
    CHECK(sqlite_cli(path, "SELECT count(*) FROM mark_log;") == "1");
    CHECK(on_disk(path + "-wal"));
    add_one_mark(s, "J01", "A2");
    CHECK(sqlite_cli(path, "SELECT count(*) FROM mark_log;") == "2");  // it sees the new mark
}

TEST_CASE("two connections in one process still leave a whole file when the last one closes") {
    TempDir dir;
    const std::string path = rostered_file(dir, "two.plumb");
    {
        Store a = Store::open(path);
        Store b = Store::open(path);
        add_one_mark(a, "J01", "A1");
        sniff(path);
        add_one_mark(b, "J02", "A1");
    }
    // The last connection checkpointed and removed the WAL, as SQLite does with one process.
    CHECK_FALSE(on_disk(path + "-wal"));
    CHECK(sqlite_cli(path, "SELECT count(*) FROM mark_log;") == "2");
}

TEST_CASE("a writer in this process and the sqlite3 shell still wait for each other") {
    TempDir dir;
    const std::string path = rostered_file(dir, "shell.plumb");
    Store s = Store::open(path);
    {
        Change c = s.begin(Actor{"", "J01", ""});  // holds the write lock
        c.add_mark(mark("J01", "B001", "A1", "3"));
        const std::string out =
            sqlite_cli(path, ".timeout 100\nINSERT INTO settings (key, value) VALUES ('x', 'y');");
        CHECK(out.find("locked") != std::string::npos);
        c.commit();
    }
    CHECK(sqlite_cli(path, "SELECT count(*) FROM mark_log;") == "1");
}
