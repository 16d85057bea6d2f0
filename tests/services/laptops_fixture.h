// A master, its laptops and the marks they enter, for the kit, packet, role and appeal tests.
// The marks are those of a small generated demo, entered mark by mark on the laptops and, for
// comparison, on one machine ("single") holding the same roster.
#pragma once

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "acting.h"
#include "io/file_bytes.h"
#include "services/competition_session.h"
#include "services/demo.h"
#include "services/judge_kit.h"
#include "services/marks.h"
#include "services/score_packet.h"

namespace plumb::test {

namespace fs = std::filesystem;

struct Scratch {
    fs::path dir;
    Scratch() {
        char tmpl[] = "/tmp/plumb-laptops-XXXXXX";
        dir = mkdtemp(tmpl);
    }
    ~Scratch() { fs::remove_all(dir); }
    fs::path operator/(const std::string& name) const { return dir / name; }
};

inline const Actor kOrganiserActor{{}, "organiser", {}};

// Edits a database with the sqlite3 program, as an insider holding the file could.
inline void sqlite_edit(const fs::path& db, const std::string& sql) {
    REQUIRE(std::system(("sqlite3 '" + db.string() + "' \"" + sql + "\"").c_str()) == 0);
}

inline fs::path demo_toml() {
    return fs::path(PLUMB_DATA_DIR) / "demo/zhengyun-cup.toml";
}

// The master's state as a list of lines: every audit record (so any write shows) and the
// mark count. Equal before and after means nothing was written.
inline std::vector<std::string> state_of(const Store& store) {
    std::vector<std::string> out;
    for (const AuditRecord& r : store.audit_log())
        out.push_back(std::to_string(r.seq) + " " + r.uuid + " " + r.hash);
    out.push_back("marks " + std::to_string(store.mark_count()));
    out.push_back("packets " + std::to_string(store.packets().size()));
    out.push_back("devices " + std::to_string(store.devices().size()));
    return out;
}

// One laptop's kit-made database, open.
struct Laptop {
    std::string name;
    std::string event;
    fs::path path;
    std::unique_ptr<CompetitionSession> session;
    std::string passphrase;  // given with its kit
    std::string packet() const { return export_packet(*session, passphrase); }
};

// A value of a difference aspect one unit away from `value` (a different, valid measurement).
inline std::string other_measurement(const std::string& value) {
    return (*Decimal::parse(value) + Decimal::from_int(1)).str();
}

class Scenario {
public:
    // contestants: of the generated demo, spread over the four trades.
    explicit Scenario(int contestants = 12) {
        reference = std::make_unique<CompetitionSession>(
            create_demo(dir / "reference.plumb", DemoOptions{contestants, 7, false}));
        {
            CompetitionSession m =
                CompetitionSession::init(dir / "master.plumb", demo_toml(), kOrganiserActor);
            copy_roster(m);
        }
        fs::copy_file(dir / "master.plumb", dir / "single.plumb");
        master =
            std::make_unique<CompetitionSession>(CompetitionSession::open(dir / "master.plumb"));
        single =
            std::make_unique<CompetitionSession>(CompetitionSession::open(dir / "single.plumb"));
    }

    // Registers a laptop for `event` and creates its database from the kit.
    Laptop& add_laptop(const std::string& name, const std::string& event,
                       const std::vector<std::string>& judges = {}) {
        const KitExport k =
            export_kit(*master, kOrganiserLogin, event, name, dir / (name + ".kit"), judges);
        Laptop l{name, event, dir / (name + ".plumb"), nullptr, {}};
        l.passphrase = k.passphrase;
        import_kit(l.path, k.bytes, k.passphrase, Actor{{}, "laptop", {}});
        l.session = std::make_unique<CompetitionSession>(CompetitionSession::open(l.path));
        laptops.push_back(std::move(l));
        return laptops.back();
    }

    // The reference's marks of `event` by `judges`, entered on the laptop and on `single`.
    void enter(Laptop& laptop, const std::vector<std::string>& judges, int skip = 0,
               int limit = 1 << 30) {
        int n = 0;
        for (const MarkEntry& e : reference->store().marks(laptop.event)) {
            if (std::find(judges.begin(), judges.end(), e.judge) == judges.end()) continue;
            if (n++ < skip) continue;
            if (n > skip + limit) break;
            enter_one(laptop, e.registration_no, e.judge, e.aspect, e.value);
        }
    }

    // One mark by reference registration number, on the laptop and on `single`.
    void enter_one(Laptop& laptop, const std::string& reg_no, const std::string& judge,
                   const std::string& aspect, const std::string& value,
                   const std::string& reason = {}) {
        const std::string ws = workstation_of(reg_no);
        mark_as(*laptop.session, laptop.event, ws, judge, aspect, value, reason);
        mark_as(*single, laptop.event, ws, judge, aspect, value, reason);
    }

    std::string workstation_of(const std::string& reg_no) const {
        for (const Contestant& c : reference->contestants())
            if (c.registration_no == reg_no) return c.workstation;
        FAIL("no contestant " << reg_no);
        return {};
    }

    std::vector<Contestant> contestants_of(const std::string& event) const {
        std::vector<Contestant> out;
        for (const Contestant& c : reference->contestants())
            if (c.event == event) out.push_back(c);
        return out;
    }

    // A fresh copy of the master as it is now (closed and reopened around the copy).
    fs::path copy_master(const std::string& name) {
        master.reset();
        const fs::path to = dir / name;
        fs::copy_file(dir / "master.plumb", to);
        master =
            std::make_unique<CompetitionSession>(CompetitionSession::open(dir / "master.plumb"));
        return to;
    }

    // Copies the roster of a small generated demo into an empty competition.
    static void copy_roster_of(CompetitionSession& to, int contestants) {
        Scratch tmp;
        CompetitionSession demo =
            create_demo(tmp / "demo.plumb", DemoOptions{contestants, 7, false});
        Change c = to.store().begin(Actor{{}, "organiser", "roster"});
        for (const Contestant& k : demo.contestants()) c.add_contestant(k);
        c.commit();
    }

    Scratch dir;
    std::unique_ptr<CompetitionSession> reference;
    std::unique_ptr<CompetitionSession> master;
    std::unique_ptr<CompetitionSession> single;
    std::deque<Laptop> laptops;

private:
    // Contestants with their workstations, theory scores and times: what the master holds
    // before judging starts.
    void copy_roster(CompetitionSession& m) {
        Change c = m.store().begin(Actor{{}, "organiser", "roster, theory and times"});
        for (Contestant k : reference->contestants()) c.add_contestant(k);
        for (TheoryEntry t : reference->store().theory()) {
            t.uuid.clear();
            c.add_theory(t);
        }
        for (TimingEntry t : reference->store().timings()) {
            t.uuid.clear();
            c.add_timing(t);
        }
        c.commit();
    }
};

inline std::vector<PacketFile> files(std::initializer_list<std::pair<const char*, std::string>> f) {
    std::vector<PacketFile> out;
    for (const auto& [name, bytes] : f) out.push_back({name, bytes, {}});
    return out;
}

}  // namespace plumb::test
