// Three laptops and a master: kits out, packets in, in every order and twice; the merged
// master ranks exactly like one machine that took every mark, and nothing is lost or leaked.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "io/results_export.h"
#include "laptops_fixture.h"
#include "services/check.h"
#include "services/roster_admin.h"
#include "services/signoff.h"

using namespace plumb;
using namespace plumb::test;

namespace {

// Bricklaying on two laptops (J01, J02 on L1; J03..J05 on L2), rebar on L3. J03 also measures
// A1 on L2: the same length as J01 except at the first workstation, a conflict.
struct ThreeLaptops : Scenario {
    std::string p1_early, p1, p2, p3;
    std::string conflict_ws;

    ThreeLaptops() {
        Laptop& l1 = add_laptop("L1", "bricklaying");
        Laptop& l2 = add_laptop("L2", "bricklaying");
        Laptop& l3 = add_laptop("L3", "rebar");
        enter(l1, {"J01", "J02"}, 0, 25);
        p1_early = l1.packet();
        enter(l1, {"J01", "J02"}, 25);
        p1 = l1.packet();
        enter(l2, {"J03", "J04", "J05"});
        bool first = true;
        for (const MarkEntry& e : reference->store().marks("bricklaying")) {
            if (e.aspect != "A1") continue;
            const std::string value = first ? other_measurement(e.value) : e.value;
            if (first) conflict_ws = workstation_of(e.registration_no);
            enter_one(l2, e.registration_no, "J03", "A1", value);
            first = false;
        }
        p2 = l2.packet();
        enter(l3, {"J06", "J07", "J08", "J09", "J10"});
        p3 = l3.packet();
    }

    std::set<std::string> laptop_mark_uuids() const {
        std::set<std::string> out;
        for (const Laptop& l : laptops)
            for (const MarkEntry& e : l.session->store().marks()) out.insert(e.uuid);
        return out;
    }
};

bool has_item(const CheckReport& r, const std::string& ws, const std::string& kind,
              const std::string& aspect) {
    for (const EventCheck& e : r.events)
        for (const CheckItem& i : e.items)
            if (i.workstation == ws && i.kind == kind && i.aspect == aspect) return true;
    return false;
}

}  // namespace

TEST_CASE("packets merged in every order, and again, rank exactly like one machine") {
    ThreeLaptops s;
    const std::string brick_single = results_json(s.single->results("bricklaying"));
    const std::string rebar_single = results_json(s.single->results("rebar"));
    const std::set<std::string> uuids = s.laptop_mark_uuids();
    REQUIRE(uuids.size() == static_cast<std::size_t>(s.single->store().mark_count()));
    // The bricklaying field ranks all but the conflicted contestant.
    CHECK(brick_single.find("\"rank\": 1") != std::string::npos);

    std::vector<std::pair<const char*, std::string>> packets = {
        {"p1-early", s.p1_early}, {"p1", s.p1}, {"p2", s.p2}, {"p3", s.p3}};
    std::vector<int> order = {0, 1, 2, 3};
    int orders = 0;
    do {
        const fs::path copy = s.copy_master("order" + std::to_string(orders) + ".plumb");
        CompetitionSession m = CompetitionSession::open(copy);
        for (int i : order) {
            const auto r =
                import_packets(m, kOrganiserLogin, files({packets[static_cast<std::size_t>(i)]}));
            REQUIRE(r.size() == 1);
        }
        const auto before = state_of(m.store());
        // Twice: every packet again, all at once, adds nothing.
        const auto again = import_packets(
            m, kOrganiserLogin, files({packets[0], packets[1], packets[2], packets[3]}));
        for (const PacketImport& r : again) CHECK(r.records == 0);
        CHECK(state_of(m.store()) == before);

        CHECK(results_json(m.results("bricklaying")) == brick_single);
        CHECK(results_json(m.results("rebar")) == rebar_single);
        std::set<std::string> merged;
        for (const MarkEntry& e : m.store().marks()) merged.insert(e.uuid);
        CHECK(merged == uuids);  // nothing lost, nothing added
        const CheckReport report = check_competition(m, kOrganiserLogin, "bricklaying");
        CHECK(has_item(report, s.conflict_ws, "conflict", "A1"));
        CHECK(report.audit_problems.empty());
        CHECK(verify_packets(m).empty());
        ++orders;
    } while (std::next_permutation(order.begin(), order.end()));
    CHECK(orders == 24);
}

TEST_CASE("merged marks name the real contestants; the laptops never knew them") {
    ThreeLaptops s;
    import_packets(*s.master, kOrganiserLogin, files({{"p1", s.p1}, {"p2", s.p2}, {"p3", s.p3}}));
    std::set<std::string> registered;
    for (const Contestant& c : s.master->contestants()) registered.insert(c.registration_no);
    for (const MarkEntry& e : s.master->store().marks()) CHECK(registered.count(e.registration_no));
    for (const Laptop& l : s.laptops) {
        for (const Contestant& c : l.session->contestants()) {
            CHECK(c.name.empty());
            CHECK(c.id_number.empty());
            CHECK(c.phone.empty());
            CHECK(c.employer.empty());
            CHECK(c.registration_no.rfind("b-", 0) == 0);
            CHECK_FALSE(registered.count(c.registration_no));
        }
        // Not a name, ID number or phone number of the roster anywhere in the laptop's file.
        const std::string bytes = read_file_bytes(l.path);
        for (const Contestant& c : s.master->contestants()) {
            CHECK(bytes.find(c.name) == std::string::npos);
            CHECK(bytes.find(c.id_number) == std::string::npos);
            if (!c.phone.empty()) CHECK(bytes.find(c.phone) == std::string::npos);
        }
    }
}

TEST_CASE("the master's audit keeps every laptop's chain verifiable after the merge") {
    ThreeLaptops s;
    import_packets(*s.master, kOrganiserLogin, files({{"p3", s.p3}, {"p1-early", s.p1_early}}));
    import_packets(*s.master, kOrganiserLogin, files({{"p2", s.p2}, {"p1", s.p1}}));
    CHECK(s.master->store().verify_audit().empty());
    CHECK(verify_packets(*s.master).empty());
    // Each laptop's chain from its kit's import on is on the master, record for record; the
    // setup before it (the laptop's copy of its kit) stays on the laptop.
    for (const Laptop& l : s.laptops) {
        bool from_kit = false;
        int setup = 0;
        for (const AuditRecord& r : l.session->store().audit_log()) {
            from_kit = from_kit || r.action == "kit.import";
            const auto here = s.master->store().audit_record(r.uuid);
            if (!from_kit) {
                CHECK_FALSE(here.has_value());
                ++setup;
                continue;
            }
            REQUIRE(here.has_value());
            CHECK(here->hash == r.hash);
            CHECK(here->device == l.session->store().device_id());
        }
        CHECK(from_kit);
        CHECK(setup > 10);  // store.create, sources, judges, contestants, settings
    }
    CHECK(s.master->store().packets().size() == 4);
}

TEST_CASE("audit verify's packet check finds a swapped key and records no packet brought") {
    ThreeLaptops s;
    import_packets(*s.master, kOrganiserLogin, files({{"p1", s.p1}, {"p3", s.p3}}));
    REQUIRE(verify_packets(*s.master).empty());
    const fs::path path = s.copy_master("edited.plumb");
    const std::string sql =
        "UPDATE devices SET public_key = zeroblob(32) WHERE name = 'L3';"
        "DELETE FROM packets WHERE device = (SELECT id FROM devices WHERE "
        "name = 'L1');";
    sqlite_edit(path, sql);
    const CompetitionSession edited = CompetitionSession::open(path);
    const auto problems = verify_packets(edited);
    int bad_signatures = 0, unbrought = 0;
    for (const std::string& p : problems) {
        bad_signatures += p.find("its signature is not valid") != std::string::npos;
        unbrought += p.find("came in no packet kept here") != std::string::npos;
    }
    CHECK(bad_signatures == 1);
    // L1's and L3's records on the master (from each kit's import on) are no longer vouched
    // for by a packet whose signature holds.
    const auto kept = [](const Laptop& l) {
        int n = 0;
        bool from_kit = false;
        for (const AuditRecord& r : l.session->store().audit_log()) {
            from_kit = from_kit || r.action == "kit.import";
            n += from_kit;
        }
        return n;
    };
    CHECK(unbrought == kept(s.laptops[0]) + kept(s.laptops[2]));
}

TEST_CASE("records moved across devices in the master's log are found by their place") {
    // The chief corrects a laptop judge's mark on the master; the laptop corrects it again
    // later, and its packet makes that value current. Swapping the two records' places (and
    // their rows') with sqlite3 would make the chief's value current again: every chain and
    // every row still matches, so only where a packet put its records shows it.
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying");
    s.enter(l, {"J01"}, 0, 1);
    import_packets(*s.master, kOrganiserLogin, files({{"p1", l.packet()}}));
    const MarkEntry first = s.master->store().marks().back();
    const std::string ws = s.workstation_of(first.registration_no);
    const std::string chiefs = other_measurement(first.value);
    const std::string laptops = other_measurement(chiefs);
    enter_mark(*s.master, kOrganiserLogin,
               MarkRequest{"bricklaying", ws, "J01", first.aspect, chiefs, "measured again", {}});
    s.enter_one(l, first.registration_no, "J01", first.aspect, laptops, "remeasured");
    import_packets(*s.master, kOrganiserLogin, files({{"p2", l.packet()}}));
    const auto current = [&] {
        return CompetitionSession::open(s.dir / "moved.plumb")
            .store()
            .current_mark("J01", first.registration_no, first.aspect);
    };
    REQUIRE(s.master->store().marks().size() == 3);  // mark_log rows 1, 2 (chief's), 3
    const std::vector<AuditRecord> log = s.master->store().audit_log();
    REQUIRE(log.size() >= 3);
    const AuditRecord& chief = log[log.size() - 3];
    REQUIRE(chief.action == "mark");
    REQUIRE(chief.device == s.master->store().device_id());
    REQUIRE(log[log.size() - 2].device == l.session->store().device_id());
    REQUIRE(log.back().action == "packet");
    const std::string m = std::to_string(chief.seq), n = std::to_string(chief.seq + 1);
    const fs::path path = s.copy_master("moved.plumb");
    CHECK(current() == std::optional<std::string>(laptops));
    sqlite_edit(path,
                "UPDATE audit SET seq = -1 WHERE seq = " + m + "; UPDATE audit SET seq = " + m +
                    " WHERE seq = " + n + "; UPDATE audit SET seq = " + n +
                    " WHERE seq = -1; UPDATE mark_log SET seq = -1, audit_seq = -1 WHERE seq = 2;"
                    " UPDATE mark_log SET seq = 2, audit_seq = " +
                    m + " WHERE seq = 3; UPDATE mark_log SET seq = 3, audit_seq = " + n +
                    " WHERE seq = -1;");
    CHECK(current() == std::optional<std::string>(chiefs));  // what the edit was for
    const CompetitionSession edited = CompetitionSession::open(path);
    CHECK(edited.store().verify_audit().empty());
    const auto problems = verify_packets(edited);
    REQUIRE_FALSE(problems.empty());
    CHECK(std::any_of(problems.begin(), problems.end(), [&](const std::string& p) {
        return p == "audit record " + m + " of device " + l.session->store().device_id() +
                        " is not where a kept packet put it (records were moved)";
    }));
}

// A laptop knows each contestant by the workstation its kit gave; after a new draw or a moved
// workstation its judge would score the work at a workstation for whoever sat there before.
TEST_CASE("once a kit is made for an event, its draw and workstations are fixed") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying");
    const std::vector<Contestant> before = s.master->contestants();
    const auto audit = s.master->store().audit_log().size();
    CHECK_THROWS_WITH_AS(draw(*s.master, kOrganiserLogin, "bricklaying", 99),
                         doctest::Contains("judge kits were made for"), ActionError);
    Contestant moved = *std::find_if(before.begin(), before.end(), [](const Contestant& c) {
        return c.event == "bricklaying" && !c.workstation.empty();
    });
    moved.workstation = "99";
    CHECK_THROWS_WITH_AS(update_contestant(*s.master, kOrganiserLogin, moved, "relabelled"),
                         doctest::Contains("cannot change now"), ActionError);
    moved.workstation = "";  // nor leave it
    CHECK_THROWS_AS(update_contestant(*s.master, kOrganiserLogin, moved, "relabelled"),
                    ActionError);
    const auto where = [](const std::vector<Contestant>& people) {
        std::vector<std::string> out;
        for (const Contestant& c : people) out.push_back(c.registration_no + "@" + c.workstation);
        return out;
    };
    CHECK(where(s.master->contestants()) == where(before));
    CHECK(s.master->store().audit_log().size() == audit);
    // Another event, without kits, draws as before.
    CHECK_FALSE(draw(*s.master, kOrganiserLogin, "rebar", 99).empty());
    (void)l;
}

// A judge scores on one device; when the master already holds their value from elsewhere (the
// chief typed it on the master's console), a packet's other value becomes current as the later
// one, and the import says so: it never replaces a value silently.
TEST_CASE("a packet's mark that replaces a value entered on another device is said") {
    Scenario s;
    Laptop& l = s.add_laptop("L1", "bricklaying");
    const std::vector<Contestant> people = s.contestants_of("bricklaying");
    const std::string ws1 = people.at(0).workstation, ws2 = people.at(1).workstation;
    mark_as(*s.master, "bricklaying", ws1, "J01", "C3", "2");
    mark_as(*s.master, "bricklaying", ws2, "J01", "C3", "2");
    mark_as(*l.session, "bricklaying", ws1, "J01", "C3", "3");  // replaces the master's 2
    mark_as(*l.session, "bricklaying", ws2, "J01", "C3", "2");  // the same value
    mark_as(*l.session, "bricklaying", ws1, "J01", "C4", "1");  // nothing there before
    const auto imported = import_packets(*s.master, kOrganiserLogin, files({{"p", l.packet()}}));
    REQUIRE(imported.size() == 1);
    CHECK(imported[0].entries == 3);
    REQUIRE(imported[0].replaced.size() == 1);
    CHECK(imported[0].replaced[0] == "J01's C3 at workstation " + ws1 +
                                         " was 2, entered on the master; L1's 3 replaced it "
                                         "without a reason");
    const auto c = s.master->store().contestant_at("bricklaying", ws1).value();
    CHECK(s.master->store().current_mark("J01", c.registration_no, "C3") == "3");
    // The laptop's own later correction, with its reason, replaces only its own value.
    mark_as(*l.session, "bricklaying", ws1, "J01", "C3", "1", "recounted");
    const auto again = import_packets(*s.master, kOrganiserLogin, files({{"p", l.packet()}}));
    CHECK(again[0].entries == 1);
    CHECK(again[0].replaced.empty());
}

// Only what a kit named is fixed: a contestant registered after the kits (or in the wrong
// trade) is on no laptop, and moves like any other.
TEST_CASE("a contestant no kit named moves after the kits were made") {
    Scenario s;
    s.add_laptop("L1", "tiling");
    Contestant late;
    late.registration_no = "ZY901";
    late.name = "张三";
    late.id_number = "410802197704023193";
    late.gender = "男";
    late.event = "tiling";
    late.workstation = "99";
    add_contestant(*s.master, kOrganiserLogin, late);
    late.workstation = "98";
    CHECK(update_contestant(*s.master, kOrganiserLogin, late, "bench broken"));
    late.event = "carpentry";
    CHECK(update_contestant(*s.master, kOrganiserLogin, late, "wrong trade"));
    CHECK(s.master->store().contestant_at("carpentry", "98")->registration_no == "ZY901");
    // One the kit named stays.
    Contestant named = s.contestants_of("tiling").front();
    named.workstation = "97";
    CHECK_THROWS_WITH_AS(update_contestant(*s.master, kOrganiserLogin, named, "moved"),
                         doctest::Contains("cannot change now"), ActionError);
}

// A sign-off belongs to the contestant at its workstation, even on a sheet with no marks yet:
// a new draw would put another contestant under it.
TEST_CASE("a new draw waits while a judge's sign-off stands") {
    Scenario s;
    const std::string ws = s.contestants_of("bricklaying").front().workstation;
    sign_off(*s.master, kOrganiserLogin, "bricklaying", ws, "J01");
    CHECK_THROWS_WITH_AS(draw(*s.master, kOrganiserLogin, "bricklaying", 5),
                         doctest::Contains(("J01 has signed off workstation " + ws).c_str()),
                         ActionError);
    reopen(*s.master, kOrganiserLogin, "bricklaying", ws, "J01", "the draw is repeated");
    CHECK_FALSE(draw(*s.master, kOrganiserLogin, "bricklaying", 5).empty());
}
