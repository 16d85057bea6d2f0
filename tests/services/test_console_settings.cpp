// The console's settings rows: the idle log-out minutes, with 5 when unset or not a number.
#include <doctest/doctest.h>

#include "laptops_fixture.h"
#include "services/console_settings.h"

using namespace plumb;
using namespace plumb::test;

TEST_CASE("idle log-out: 5 minutes unless the competition sets a whole number from 1 to 1440") {
    Scratch dir;
    CompetitionSession s = CompetitionSession::init(dir / "c.plumb", demo_toml(), kOrganiserActor);
    CHECK(idle_logout_minutes(s.store()) == 5);
    const auto set = [&s](const std::string& value) {
        Change c = s.store().begin(kOrganiserActor);
        c.set_setting(keys::kIdleLogoutMinutes, value);
        c.commit();
        return idle_logout_minutes(s.store());
    };
    CHECK(set("12") == 12);
    CHECK(set("1") == 1);
    CHECK(set("1440") == 1440);
    for (const char* invalid : {"0", "-3", "1441", "2.5", "ten", "", "7 minutes", " 7"}) {
        CAPTURE(invalid);
        CHECK(set(invalid) == 5);
    }
}

TEST_CASE("the organiser sets the idle log-out through the gate; others may not") {
    plumb::test::Scratch dir;
    CompetitionSession s = create_demo(dir / "idle.plumb", DemoOptions{8, 11, false});
    set_idle_logout_minutes(s, unchecked_login("organiser"), 12);
    CHECK(idle_logout_minutes(s.store()) == 12);
    CHECK_THROWS_WITH_AS(set_idle_logout_minutes(s, unchecked_login("organiser"), 0),
                         doctest::Contains("1 to 1440"), ActionError);
    set_organiser_password(s, Login{}, "organiser-pw");
    CHECK_THROWS_WITH_AS(set_idle_logout_minutes(s, Login{"J01", Role::Judge}, 3),
                         doctest::Contains("only the organiser"), ActionError);
    CHECK(idle_logout_minutes(s.store()) == 12);
}
