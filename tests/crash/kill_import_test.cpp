// A CSV import killed at any moment leaves the whole file in the database or none of it.
#include "crash_harness.h"

using namespace plumb;
using namespace plumb::crash;

namespace {

struct Tally {
    int whole = 0, none = 0;
};

// Kills an import (driver `mode`) at random moments up to a little past how long one whole
// import took, and checks after each that `count_in(k)` is 0 or `size`.
template <class Prepare, class Count>
Tally kill_imports(const std::string& mode, const fs::path& db, int cycles, int size,
                   Prepare prepare, Count count_in) {
    Tally t;
    // The first runs to the end: how long a whole import takes here.
    const fs::path first = prepare(0);
    Driver whole({mode, db.string(), first.string()});
    const int code = whole.wait();
    INFO("the first import: " << whole.errors());
    REQUIRE(code == 0);
    REQUIRE(count_in(0) == size);
    const int full_ms = static_cast<int>(whole.elapsed_ms());
    for (int k = 1; k <= cycles; ++k) {
        const fs::path csv = prepare(k);
        Driver d({mode, db.string(), csv.string()});
        // Half the kills anywhere, half around the end, where the commit is.
        d.read_until(k % 2 ? uniform(1, full_ms * 6 / 5)
                           : uniform(full_ms * 4 / 5, full_ms * 6 / 5));
        d.kill_now();
        INFO("import " << k << ": " << d.errors());
        CHECK(d.errors() == "");
        const int n = count_in(k);
        const bool acknowledged = !d.lines().empty();
        CHECK((n == 0 || n == size));
        if (acknowledged) CHECK(n == size);
        (n == size ? t.whole : t.none)++;
    }
    MESSAGE(mode << ": " << cycles << " kills; whole file in " << t.whole << " times, none of it "
                 << t.none << " times (one import takes " << full_ms << " ms)");
    return t;
}

}  // namespace

TEST_CASE("a roster import killed at a random moment is all in or not in") {
    Scratch dir;
    const fs::path db = dir / "roster.plumb";
    create_competition(db, 10);
    constexpr int kSize = 1500;
    const auto prepare = [&](int k) {
        const fs::path csv = dir / ("roster-" + std::to_string(k) + ".csv");
        write_roster(csv, "R" + std::to_string(k), 1000 + k * kSize, kSize, 100000 + k * kSize);
        return csv;
    };
    const auto count_in = [&](int k) {
        const std::string prefix = "R" + std::to_string(k) + "-";
        int n = 0;
        for (const Contestant& c : Store::open(db.string()).contestants())
            n += c.registration_no.rfind(prefix, 0) == 0;
        return n;
    };
    const Tally t = kill_imports("import-roster", db, kills(15), kSize, prepare, count_in);
    CHECK(t.none > 0);  // some kills did land before the commit
    check_database(db);
}

TEST_CASE("a marks import killed at a random moment is all in or not in") {
    Scratch dir;
    const fs::path db = dir / "marks.plumb";
    const int cycles = kills(15);
    constexpr int kPerBatch = 20;  // contestants whose every aspect each batch marks
    create_competition(db, (cycles + 1) * kPerBatch);
    const CompetitionSession s = CompetitionSession::open(db);
    const Event& bricklaying = s.event("bricklaying");
    std::vector<std::string> judges;
    for (const Judge& j : s.competition().judges)
        if (j.judges("bricklaying")) judges.push_back(j.code);
    const auto aspects = bricklaying.scheme.aspects();
    const int size = kPerBatch * static_cast<int>(judges.size() * aspects.size());

    // Batch k marks workstations k*20+1 .. k*20+20, every judge and aspect, in-band values.
    const auto prepare = [&](int k) {
        const fs::path csv = dir / ("marks-" + std::to_string(k) + ".csv");
        std::ofstream out(csv);
        out << "event,workstation,judge,aspect,value\n";
        for (int w = k * kPerBatch + 1; w <= (k + 1) * kPerBatch; ++w)
            for (const std::string& j : judges)
                for (const Aspect* a : aspects) {
                    const std::string spot_on = a->target.value_or(a->band_high()).str();
                    std::string value;
                    switch (a->type) {
                        case AspectType::PassFail: value = "pass"; break;
                        case AspectType::Difference: value = spot_on; break;
                        case AspectType::Points:
                            for (int p = 0; p < a->points; ++p) value += (p ? ";" : "") + spot_on;
                            break;
                        case AspectType::Choice: value = "1"; break;
                        case AspectType::Judgement: value = "2"; break;
                        case AspectType::Deduction: value = "0"; break;
                    }
                    out << "bricklaying," << w << "," << j << "," << a->id << "," << value << "\n";
                }
        return csv;
    };
    const auto count_in = [&](int k) {
        std::set<std::string> batch;
        for (int i = k * kPerBatch; i < (k + 1) * kPerBatch; ++i)
            batch.insert("B-" + std::to_string(i));
        int n = 0;
        for (const MarkEntry& m : Store::open(db.string()).marks())
            n += static_cast<int>(batch.count(m.registration_no));
        return n;
    };
    const Tally t = kill_imports("import-marks", db, cycles, size, prepare, count_in);
    CHECK(t.none > 0);
    check_database(db);
}
