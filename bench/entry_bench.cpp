// entry_bench: durable single-mark commits (WAL, synchronous=FULL): latency of each entry
// through the store and through the gate (enter_mark), alone and while a second
// process enters marks into the same file. Usage: entry_bench [entries=2000] [out_dir].
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "bench_util.h"
#include "services/demo.h"
#include "services/marks.h"

namespace fs = std::filesystem;
using namespace plumb;
using namespace plumb::bench;

namespace {

struct Cell {
    std::string registration_no, workstation, aspect;
};

// The bricklaying judgement cells of the demo: where a judge's score may change any time.
std::vector<Cell> judgement_cells(const CompetitionSession& s) {
    std::vector<Cell> out;
    const Event& ev = s.event("bricklaying");
    for (const Contestant& c : s.contestants())
        if (c.event == ev.code && c.status == ContestantStatus::Active)
            for (const Aspect* a : ev.scheme.aspects())
                if (a->is_judgement()) out.push_back({c.registration_no, c.workstation, a->id});
    return out;
}

const std::string kValues[] = {"1", "2"};

// One durable mark per Change: begin, add_mark, commit (fsync of the WAL).
// pause_us > 0: waits that long between entries (a second writer that is not flat out).
std::vector<double> store_entries(const fs::path& db, const std::string& judge, int count,
                                  int offset, int pause_us = 0) {
    CompetitionSession s = CompetitionSession::open(db);
    const auto cells = judgement_cells(s);
    std::vector<double> t;
    t.reserve(static_cast<std::size_t>(count));
    for (int i = 0; count == 0 || i < count; ++i) {
        const Cell& c = cells[static_cast<std::size_t>(i + offset) % cells.size()];
        MarkEntry e;
        e.judge = judge;
        e.registration_no = c.registration_no;
        e.event = "bricklaying";
        e.aspect = c.aspect;
        e.value = kValues[i % 2];
        e.reason = "bench";
        const auto t0 = Clock::now();
        Change change = s.store().begin(Actor{{}, judge, "bench"});
        change.add_mark(e);
        change.commit();
        t.push_back(ms_since(t0));
        if (pause_us > 0) usleep(static_cast<useconds_t>(pause_us));
    }
    return t;
}

// What the console does for one typed score: checks, current value, one durable commit.
std::vector<double> session_entries(const fs::path& db, const std::string& judge, int count) {
    CompetitionSession s = CompetitionSession::open(db);
    const auto cells = judgement_cells(s);
    std::vector<double> t;
    for (int i = 0; i < count; ++i) {
        const Cell& c = cells[static_cast<std::size_t>(i) % cells.size()];
        const char* value = (i / cells.size()) % 2 ? "1" : "3";
        const auto t0 = Clock::now();
        enter_mark(s, unchecked_login(judge),
                   MarkRequest{"bricklaying", c.workstation, judge, c.aspect, value, "bench", {}});
        t.push_back(ms_since(t0));
    }
    return t;
}

struct Row {
    std::string name;
    std::vector<double> t;
};

}  // namespace

int main(int argc, char** argv) {
    const int count = argc > 1 ? std::atoi(argv[1]) : 2000;
    const fs::path out_dir = argc > 2 ? fs::path(argv[2]) : fs::path("build/bench");
    const fs::path work = fs::temp_directory_path() / ("plumb-entry-bench-" + std::to_string(getpid()));
    fs::create_directories(work);
    fs::create_directories(out_dir);
    const fs::path db = work / "demo.plumb";
    create_demo(db, DemoOptions{});

    std::vector<Row> rows;
    rows.push_back({"store, alone", store_entries(db, "J01", count, 0)});
    rows.push_back({"enter_mark, alone", session_entries(db, "J02", count)});

    // A second process enters marks into the same file while these are measured: first one
    // every 2 ms (500 a second, far more than a room of judges types), then flat out.
    const auto with_second_writer = [&](const std::string& label, int pause_us) {
        const pid_t other = fork();
        if (other == 0) {
            store_entries(db, "J03", 0, 7, pause_us);
            _exit(0);
        }
        usleep(200'000);  // let it get going
        rows.push_back({"store, " + label, store_entries(db, "J04", count, 3)});
        rows.push_back({"enter_mark, " + label, session_entries(db, "J05", count)});
        kill(other, SIGKILL);
        waitpid(other, nullptr, 0);
    };
    with_second_writer("2nd writer every 2 ms", 2000);
    with_second_writer("2nd writer flat out", 0);

    std::printf("entry_bench: %d durable single-mark commits per case (WAL, synchronous=FULL)\n",
                count);
    std::printf("%-38s %9s %9s %9s %9s\n", "case", "p50 ms", "p90 ms", "p99 ms", "max ms");
    std::string json = "[\n";
    for (const Row& r : rows) {
        const double p50 = percentile(r.t, 0.5), p90 = percentile(r.t, 0.9),
                     p99 = percentile(r.t, 0.99), max = percentile(r.t, 1.0);
        std::printf("%-38s %9.3f %9.3f %9.3f %9.3f\n", r.name.c_str(), p50, p90, p99, max);
        char line[300];
        std::snprintf(line, sizeof line,
                      "  {\"case\": \"%s\", \"entries\": %zu, \"p50_ms\": %.3f, \"p90_ms\": "
                      "%.3f, \"p99_ms\": %.3f, \"max_ms\": %.3f}%s\n",
                      r.name.c_str(), r.t.size(), p50, p90, p99, max,
                      &r == &rows.back() ? "" : ",");
        json += line;
    }
    json += "]\n";
    std::printf("peak memory: %ld MB\n", peak_rss_mb());
    std::ofstream(out_dir / "entry_bench.json") << json;
    fs::remove_all(work);
    return 0;
}
