// Kit and packet contents through Boost text archives: everything comes back, and hostile
// archives are refused with ContentError instead of crashing or allocating what they claim.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "exchange/content_error.h"
#include "exchange/kit.h"
#include "exchange/packet.h"

using namespace plumb;
using namespace plumb::exchange;

namespace {

Kit sample_kit() {
    Kit k;
    k.competition = "11111111-2222-4333-8444-555555555555";
    k.competition_name = "“征云杯”全市农民工技能大赛";
    k.device = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
    k.device_name = "laptop 1";
    k.event = "bricklaying";
    k.sources = {{"competition.toml", "name = \"x\"\n\n  spaces and\ttabs "}, {"scheme:a", ""}};
    k.judges = {
        {"J01", "王建国", "焦作市建筑技工学校", {"bricklaying", "rebar"}, "$argon2id$v=19$"}};
    k.chief_judge = "J01";
    k.contestants = {{"b-0011223344556677", "01", {"J01"}}, {"b-8899aabbccddeeff", "02", {}}};
    return k;
}

Packet sample_packet() {
    Packet p;
    p.competition = "c";
    p.device = "d";
    p.event = "bricklaying";
    p.records = {{"u1", "d", "J01", "2019-10-18T09:00:00.000Z", "mark", "b-1",
                  "uuid=e1\nreason=\\n escaped\n", "", "h1"}};
    MarkEntry m;
    m.uuid = "e1";
    m.value = "2;3;6;1";
    m.reason = "line one\nline two";
    p.marks = {m};
    TheoryEntry t;
    t.score = *Decimal::parse("87.5");
    p.theory = {t};
    TimingEntry tm;
    tm.seconds = 9876543210;
    p.timings = {tm};
    StatusEntry s;
    s.status = ContestantStatus::Absent;
    p.statuses = {s};
    return p;
}

std::string content_refusal(const std::string& archive) {
    try {
        read_packet_archive(archive);
    } catch (const ContentError& e) {
        return e.what();
    }
    return "accepted";
}

}  // namespace

TEST_CASE("a kit comes back from its archive field for field") {
    const Kit k = sample_kit();
    const Kit back = read_kit_archive(kit_archive(k));
    CHECK(back.competition_name == k.competition_name);
    CHECK(back.sources == k.sources);
    REQUIRE(back.judges.size() == 1);
    CHECK(back.judges[0].name == "王建国");
    CHECK(back.judges[0].events == std::vector<std::string>{"bricklaying", "rebar"});
    CHECK(back.judges[0].pin_hash == "$argon2id$v=19$");
    CHECK(back.chief_judge == "J01");
    REQUIRE(back.contestants.size() == 2);
    CHECK(back.contestants[0].token == "b-0011223344556677");
    CHECK(back.contestants[0].conflicted_judges == std::vector<std::string>{"J01"});
    CHECK(back.contestants[1].workstation == "02");
}

TEST_CASE("a packet comes back from its archive with its records and entries") {
    const Packet p = sample_packet();
    const Packet back = read_packet_archive(packet_archive(p));
    REQUIRE(back.records.size() == 1);
    CHECK(back.records[0].payload == p.records[0].payload);
    CHECK(back.records[0].at == "2019-10-18T09:00:00.000Z");
    REQUIRE(back.marks.size() == 1);
    CHECK(back.marks[0].reason == "line one\nline two");
    CHECK(back.marks[0].value == "2;3;6;1");
    REQUIRE(back.theory.size() == 1);
    CHECK(back.theory[0].score.str() == "87.5");
    REQUIRE(back.timings.size() == 1);
    CHECK(back.timings[0].seconds == 9876543210);
    REQUIRE(back.statuses.size() == 1);
    CHECK(back.statuses[0].status == ContestantStatus::Absent);
}

TEST_CASE("a string longer than the archive is refused before it is allocated") {
    // "competition" claims 10^15 bytes.
    CHECK(content_refusal("1000000000000000 QUJD") ==
          "it claims a text longer than the file could hold");
}

TEST_CASE("a list claiming more items than allowed is refused, one that lies runs out") {
    const std::string five_empty_texts = "0 0 0 0 0 ";
    CHECK(content_refusal(five_empty_texts + "99999999999") ==
          "too many audit records (99999999999; at most 2000000)");
    CHECK(content_refusal(five_empty_texts + "1000") != "accepted");
}

TEST_CASE("a truncated or trailing archive is refused") {
    const std::string good = packet_archive(sample_packet());
    CHECK(content_refusal(good) == "accepted");
    for (std::size_t n = 0; n < good.size(); n += 5) {
        CAPTURE(n);
        CHECK(content_refusal(good.substr(0, n)) != "accepted");
    }
    CHECK(content_refusal(good + " 7") == "its content goes on after the end");
}

TEST_CASE("random bytes and random mutations never crash the reader") {
    const std::string good = packet_archive(sample_packet());
    std::mt19937 rng(20191018);
    int refused = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string s = good;
        const int flips = 1 + static_cast<int>(rng() % 4);
        for (int f = 0; f < flips; ++f) s[rng() % s.size()] = static_cast<char>(rng() % 256);
        try {
            read_packet_archive(s);
        } catch (const ContentError&) {
            ++refused;
        }
    }
    CHECK(refused > 0);  // some mutations (inside a base64 text) still read
    for (int i = 0; i < 500; ++i) {
        std::string s(rng() % 200, '\0');
        for (char& c : s) c = static_cast<char>(rng() % 256);
        try {
            read_kit_archive(s);
        } catch (const ContentError&) {
        }
    }
}
