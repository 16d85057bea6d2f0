// Score packets merged on the master, the program killed at any moment: each packet is all in
// or not in, and merging again ends exactly where a merge without kills does.
#include "io/file_bytes.h"
#include "services/judge_kit.h"
#include "services/score_packet.h"

#include "crash_harness.h"

using namespace plumb;
using namespace plumb::crash;

namespace {

// A master of 20 bricklaying contestants with laptops registered, and each laptop's packet.
struct Laptops {
    fs::path master;                           // as it was before any packet came in
    std::vector<std::string> files;            // one packet per laptop
    std::vector<std::string> devices;          // the laptops' device ids
    std::vector<std::set<std::string>> marks;  // the uuids of each packet's marks
};

// Every judge's judgement scores for every workstation on each laptop, one change per judge
// (300 marks: packets small enough for many kills in a few seconds).
Laptops make_laptops(const Scratch& dir, int count) {
    Laptops out;
    out.master = dir / "master.plumb";
    create_competition(out.master, 20);
    CompetitionSession master = CompetitionSession::open(out.master);
    const Event& event = master.event("bricklaying");
    static const char* const kValues[] = {"1", "2", "3"};
    for (int k = 0; k < count; ++k) {
        const std::string name = "L" + std::to_string(k + 1);
        const fs::path db = dir / (name + ".plumb");
        const KitExport kit = export_kit(master, unchecked_login("organiser"), event.code, name,
                                         dir / (name + ".kit"));
        import_kit(db, kit.bytes, kit.passphrase, Actor{{}, "laptop", {}});
        CompetitionSession laptop = CompetitionSession::open(db);
        int n = k;
        for (const Judge& j : laptop.competition().judges) {
            Change change = laptop.store().begin(Actor{{}, j.code, {}});
            for (const Contestant& c : laptop.contestants())
                for (const Aspect* a : event.scheme.aspects()) {
                    if (!a->is_judgement()) continue;
                    MarkEntry e;
                    e.judge = j.code;
                    e.registration_no = c.registration_no;  // the laptop's token
                    e.event = event.code;
                    e.aspect = a->id;
                    e.value = kValues[n++ % 3];
                    change.add_mark(e);
                }
            change.commit();
        }
        std::set<std::string> uuids;
        for (const MarkEntry& m : laptop.store().marks()) uuids.insert(m.uuid);
        out.files.push_back((dir / (name + ".packet")).string());
        write_file_atomically(out.files.back(), export_packet(laptop, kit.passphrase));
        out.devices.push_back(kit.device_id);
        out.marks.push_back(std::move(uuids));
    }
    return out;
}

std::vector<std::string> merge_args(const fs::path& db, const Laptops& l) {
    std::vector<std::string> args = {"merge", db.string()};
    args.insert(args.end(), l.files.begin(), l.files.end());
    return args;
}

std::set<std::string> mark_uuids(const Store& store) {
    std::set<std::string> out;
    for (const MarkEntry& m : store.marks()) out.insert(m.uuid);
    return out;
}

struct Tally {
    int whole = 0, none = 0;  // packets found all in, not in, after the kills
    int unfinished = 0;       // kills after which some packet was still to come
};

// After a kill: every packet all in (with its file kept) or not in at all, every acknowledged
// one in; the file is sound and its audit chain and packet signatures verify.
void check_after_kill(const fs::path& db, const Laptops& l, const std::set<std::string>& acks,
                      Tally& t) {
    const CompetitionSession s = CompetitionSession::open(db);
    const auto stored = mark_uuids(s.store());
    std::set<std::string> kept;
    for (const ReceivedPacket& p : s.store().packets()) kept.insert(p.device);
    bool all_in = true;
    for (std::size_t k = 0; k < l.files.size(); ++k) {
        std::size_t in = 0;
        for (const std::string& u : l.marks[k]) in += stored.count(u);
        INFO(l.files[k] << ": " << in << " of its " << l.marks[k].size() << " marks are in");
        const bool whole = in == l.marks[k].size();
        CHECK((in == 0 || whole));
        CHECK(whole == (kept.count(l.devices[k]) == 1));
        if (acks.count(l.files[k])) CHECK(whole);
        (whole ? t.whole : t.none)++;
        all_in = all_in && whole;
    }
    t.unfinished += !all_in;
    CHECK(s.store().integrity_check() == std::vector<std::string>{"ok"});
    for (const AuditProblem& p : s.store().verify_audit()) FAIL_CHECK(p.reason);
    for (const std::string& p : verify_packets(s)) FAIL_CHECK(p);
}

}  // namespace

TEST_CASE("packets merged one by one and killed at random moments are each all in or not in") {
    Scratch dir;
    const Laptops l = make_laptops(dir, 6);

    // The same packets merged without a kill: how long that takes, and where it ends.
    const fs::path reference = dir / "reference.plumb";
    fs::copy_file(l.master, reference);
    Driver whole(merge_args(reference, l));
    const int code = whole.wait();
    INFO("the merge without kills: " << whole.errors());
    REQUIRE(code == 0);
    REQUIRE(whole.lines().size() == l.files.size());
    const int full_ms = static_cast<int>(whole.elapsed_ms());
    const Store expected = Store::open(reference.string());

    // Rounds on a fresh copy of the master: the first run is killed before it can finish, and
    // the driver is started again on the same file after each kill until one run gets to the
    // end by itself.
    const int cycles = kills(40);
    int killed = 0, rounds = 0;
    Tally t;
    fs::path db;
    while (killed < cycles) {
        db = dir / ("round-" + std::to_string(++rounds) + ".plumb");
        fs::copy_file(l.master, db);
        std::set<std::string> acks;
        for (int run = 1;; ++run) {
            REQUIRE(run < 200);
            Driver d(merge_args(db, l));
            const bool exited =
                d.read_until(uniform(1, run == 1 ? full_ms * 9 / 10 : full_ms * 6 / 5));
            if (!exited) d.kill_now();
            INFO("round " << rounds << ", run " << run << ": " << d.errors());
            if (exited || !d.killed()) {  // it got to the end (perhaps just before the kill)
                REQUIRE(d.wait() == 0);
                break;
            }
            CHECK(d.errors() == "");
            ++killed;
            collect_acks(d, acks);
            check_after_kill(db, l, acks, t);
        }
        // Merged to the end after its kills: the same marks and records as without any.
        const Store merged = Store::open(db.string());
        CHECK(mark_uuids(merged) == mark_uuids(expected));
        CHECK(merged.mark_count() == expected.mark_count());
        CHECK(merged.audit_log().size() == expected.audit_log().size());
        CHECK(merged.packets().size() == l.files.size());
    }
    MESSAGE(killed << " kills while merging " << l.files.size() << " packets of "
                   << l.marks.front().size() << " marks, over " << rounds
                   << " rounds; after the kills packets were whole " << t.whole
                   << " times and not in " << t.none << " times, never partly (a merge of all "
                   << "takes " << full_ms << " ms)");
    CHECK(t.unfinished > 0);  // some kills did land before the end
    CHECK(t.none > 0);
    check_database(db);
}
