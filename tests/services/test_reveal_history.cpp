// The chief judge's services: a cell's full history, and the audited reveal of names.
#include <doctest/doctest.h>

#include "acting.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "services/demo.h"
#include "services/history.h"
#include "services/result_state.h"

using namespace plumb;
using namespace plumb::test;
namespace fs = std::filesystem;

namespace {

// A complete demo competition (40 contestants, 10 per trade) in a scratch folder.
struct Demo {
    fs::path dir;
    std::unique_ptr<CompetitionSession> session;
    Demo() {
        char tmpl[] = "/tmp/plumb-reveal-XXXXXX";
        dir = mkdtemp(tmpl);
        session = std::make_unique<CompetitionSession>(
            create_demo(dir / "demo.plumb", DemoOptions{40, 20191018, true}));
    }
    ~Demo() {
        session.reset();
        fs::remove_all(dir);
    }
    const Contestant& first_active(const std::string& event) const {
        static std::vector<Contestant> all;
        all = session->contestants();
        return *std::find_if(all.begin(), all.end(), [&](const Contestant& c) {
            return c.event == event && c.status == ContestantStatus::Active;
        });
    }
};

// A measured value for A1 (wall length) different from `current`.
std::string other_length(const std::string& current) {
    return current == "1500" ? "1501" : "1500";
}

int count_action(const Store& store, const std::string& action, const std::string& subject) {
    const auto log = store.audit_log();
    return static_cast<int>(std::count_if(log.begin(), log.end(), [&](const AuditRecord& r) {
        return r.action == action && r.subject == subject;
    }));
}

}  // namespace

TEST_CASE("a cell's history lists every judge's entries with their reasons, in log order") {
    Demo d;
    const Contestant c = d.first_active("bricklaying");
    const auto before = mark_history(*d.session, c.registration_no, "A1");
    REQUIRE(before.size() == 1);  // the demo's measurement, entered once by the first judge
    const std::string judge = before[0].judge;
    const std::string corrected = other_length(before[0].value);
    enter_mark(*d.session, as(judge), MarkRequest{"bricklaying", c.workstation, judge, "A1", corrected, "re-measured at the top course", {}});
    const std::string second = judge == "J02" ? "J03" : "J02";
    enter_mark(*d.session, as(second), MarkRequest{"bricklaying", c.workstation, second, "A1", before[0].value, {}, {}});
    enter_mark(*d.session, as(second), MarkRequest{"bricklaying", c.workstation, second, "A2", "1008", "not this cell", {}});

    const auto h = mark_history(*d.session, c.registration_no, "A1");
    REQUIRE(h.size() == 3);
    CHECK(h[0].value == before[0].value);
    CHECK(h[0].reason.find("演示数据") != std::string::npos);  // the demo generator's reason
    CHECK(h[1].judge == judge);
    CHECK(h[1].value == corrected);
    CHECK(h[1].reason == "re-measured at the top course");
    CHECK(h[2].judge == second);
    CHECK(std::all_of(h.begin(), h.end(), [&](const MarkEntry& e) {
        return e.aspect == "A1" && e.registration_no == c.registration_no && !e.entered_at.empty();
    }));
    CHECK_FALSE(is_current(h, 0));  // corrected by h[1]
    CHECK(is_current(h, 1));
    CHECK(is_current(h, 2));
    CHECK(mark_history(*d.session, c.registration_no, "Z9").empty());
}

TEST_CASE("reveal is refused while a contestant is incomplete, and nothing is written") {
    Demo d;
    const Contestant c = d.first_active("bricklaying");
    const auto h = mark_history(*d.session, c.registration_no, "A1");
    REQUIRE(!h.empty());
    const std::string other = h[0].judge == "J02" ? "J03" : "J02";
    // A second judge measures differently: a conflict, so the contestant is incomplete.
    enter_mark(*d.session, as(other), MarkRequest{"bricklaying", c.workstation, other, "A1", other_length(h[0].value), {}, {}});
    EventBook book = d.session->book("bricklaying");
    CHECK(book.incomplete_workstations() == std::vector<std::string>{c.workstation});

    CHECK_THROWS_WITH_AS(reveal_event(*d.session, as("chief"), "bricklaying", "results announced"),
                         doctest::Contains("1 contestant is incomplete"), ActionError);
    CHECK_FALSE(d.session->store().event_state("bricklaying").revealed);
    CHECK(count_action(d.session->store(), "reveal", "bricklaying") == 0);
    CHECK(d.session->store().audit_records({"event.state"}).empty());
}

TEST_CASE("revealing a complete event writes its state and an audit record, once") {
    Demo d;
    CHECK_FALSE(d.session->store().event_state("bricklaying").revealed);
    reveal_event(*d.session, as("chief"), "bricklaying");
    CHECK(d.session->store().event_state("bricklaying").revealed);
    CHECK_FALSE(d.session->store().event_state("rebar").revealed);  // one event at a time
    CHECK(count_action(d.session->store(), "reveal", "bricklaying") == 1);
    CHECK(count_action(d.session->store(), "event.state", "bricklaying") == 1);
    const auto log = d.session->store().audit_log();
    const auto it = std::find_if(log.begin(), log.end(),
                                 [](const AuditRecord& r) { return r.action == "reveal"; });
    REQUIRE(it != log.end());
    CHECK(it->actor == "chief");
    CHECK(it->payload.find("reason=names of bricklaying revealed") != std::string::npos);
    CHECK(d.session->store().verify_audit().empty());
    CHECK_THROWS_AS(reveal_event(*d.session, as("chief"), "bricklaying"), ActionError);
    CHECK(count_action(d.session->store(), "reveal", "bricklaying") == 1);
}

TEST_CASE("absent and disqualified contestants do not hold a reveal back") {
    Demo d;
    // The demo's rebar field has an absent contestant; tiling one disqualified for overtime.
    const auto all = d.session->contestants();
    CHECK(std::any_of(all.begin(), all.end(), [](const Contestant& c) {
        return c.event == "rebar" && c.status == ContestantStatus::Absent;
    }));
    EventBook rebar = d.session->book("rebar");
    CHECK(rebar.incomplete_workstations().empty());
    reveal_event(*d.session, as("chief"), "rebar");
    CHECK(d.session->store().event_state("rebar").revealed);
    CHECK_THROWS_WITH_AS(reveal_event(*d.session, as("chief"), "masonry"),
                         doctest::Contains("unknown event"), ActionError);
}
