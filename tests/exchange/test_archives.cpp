// Kit and packet contents through Boost archives (text for kits and packets of format 1, binary
// for packets of format 2): everything comes back, and hostile archives are refused with
// ContentError instead of crashing or allocating what they claim.
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

// A packet of format 2: a chain of two records of its device, with its seal.
Packet sample_packet_v2() {
    Packet p;
    p.competition = "c";
    p.device = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
    p.device_name = "砌筑 1";
    p.event = "bricklaying";
    p.made_at = "2019-10-18T11:30:00.000Z";
    p.seal = "42-ABCD-EFGH-JKLM-NPQR";
    p.records = {{"u1", p.device, "J01", "2019-10-18T09:00:00.000Z", "kit.import", "砌筑 1",
                  "master=c\nevent=bricklaying\n", "h0", "h1"},
                 {"u2", p.device, "J01", "2019-10-18T09:01:00.000Z", "mark", "b-1",
                  "uuid=e1\nreason=\\n escaped\n", "h1", "h2"}};
    return p;
}

std::string content_refusal(const std::string& archive, std::uint32_t format = 1) {
    try {
        read_packet_archive(archive, format);
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
    const Packet back = read_packet_archive(packet_archive(p, 1), 1);
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

TEST_CASE("a packet of format 2 comes back with its seal and its chain, sent once") {
    const Packet p = sample_packet_v2();
    const std::string archive = packet_archive(p, 2);
    const Packet back = read_packet_archive(archive, 2);
    CHECK(back.seal == p.seal);
    CHECK(back.device_name == "砌筑 1");
    REQUIRE(back.records.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CAPTURE(i);
        CHECK(back.records[i].uuid == p.records[i].uuid);
        CHECK(back.records[i].device == p.device);  // the packet's, not sent per record
        CHECK(back.records[i].prev_hash == p.records[i].prev_hash);
        CHECK(back.records[i].payload == p.records[i].payload);
        CHECK(back.records[i].hash == p.records[i].hash);
    }
    CHECK(back.marks.empty());  // entries are the records' payloads
    // Raw bytes, no base64: the payload's text is in the archive as it is.
    CHECK(archive.find("uuid=e1\nreason=\\n escaped\n") != std::string::npos);
    CHECK(archive.find(p.records[0].device) == archive.rfind(p.records[0].device));
    // The same packet as text (format 1) is larger.
    CHECK(packet_archive(p, 1).size() > archive.size());
}

TEST_CASE("format 2 writes only a chain of its own device") {
    Packet p = sample_packet_v2();
    p.records[1].prev_hash = "h9";
    CHECK_THROWS_AS(packet_archive(p, 2), std::invalid_argument);
    p = sample_packet_v2();
    p.records[0].device = "other";
    CHECK_THROWS_AS(packet_archive(p, 2), std::invalid_argument);
}

TEST_CASE("format 2 refuses a truncated, trailing or oversized archive") {
    const std::string good = packet_archive(sample_packet_v2(), 2);
    CHECK(content_refusal(good, 2) == "accepted");
    for (std::size_t n = 0; n < good.size(); ++n) {
        CAPTURE(n);
        CHECK(content_refusal(good.substr(0, n), 2) != "accepted");
    }
    CHECK(content_refusal(good + '\0', 2) == "its content goes on after the end");
    // The competition's length, little-endian in its first 8 bytes, claims 2^40 bytes.
    std::string huge = good;
    huge[5] = '\x01';
    CHECK(content_refusal(huge, 2) == "it claims a text longer than the file could hold");
    // A format 1 archive is not a format 2 one, and the other way round.
    CHECK(content_refusal(packet_archive(sample_packet_v2(), 1), 2) != "accepted");
    CHECK(content_refusal(good, 1) != "accepted");
}

TEST_CASE("random mutations of a format 2 archive never crash the reader") {
    const std::string good = packet_archive(sample_packet_v2(), 2);
    std::mt19937 rng(20191019);
    int refused = 0, read = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string s = good;
        const int flips = 1 + static_cast<int>(rng() % 4);
        for (int f = 0; f < flips; ++f) s[rng() % s.size()] = static_cast<char>(rng() % 256);
        try {
            const Packet p = read_packet_archive(s, 2);
            ++read;
            // What reads writes again to the same bytes.
            CHECK(packet_archive(p, 2) == s);
        } catch (const ContentError&) {
            ++refused;
        }
    }
    CHECK(refused > 0);
    CHECK(read > 0);  // flips inside a text still read
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
    const std::string good = packet_archive(sample_packet(), 1);
    CHECK(content_refusal(good) == "accepted");
    for (std::size_t n = 0; n < good.size(); n += 5) {
        CAPTURE(n);
        CHECK(content_refusal(good.substr(0, n)) != "accepted");
    }
    CHECK(content_refusal(good + " 7") == "its content goes on after the end");
}

TEST_CASE("random bytes and random mutations never crash the reader") {
    const std::string good = packet_archive(sample_packet(), 1);
    std::mt19937 rng(20191018);
    int refused = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string s = good;
        const int flips = 1 + static_cast<int>(rng() % 4);
        for (int f = 0; f < flips; ++f) s[rng() % s.size()] = static_cast<char>(rng() % 256);
        try {
            read_packet_archive(s, 1);
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
