// Two connections, threads or processes writing one file: they wait for each other, nothing lost.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <set>
#include <thread>

#include "store_fixture.h"

using namespace plumb;
using namespace plumb::test;

namespace {

void add_one_mark(Store& s, const std::string& judge, int n) {
    Change c = s.begin(Actor{"", judge, ""});
    c.add_mark(mark(judge, "B001", numbered("A", n), std::to_string(n)));
    c.commit();
}

}  // namespace

TEST_CASE("two stores on one file writing alternately lose nothing") {
    TempDir dir;
    const std::string path = rostered_file(dir, "shared.plumb");
    Store a = Store::open(path);
    Store b = Store::open(path);
    CHECK(a.device_id() == b.device_id());
    for (int i = 0; i < 50; ++i) {
        add_one_mark(a, "J01", i);
        add_one_mark(b, "J02", i);
        CHECK(a.mark_count() == 2 * i + 2);  // each sees the other's commits at once
    }
    const auto marks = b.marks();
    REQUIRE(marks.size() == 100);
    CHECK(marks[0].judge == "J01");
    CHECK(marks[1].judge == "J02");
    CHECK_AUDIT_CLEAN(a);
}

TEST_CASE("two threads writing at once both get through") {
    TempDir dir;
    const std::string path = rostered_file(dir, "threads.plumb");
    std::atomic<int> failures{0};
    auto writer = [&](const std::string& judge) {
        try {
            Store s = Store::open(path);
            for (int i = 0; i < 100; ++i) {
                Change c = s.begin(Actor{"", judge, ""});
                for (int k = 0; k < 5; ++k)
                    c.add_mark(mark(judge, numbered("B00", k + 1), numbered("A", i), "1"));
                c.commit();
                (void)s.mark_count();  // reads interleave with the other thread's writes
            }
        } catch (const std::exception& e) {
            MESSAGE(e.what());
            ++failures;
        }
    };
    std::thread one(writer, "J01");
    std::thread two(writer, "J02");
    one.join();
    two.join();
    CHECK(failures == 0);
    Store s = Store::open(path);
    CHECK(s.mark_count() == 1000);
    std::set<std::string> uuids;
    for (const MarkEntry& m : s.marks()) uuids.insert(m.uuid);
    CHECK(uuids.size() == 1000);
    CHECK_AUDIT_CLEAN(s);
}

TEST_CASE("a change waits while another program holds the write lock") {
    TempDir dir;
    const std::string path = rostered_file(dir, "wait.plumb");
    std::atomic<bool> holding{false};
    std::thread slow([&] {
        Store s = Store::open(path);
        Change c = s.begin(Actor{"", "J01", ""});
        c.add_mark(mark("J01", "B001", "A1", "3"));
        holding = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        c.commit();
    });
    while (!holding) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    Store s = Store::open(path);
    const auto started = std::chrono::steady_clock::now();
    add_one_mark(s, "J02", 2);
    CHECK(std::chrono::steady_clock::now() - started >= std::chrono::milliseconds(200));
    slow.join();
    const auto marks = s.marks();
    REQUIRE(marks.size() == 2);
    CHECK(marks[0].judge == "J01");  // the holder committed first
    CHECK(marks[1].judge == "J02");
}

TEST_CASE("two processes writing one file lose nothing") {
    TempDir dir;
    const std::string path = rostered_file(dir, "processes.plumb");
    auto write_marks = [&path](const std::string& judge) {
        Store s = Store::open(path);
        for (int i = 0; i < 100; ++i) add_one_mark(s, judge, i);
    };
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        int code = 0;
        try {
            write_marks("J02");
        } catch (...) {
            code = 1;
        }
        _exit(code);
    }
    write_marks("J01");
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    Store s = Store::open(path);
    CHECK(s.mark_count() == 200);
    CHECK_AUDIT_CLEAN(s);
}

TEST_CASE("a read snapshot sees one state while another connection commits, then the new one") {
    TempDir dir;
    const std::string path = rostered_file(dir, "shared.plumb");
    Store reader = Store::open(path);
    Store writer = Store::open(path);
    add_one_mark(writer, "J01", 1);
    const std::int64_t records = reader.audit_count();
    const std::string digest = reader.audit_digest(records);
    {
        const Store::Snapshot snapshot = reader.snapshot();
        add_one_mark(writer, "J02", 2);  // committed while the reader is checking
        CHECK(reader.audit_count() == records);
        CHECK(reader.mark_count() == 1);
        CHECK(reader.verify_audit().empty());  // its own read transaction is the snapshot's
        CHECK(reader.audit_count() == records);
        CHECK(reader.audit_digest(records) == digest);
        CHECK_THROWS_AS(reader.begin(Actor{"", "J01", ""}), StoreError);
    }
    CHECK(reader.audit_count() > records);
    CHECK(reader.mark_count() == 2);
    add_one_mark(reader, "J01", 3);  // and it writes again
    CHECK(reader.mark_count() == 3);
}
