// Secret settings (a signing key): the value is stored, the audit log holds only its digest,
// and an edit behind the program's back is still found.
#include <doctest/doctest.h>

#include "store_fixture.h"

using namespace plumb;
using namespace plumb::test;

namespace {

const std::string kSecret = "c0ffee00c0ffee00c0ffee00c0ffee00";

bool logged_anywhere(const Store& s, const std::string& text) {
    for (const AuditRecord& r : s.audit_log())
        if (r.payload.find(text) != std::string::npos || r.subject.find(text) != std::string::npos)
            return true;
    return false;
}

}  // namespace

TEST_CASE("a secret is stored, its value never reaches the audit log, and the chain verifies") {
    TempDir dir;
    const std::string path = dir.file("s.plumb");
    {
        Store s = Store::create(path);
        Change c = s.begin(organiser("signing key created"));
        c.set_setting("signing.public", "abcd");
        c.set_secret("signing.secret", kSecret);
        c.commit();
        CHECK(s.setting("signing.secret") == kSecret);
        CHECK_FALSE(logged_anywhere(s, kSecret));
        CHECK(logged_anywhere(s, "value.blake2b="));
        CHECK(logged_anywhere(s, "abcd"));  // the public half is an ordinary, logged setting
        CHECK(s.verify_audit().empty());
    }
    // Edited with the sqlite3 command line: the digest no longer matches.
    sqlite_cli(path, "UPDATE settings SET value = 'beef' WHERE key = 'signing.secret';");
    const auto problems = Store::open(path).verify_audit();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].table == "settings");
    CHECK(problems[0].reason.find("signing.secret") != std::string::npos);
    CHECK(problems[0].reason.find(kSecret) == std::string::npos);
}

TEST_CASE("secrets and ordinary settings are not interchangeable") {
    Store s = Store::in_memory();
    Change c = s.begin(organiser());
    CHECK_THROWS_WITH_AS(c.set_setting("signing.secret", kSecret),
                         doctest::Contains("a secret is set with set_secret"), StoreError);
    CHECK_THROWS_WITH_AS(c.set_secret("signing.public", "abcd"),
                         doctest::Contains("ends in \".secret\""), StoreError);
    c.commit();
    CHECK_FALSE(s.setting("signing.secret").has_value());
    CHECK(s.verify_audit().empty());
}
