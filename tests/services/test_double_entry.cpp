// Double entry: a transcribed mark becomes current only when a second operator types the same.
#include <doctest/doctest.h>

#include "laptops_fixture.h"
#include "services/double_entry.h"
#include "services/importing.h"

using namespace plumb;
using namespace plumb::test;

namespace {

struct Transcribing {
    Scratch dir;
    std::unique_ptr<CompetitionSession> s;
    Transcribing() {
        s = std::make_unique<CompetitionSession>(
            CompetitionSession::init(dir / "paper.plumb", demo_toml(), kOrganiserActor));
        Scenario::copy_roster_of(*s, 8);
        set_double_entry(*s, kOrganiserLogin, "bricklaying", true);
    }
    // `who` types J01's mark: plumb mark and the console's entry as that operator.
    MarkResult type(const std::string& who, const std::string& value,
                    const std::string& aspect = "A1", const std::string& reason = {}) {
        return enter_mark(*s, as(who),
                          MarkRequest{"bricklaying", ws(), "J01", aspect, value, reason, {}})
            .result;
    }
    std::string ws() const {
        for (const Contestant& c : s->contestants())
            if (c.event == "bricklaying") return c.workstation;
        return {};
    }
    std::optional<std::string> current() const {
        const auto c = s->store().contestant_at("bricklaying", ws()).value();
        return s->store().current_mark("J01", c.registration_no, "A1");
    }
};

}  // namespace

TEST_CASE("a mark typed once waits; typed again alike by another operator it is current") {
    Transcribing t;
    CHECK(t.s->store().event_state("bricklaying").double_entry);
    CHECK_FALSE(t.s->store().event_state("rebar").double_entry);
    CHECK(t.type("clerk A", "1493") == MarkResult::Waiting);
    CHECK_FALSE(t.current().has_value());
    CHECK(t.s->store().mark_count() == 0);
    REQUIRE(open_pairs(t.s->store(), "bricklaying").size() == 1);
    CHECK_THROWS_WITH_AS(t.type("clerk A", "1493"), doctest::Contains("another operator"),
                         ActionError);
    CHECK(t.type("clerk B", "1493") == MarkResult::Agreed);
    CHECK(t.current() == "1493");
    CHECK(t.s->store().mark_count() == 1);
    CHECK(open_pairs(t.s->store(), "bricklaying").empty());
    CHECK(t.type("clerk C", "1493") == MarkResult::Unchanged);
    CHECK(t.s->store().verify_audit().empty());
}

// A recorded mark changes only with a reason, as everywhere else: typing another value twice
// does not change it silently.
TEST_CASE("a recorded mark changed under double entry needs the reason with its first entry") {
    Transcribing t;
    REQUIRE(t.type("clerk A", "1493") == MarkResult::Waiting);
    REQUIRE(t.type("clerk B", "1493") == MarkResult::Agreed);
    const auto marks = t.s->store().mark_count();
    CHECK_THROWS_WITH_AS(t.type("clerk A", "1490"), doctest::Contains("needs a reason"),
                         ActionError);
    CHECK(open_pairs(t.s->store(), "bricklaying").empty());
    CHECK_THROWS_WITH_AS(t.type("clerk A", "1490", "A1", " \t　"),  // spaces are no reason
                         doctest::Contains("needs a reason"), ActionError);
    CHECK(t.type("clerk A", "1490", "A1", "sheet re-read") == MarkResult::Waiting);
    CHECK(t.current() == "1493");
    CHECK(t.type("clerk B", "1490") == MarkResult::Agreed);
    CHECK(t.current() == "1490");
    REQUIRE(t.s->store().mark_count() == marks + 1);
    const auto c = t.s->store().contestant_at("bricklaying", t.ws()).value();
    CHECK(t.s->store().mark_history(c.registration_no, "A1").back().reason ==
          "entered twice, agreed (was 1493): sheet re-read");
    CHECK(t.s->store().verify_audit().empty());
}

TEST_CASE("two operators who disagree leave no mark and a listed disagreement") {
    Transcribing t;
    CHECK(t.type("clerk A", "1493") == MarkResult::Waiting);
    CHECK(t.type("clerk B", "1494") == MarkResult::Disagreed);
    CHECK_FALSE(t.current().has_value());
    auto pairs = open_pairs(t.s->store(), "bricklaying");
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].state == "disagreed");
    CHECK(pairs[0].first_value == "1493");
    CHECK(pairs[0].second_value == "1494");
    CHECK(pairs[0].first_by == "clerk A");
    CHECK(pairs[0].second_by == "clerk B");
    // Entered afresh by two operators: the pair starts over.
    CHECK(t.type("clerk B", "1494") == MarkResult::Waiting);
    CHECK(open_pairs(t.s->store(), "bricklaying")[0].state == "waiting");
    CHECK(t.type("clerk A", "1494") == MarkResult::Agreed);
    CHECK(t.current() == "1494");
    CHECK_THROWS_WITH_AS(t.type("clerk A", "9", "C3"), doctest::Contains("outside"), ActionError);
}

TEST_CASE("a marks file under double entry is one operator's entries; a second file agrees") {
    Transcribing t;
    const fs::path csv = t.dir / "marks.csv";
    std::ofstream(csv) << "event,workstation,judge,aspect,value\nbricklaying," << t.ws()
                       << ",J01,A1,1493\n";
    CHECK(import_marks(*t.s, as("clerk A"), csv).added == 1);
    CHECK_FALSE(t.current().has_value());
    CHECK(open_pairs(t.s->store(), "bricklaying").size() == 1);
    CHECK_THROWS_WITH_AS(import_marks(*t.s, as("clerk A"), csv),
                         doctest::Contains("another operator"), ActionError);
    import_marks(*t.s, as("clerk B"), csv);
    CHECK(t.current() == "1493");
}

TEST_CASE("double entry matches workstation 5 and 05 as plumb mark does") {
    Transcribing t;
    const std::string ws = t.ws();
    REQUIRE(ws.size() > 1);
    REQUIRE(ws.front() == '0');
    CHECK(enter_mark(*t.s, as("clerk A"), MarkRequest{"bricklaying", ws.substr(1), "J01", "A1", "1493", {}, {}})
              .result == MarkResult::Waiting);
    CHECK(enter_mark(*t.s, as("clerk B"), MarkRequest{"bricklaying", ws, "J01", "A1", "1493", {}, {}})
              .result == MarkResult::Agreed);
    CHECK(t.current() == "1493");
}
