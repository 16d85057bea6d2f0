// Creating and opening competition databases, and what is refused.
#include <doctest/doctest.h>

#include <fstream>

#include "store_fixture.h"

using namespace plumb;
using plumb::test::sqlite_cli;
using plumb::test::TempDir;

TEST_CASE("a created database opens again with the same device id and schema version") {
    TempDir dir;
    const std::string path = dir.file("cup.plumb");
    std::string device;
    {
        Store s = Store::create(path);
        device = s.device_id();
        CHECK(device.size() == 36);
        CHECK(s.path() == path);
        CHECK(s.schema_version() == 3);
        CHECK(s.setting("device") == device);
    }
    Store again = Store::open(path);
    CHECK(again.device_id() == device);
    CHECK(again.schema_version() == 3);
    CHECK(sqlite_cli(path, "PRAGMA user_version;") == "3");
    CHECK(sqlite_cli(path, "PRAGMA application_id;") == std::to_string(0x504C4D42));
    CHECK(sqlite_cli(path, "PRAGMA journal_mode;") == "wal");
    CHECK(sqlite_cli(path, "SELECT id FROM devices;") == device);
}

TEST_CASE("two new databases get different device ids") {
    CHECK(Store::in_memory().device_id() != Store::in_memory().device_id());
}

TEST_CASE("create refuses a file that already exists and leaves it alone") {
    TempDir dir;
    const std::string path = dir.file("taken.plumb");
    std::ofstream(path) << "precious";
    CHECK_THROWS_WITH_AS(Store::create(path), doctest::Contains("already exists"), StoreError);
    std::ifstream in(path);
    std::string text;
    in >> text;
    CHECK(text == "precious");

    Store::create(dir.file("new.plumb"));
    CHECK_THROWS_AS(Store::create(dir.file("new.plumb")), StoreError);
}

TEST_CASE("open refuses a missing file and does not create it") {
    TempDir dir;
    const std::string path = dir.file("missing.plumb");
    CHECK_THROWS_WITH_AS(Store::open(path), doctest::Contains("no competition database"),
                         StoreError);
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK_THROWS_AS(Store::open(dir.path), StoreError);  // a directory
}

TEST_CASE("open refuses files that are not Plumbline databases") {
    TempDir dir;
    SUBCASE("a text file") {
        const std::string path = dir.file("notes.txt");
        std::ofstream(path) << std::string(2000, 'x');
        CHECK_THROWS_WITH_AS(Store::open(path), doctest::Contains("not a Plumbline database"),
                             StoreError);
    }
    SUBCASE("another program's SQLite database") {
        const std::string path = dir.file("other.db");
        REQUIRE(sqlite_cli(path, "CREATE TABLE t (x); INSERT INTO t VALUES (1);").empty());
        CHECK_THROWS_WITH_AS(Store::open(path), doctest::Contains("not a Plumbline database"),
                             StoreError);
    }
    SUBCASE("an empty file") {
        const std::string path = dir.file("empty.plumb");
        std::ofstream(path).flush();
        CHECK_THROWS_WITH_AS(Store::open(path), doctest::Contains("not a Plumbline database"),
                             StoreError);
    }
}

TEST_CASE("open refuses a database written by a newer Plumbline") {
    TempDir dir;
    const std::string path = dir.file("future.plumb");
    Store::create(path);
    REQUIRE(sqlite_cli(path, "PRAGMA user_version = 99;").empty());
    CHECK_THROWS_WITH_AS(Store::open(path), doctest::Contains("newer Plumbline"), StoreError);
}

TEST_CASE("a new database starts clean, its creation the first audit record") {
    Store s = Store::in_memory();
    CHECK(s.path() == ":memory:");
    CHECK(s.schema_version() == 3);
    CHECK(s.integrity_check() == std::vector<std::string>{"ok"});
    CHECK_AUDIT_CLEAN(s);
    // The creation itself is the first audit record of the device's chain.
    const auto log = s.audit_log();
    REQUIRE(log.size() == 1);
    CHECK(log[0].action == "store.create");
    CHECK(log[0].device == s.device_id());
    CHECK(log[0].prev_hash.empty());
    CHECK(log[0].hash.size() == 64);
}

TEST_CASE("integrity_check reports ok on a file") {
    TempDir dir;
    Store s = Store::create(dir.file("ok.plumb"));
    CHECK(s.integrity_check() == std::vector<std::string>{"ok"});
}

TEST_CASE("a database records the build that created it and the one that last opened it to write") {
    TempDir dir;
    const std::string path = dir.file("v.plumb");
    { Store::create(path); }
    Store s = Store::open(path);
    const auto created = s.setting("plumbline.created");
    REQUIRE(created.has_value());
    CHECK(created->find(" (commit ") != std::string::npos);
    CHECK(s.setting("plumbline.written") == created);
    // Another build's mark is replaced when this one opens it again, audited.
    {
        Change c = s.begin(test::organiser("as an older build would have left it"));
        c.set_setting("plumbline.written", "0.0.9 (commit 0123456789ab)");
        c.commit();
    }
    const auto records = s.audit_log().size();
    const Store again = Store::open(path);
    CHECK(again.setting("plumbline.written") == created);
    CHECK(again.audit_log().size() == records + 1);
    CHECK_AUDIT_CLEAN(again);
    // The same build again writes nothing.
    CHECK(Store::open(path).audit_log().size() == records + 1);
}
