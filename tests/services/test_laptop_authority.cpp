// A laptop can do no more on the master than its kit allows: marks, sign-offs and reopenings
// by its own judges for its own event, dated no later than the master's clock allows. Each
// case is what a judge with sqlite3 and the laptop's signing key did to their own laptop.
#include <doctest/doctest.h>
#include <sodium.h>

#include <algorithm>

#include "exchange/envelope.h"
#include "exchange/packet.h"
#include "forged_packets.h"
#include "laptops_fixture.h"
#include "services/appeals.h"
#include "services/kit_secret.h"
#include "services/result_state.h"
#include "services/signing.h"
#include "services/signoff.h"

using namespace plumb;
using namespace plumb::test;

namespace {

// What import_packets refuses the laptop's packet for; the master must not change.
std::string refusal(Scenario& s, const std::string& packet) {
    const auto before = state_of(s.master->store());
    std::string reason = "imported";
    try {
        import_packets(*s.master, kOrganiserLogin, files({{"packet", packet}}));
    } catch (const PacketRefused& e) {
        REQUIRE(e.reasons().size() == 1);
        reason = e.reasons().front();
    }
    CHECK(state_of(s.master->store()) == before);
    return reason;
}

// Writes behind the services' back on the laptop, as sqlite3 would: the store's own change,
// so the chain stays whole and the packet is signed by the laptop's own key.
void forge(Laptop& l, const std::function<void(Change&)>& write) {
    Change c = l.session->store().begin(Actor{{}, "J01", "forged"});
    write(c);
    c.commit();
}

MarkEntry mark_of(const Laptop& l, const std::string& judge, const std::string& aspect,
                  const std::string& value) {
    MarkEntry e;
    e.judge = judge;
    e.registration_no = l.session->contestants().front().registration_no;
    e.event = l.event;
    e.aspect = aspect;
    e.value = value;
    return e;
}

}  // namespace

TEST_CASE("a kit for some judges carries only their PIN hashes and judges") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying", {"J01", "J03"});
    std::vector<std::string> judges;
    for (const Judge& j : l.session->competition().judges) judges.push_back(j.code);
    CHECK(judges == std::vector<std::string>{"J01", "J03"});
    CHECK(s.master->store().setting("kit.judges:" + l.session->store().device_id()) == "J01,J03");
    CHECK_THROWS_WITH_AS(
        export_kit(*s.master, kOrganiserLogin, "bricklaying", "L2", s.dir / "L2.kit", {"J06"}),
        "J06 is not a judge of bricklaying", ActionError);
}

TEST_CASE("marks in the name of a judge the kit was not made for are refused whole") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying", {"J01", "J03"});
    s.enter(l, {"J01"}, 0, 3);
    // J04 is unknown on this laptop: its own entry refuses them.
    CHECK_THROWS_WITH_AS(mark_as(*l.session, "bricklaying", "01", "J04", "C3", "3"),
                         "unknown judge 'J04'", ActionError);
    // Registered on the laptop behind the services' back (no audit record), then marked.
    const std::string db = l.session->store().path();
    sqlite_edit(db, "INSERT INTO judges VALUES ('J04', '刘保军', '')");
    forge(l, [&](Change& c) { c.add_mark(mark_of(l, "J04", "C3", "3")); });
    CHECK(refusal(s, l.packet()).find("is by J04, who is not one of this laptop's judges") !=
          std::string::npos);
}

TEST_CASE("a judge added on the laptop after its kit is refused whole") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying", {"J01", "J03"});
    forge(l, [&](Change& c) { c.add_judge(Judge{"J04", "刘保军", "", {"bricklaying"}}); });
    CHECK(refusal(s, l.packet()).find("(judge) is not something a judge's laptop may do") !=
          std::string::npos);
}

TEST_CASE("a packet with an appeal, a lock or a setting after the kit is refused whole") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying");
    s.enter(l, {"J01"}, 0, 3);
    forge(l, [](Change& c) {
        c.audit("appeal.decide", "bricklaying/01", "id=12345678\nevent=bricklaying\ndecision=upheld\n");
    });
    CHECK(refusal(s, l.packet()).find("(appeal.decide) is not something a judge's laptop may do") !=
          std::string::npos);
    CHECK(appeals(s.master->store()).empty());

    Scenario t;
    Laptop& m = t.add_laptop("L1", "bricklaying");
    forge(m, [](Change& c) { c.set_setting("roles", "off"); });
    CHECK(refusal(t, m.packet()).find("(setting) is not something a judge's laptop may do") !=
          std::string::npos);

    Scenario u;
    Laptop& n = u.add_laptop("L1", "bricklaying");
    forge(n, [](Change& c) {
        EventState e("bricklaying");
        e.locked = true;
        c.set_event_state(e);
    });
    CHECK(refusal(u, n.packet()).find("(event.state) is not something") != std::string::npos);
}

TEST_CASE("a reopening comes only from a laptop entrusted with the chief judge") {
    Scenario s;
    set_organiser_password(*s.master, Login{}, "organiser-pw");
    const Login organiser = log_in(*s.master, kOrganiser, "organiser-pw");
    set_chief_judge(*s.master, organiser, "bricklaying", "J02");
    set_judge_pin(*s.master, organiser, "J01", "111111");  // a kit with roles on needs a PIN
    Laptop& l = s.add_laptop("L1", "bricklaying", {"J01", "J03"});  // not J02
    const std::string ws = l.session->contestants().front().workstation;
    sign_off(*l.session, as("J01"), "bricklaying", ws, "J01");
    forge(l, [&](Change& c) {
        c.audit("reopen", "bricklaying/" + ws,
                "event=bricklaying\nworkstation=" + ws + "\njudge=J01\n");
    });
    CHECK(refusal(s, l.packet()).find("the chief judge of bricklaying is not one of this "
                                      "laptop's judges") != std::string::npos);
}

TEST_CASE("wrong PINs on a laptop slow that laptop only, never anyone on the master") {
    Scenario s;
    set_organiser_password(*s.master, Login{}, "organiser-pw");
    const Login organiser = log_in(*s.master, kOrganiser, "organiser-pw");
    set_judge_pin(*s.master, organiser, "J02", "222222");
    Laptop& l = s.add_laptop("L1", "bricklaying");
    for (int i = 0; i < 4; ++i) CHECK_THROWS_AS(log_in(*l.session, "J02", "000000"), ActionError);
    CHECK(login_wait(l.session->store(), "J02").count() > 0);
    import_packets(*s.master, organiser, files({{"l1", l.packet()}}));
    CHECK(login_wait(s.master->store(), "J02").count() == 0);
    CHECK(log_in(*s.master, "J02", "222222").who == "J02");
}

TEST_CASE("a record dated later than the master's clock allows is refused whole") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying");
    s.enter(l, {"J01"}, 0, 2);
    // The laptop's clock said 2031: its last record is re-dated, re-hashed and the packet
    // re-signed with the laptop's own key, as its holder could.
    exchange::Packet p = packet_content(l.packet());
    exchange::PacketRecord& last = p.records.back();
    last.at = "2031-06-01T08:00:00.000Z";
    rehash(last);
    const std::string packet = resigned(l, p);
    CHECK(refusal(s, packet).find(
              "gives its time as 2031-06-01T08:00:00.000Z, later than the master's "
              "clock allows") != std::string::npos);
}

TEST_CASE("a time that is not one Plumbline writes is refused, even when it sorts early") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying");
    s.enter(l, {"J01"}, 0, 2);
    for (const std::string& at : {std::string(" 2099-12-31T23:59:59.000Z"),
                                  std::string("2026-12-06 23:59:59"), std::string("garbage")}) {
        CAPTURE(at);
        exchange::Packet p = packet_content(l.packet());
        exchange::PacketRecord& last = p.records.back();
        last.at = at;
        rehash(last);
        const std::string packet = resigned(l, p);
        CHECK(refusal(s, packet).find("gives its time as '" + at +
                                      "', which is not a time Plumbline writes") !=
              std::string::npos);
    }
}

TEST_CASE("a mark entered 'later' than the master's clock, or changed without a reason, is refused") {
    Scenario s;
    s.add_laptop("L1", "bricklaying");
    s.add_laptop("L2", "bricklaying");
    Laptop& l = s.laptops[0];
    s.enter(l, {"J01"}, 0, 2);
    const MarkEntry first = l.session->store().marks().front();
    {
        Laptop& l2 = s.laptops[1];
        forge(l2, [&](Change& c) {
            MarkEntry m = mark_of(l2, "J01", first.aspect, first.value);
            m.entered_at = "2099-12-31T23:59:59.000Z";
            c.add_mark(m);
        });
        CHECK(refusal(s, l2.packet())
                  .find("gives the time the mark was entered as "
                        "2099-12-31T23:59:59.000Z, later than") != std::string::npos);
    }
    // The same cell again with another value and no reason (forge() gives one): the laptop's
    // console asks for one.
    {
        Change c = l.session->store().begin(Actor{{}, "J01", {}});
        MarkEntry m = first;
        m.uuid.clear();
        m.entered_at.clear();
        m.value = other_measurement(first.value);
        m.reason.clear();
        c.add_mark(m);
        c.commit();
    }
    const std::string changed = refusal(s, l.packet());
    CAPTURE(changed);
    CHECK(changed.find("a correction needs a reason") != std::string::npos);
}

TEST_CASE("a sign-off of a workstation the event does not have is refused") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying");
    s.enter(l, {"J01"}, 0, 2);
    forge(l, [&](Change& c) {
        c.audit("signoff", "bricklaying/ZZZ", "event=bricklaying\nworkstation=ZZZ\njudge=J01\n");
    });
    CHECK(refusal(s, l.packet()).find("names workstation 'ZZZ', which bricklaying does not have") !=
          std::string::npos);
}

TEST_CASE("a record filed under another subject than its content is refused") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying");
    s.enter(l, {"J01"}, 0, 40);  // several contestants
    SUBCASE("a mark filed under another contestant's token") {
        // The audit log would list it at another workstation than the one it scores.
        exchange::Packet p = packet_content(l.packet());
        exchange::PacketRecord& last = p.records.back();
        REQUIRE(last.action == "mark");
        const auto other = std::find_if(p.records.begin(), p.records.end(), [&](const auto& r) {
            return r.action == "mark" && r.subject != last.subject;
        });
        REQUIRE(other != p.records.end());
        const std::string own = last.subject;
        last.subject = other->subject;
        rehash(last);
        CHECK(refusal(s, resigned(l, p))
                  .find("is filed under '" + other->subject + "', but its content is about '" +
                        own + "'") != std::string::npos);
    }
    SUBCASE("a sign-off filed under another event's sheet") {
        const std::string ws = s.contestants_of("bricklaying").front().workstation;
        forge(l, [&](Change& c) {
            c.audit("signoff", "rebar/" + ws,
                    "event=bricklaying\nworkstation=" + ws + "\njudge=J01\n");
        });
        CHECK(refusal(s, l.packet())
                  .find("is filed under 'rebar/" + ws +
                        "', but its content is about 'bricklaying/" + ws + "'") !=
              std::string::npos);
    }
    SUBCASE("a kit's import filed under another laptop's name") {
        // The log would say the kit was imported on L2, which is another laptop's.
        exchange::Packet p = packet_content(l.packet());
        const auto kit = std::find_if(p.records.begin(), p.records.end(),
                                      [](const auto& r) { return r.action == "kit.import"; });
        REQUIRE(kit != p.records.end());
        REQUIRE(kit->subject == "L1");
        kit->subject = "L2";
        rehash(*kit);
        for (auto r = kit + 1; r != p.records.end(); ++r) {  // the chain made whole again
            r->prev_hash = (r - 1)->hash;
            rehash(*r);
        }
        CHECK(
            refusal(s, resigned(l, p)).find("is filed under 'L2', but its content is about 'L1'") !=
            std::string::npos);
    }
    SUBCASE("a wrong PIN filed under a sheet") {
        // The log would say "wrong PIN or password for rebar/02".
        forge(l, [&](Change& c) { c.audit("login.fail", "rebar/02", "who=organiser\n"); });
        CHECK(refusal(s, l.packet())
                  .find("is filed under 'rebar/02', but its content is about "
                        "'organiser'") != std::string::npos);
    }
}

TEST_CASE("a laptop cannot send another laptop's uuid and so block that laptop's packets") {
    // L2's packet lies on the shared stick, its uuids in plain sight; L1's judge reuses one in
    // an ordinary mark of their own. Taken first, it would keep L2's record out for good.
    Scenario s;
    Laptop& l1 = s.add_laptop("L1", "bricklaying");
    Laptop& l2 = s.add_laptop("L2", "bricklaying");
    s.enter(l2, {"J02"}, 0, 2);
    const std::string victim = l2.packet();
    const exchange::Packet seen = packet_content(victim);
    const MarkEntry theirs = l2.session->store().marks().front();
    SUBCASE("the uuid of L2's entry") {
        forge(l1, [&](Change& c) {
            MarkEntry m = mark_of(l1, "J01", theirs.aspect, theirs.value);
            m.uuid = theirs.uuid;
            c.add_mark(m);
        });
        CHECK(refusal(s, l1.packet())
                  .find("carries uuid " + theirs.uuid + ", which this laptop did not make") !=
              std::string::npos);
    }
    SUBCASE("the uuid of L2's record") {
        s.enter(l1, {"J01"}, 0, 1);
        exchange::Packet p = packet_content(l1.packet());
        p.records.back().uuid = seen.records.back().uuid;
        rehash(p.records.back());
        CHECK(refusal(s, resigned(l1, p))
                  .find("carries uuid " + seen.records.back().uuid +
                        ", which this laptop did not make") != std::string::npos);
    }
    const auto added = import_packets(*s.master, kOrganiserLogin, files({{"l2", victim}}));
    CHECK(added.front().entries == 2);
}

TEST_CASE("a mark whose value the scheme does not take is refused whole, as the master would") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying");
    s.enter(l, {"J01"}, 0, 2);
    // Written behind the console's back: a value no scheme aspect C3 takes.
    forge(l, [&](Change& c) { c.add_mark(mark_of(l, "J01", "C3", "abc")); });
    CHECK(refusal(s, l.packet()).find("gives C3 the value 'abc', which bricklaying does not "
                                      "take") != std::string::npos);
}

TEST_CASE("a copied kit file alone makes no laptop: the passphrase opens it, and signs packets") {
    Scenario s;
    const KitExport kit =
        export_kit(*s.master, kOrganiserLogin, "bricklaying", "L1", s.dir / "L1.kit");
    CHECK(kit.passphrase.size() == 19);  // XXXX-XXXX-XXXX-XXXX
    const fs::path db = s.dir / "copied.plumb";
    CHECK_THROWS_WITH_AS(import_kit(db, kit.bytes, "AAAA-BBBB-CCCC-DDDD", Actor{{}, "x", {}}),
                         doctest::Contains("the passphrase does not open it"), ActionError);
    CHECK_FALSE(fs::exists(db));
    // Typed with spaces and in lower case, it opens.
    std::string typed = kit.passphrase;
    for (char& c : typed) c = c == '-' ? ' ' : static_cast<char>(std::tolower(c));
    import_kit(db, kit.bytes, typed, Actor{{}, "laptop", {}});
    CompetitionSession laptop = CompetitionSession::open(db);
    // The key is kept sealed: nothing in the file signs without the passphrase.
    CHECK_FALSE(laptop.store().setting("signing.secret").has_value());
    CHECK(laptop.store().setting("signing.sealed.secret").has_value());
    CHECK_THROWS_WITH_AS(export_packet(laptop, "AAAA-BBBB-CCCC-DDDD"),
                         doctest::Contains("the passphrase does not open this laptop's signing key"),
                         ActionError);
    const std::string packet = export_packet(laptop, kit.passphrase);
    CHECK(import_packets(*s.master, kOrganiserLogin, files({{"p", packet}})).size() == 1);
}

TEST_CASE("a sealed key that is empty, short or not hex opens to nothing") {
    for (const std::string& blob : {std::string(), std::string("00"), std::string(200, 'z'),
                                   std::string(201, '0')})
        CHECK_FALSE(open_secret(blob, "K7Q2-M9XD-ABCD-EFGH").has_value());
    const std::string sealed = seal_secret("the key", "K7Q2-M9XD-ABCD-EFGH");
    CHECK(open_secret(sealed, "k7q2 m9xd abcd efgh") == std::string("the key"));
    CHECK_FALSE(open_secret(sealed, "K7Q2-M9XD-ABCD-EFGJ").has_value());
}

TEST_CASE("every input that once crashed the sealed-key reader opens to nothing") {
    int inputs = 0;
    for (const auto& input :
         fs::directory_iterator(fs::path(TEST_DATA_DIR) / "fuzz-regressions" / "fuzz_kit_secret")) {
        const std::string bytes = read_file_bytes(input.path());
        const auto nl = bytes.find('\n');
        CHECK_FALSE(open_secret(nl == std::string::npos ? std::string() : bytes.substr(nl + 1),
                                bytes.substr(0, nl))
                        .has_value());
        ++inputs;
    }
    CHECK(inputs > 0);
}
