// rank_bench: load-from-database and ranking times at scale (10,000 contestants x 30 aspects,
// 5 judges per judgement aspect) and for the 200-contestant demo, in-process and as a whole
// `plumb rank`; prints a table and JSON. Data is generated in a child process, so the peak
// memory reported for ranking is ranking's own.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "bench_util.h"
#include "services/demo.h"

namespace fs = std::filesystem;
using namespace plumb;
using namespace plumb::bench;

extern char** environ;

namespace {

// A 30-aspect scheme worth 100: 20 measurement aspects (points and differences) at 3 marks
// and 10 judgement aspects at 4.
void write_large_definition(const fs::path& dir) {
    std::ofstream s(dir / "large.toml");
    s << "[scheme]\ncode = \"large\"\nname = \"大型测试\"\nname_en = \"Large\"\njudgement_scale = "
         "3\n";
    for (int c = 0; c < 3; ++c) {
        s << "\n[[criterion]]\nid = \"" << char('A' + c) << "\"\nname = \"C" << c << "\"\n";
        for (int a = 1; a <= 10; ++a) {
            s << "  [[criterion.aspect]]\n  id = \"" << char('A' + c) << a
              << "\"\n  name = \"aspect\"\n";
            if (c < 2 && a % 2 == 1)
                s << "  type = \"points\"\n  max = 3\n  points = 3\n  target = 0\n  tolerance = "
                     "3\n  deduction = 1\n"
                     "  value_min = 0\n  value_max = 50\n";
            else if (c < 2)
                s << "  type = \"difference\"\n  max = 3\n  target = 500\n  tolerance = 2\n  "
                     "deduction = 1\n";
            else
                s << "  type = \"judgement\"\n  max = 4\n";
        }
    }
    std::ofstream comp(dir / "large-competition.toml");
    comp << "[competition]\nname = \"Benchmark\"\norganiser = \"bench\"\nvenue = \"bench\"\n"
            "starts = 2019-10-18\nends = 2019-10-19\nprecision = 2\n";
    for (int j = 1; j <= 5; ++j)
        comp << "\n[[judge]]\ncode = \"J0" << j << "\"\nname = \"J\"\nevents = [\"large\"]\n";
    comp << "\n[[event]]\ncode = \"large\"\nscheme = \"large.toml\"\ntime_limit_minutes = 150\n"
            "theory_weight = 0.3\npractical_weight = 0.7\naggregation = \"trimmed\"\ntrim = 1\n"
            "trim_min_judges = 5\nmin_judges = 3\nspread_limit = 1.0\ntie_breaks = [\"time\", "
            "\"practical\"]\n"
            "  [event.awards]\n  mode = \"percent\"\n  first = 5\n  second = 10\n  third = 15\n  "
            "merit = 20\n";
}

struct Figures {
    std::string name;
    int contestants = 0;
    long marks = 0;
    double generate_ms = 0;
    long generate_peak_mb = 0;
    double load_ms = 0, rank_ms = 0, rerank_ms = 0;
    double process_ms = 0;  // `plumb rank` as a whole process
    long process_peak_mb = 0;
};

// Runs `generate` in a child process; its time and peak memory (kept out of this process's).
void generate_apart(Figures& f, const std::function<void()>& generate) {
    const auto t0 = Clock::now();
    const pid_t child = fork();
    if (child == 0) {
        try {
            generate();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "rank_bench: %s\n", e.what());
            _exit(1);
        }
        _exit(0);
    }
    int status = 0;
    rusage u{};
    wait4(child, &status, 0, &u);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) std::exit(1);
    f.generate_ms = ms_since(t0);
    f.generate_peak_mb = u.ru_maxrss / 1024;
}

// `plumb rank DB --event EVENT --format csv` from start to exit: median time of 5, peak memory.
void measure_process(Figures& f, const fs::path& db, const std::string& event) {
    std::vector<std::string> args = {PLUMB_BINARY, "rank",   db.string(), "--event",
                                     event,        "--format", "csv"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t io;
    posix_spawn_file_actions_init(&io);
    posix_spawn_file_actions_addopen(&io, 1, "/dev/null", O_WRONLY, 0);
    long peak = 0;
    f.process_ms = median_ms(5, [&] {
        pid_t pid = 0;
        if (posix_spawn(&pid, argv[0], &io, nullptr, argv.data(), environ) != 0) std::exit(1);
        int status = 0;
        rusage u{};
        wait4(pid, &status, 0, &u);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            std::fprintf(stderr, "rank_bench: plumb rank failed\n");
            std::exit(1);
        }
        peak = std::max(peak, u.ru_maxrss / 1024);
    });
    posix_spawn_file_actions_destroy(&io);
    f.process_peak_mb = peak;
}

void measure(Figures& f, const fs::path& db, const std::string& event) {
    // Cold: open the database, parse the definition, read the logs, score and rank.
    f.load_ms = median_ms(5, [&] {
        const CompetitionSession s = CompetitionSession::open(db);
        EventBook book = s.book(event);
        book.rank();
    });
    const CompetitionSession s = CompetitionSession::open(db);
    EventBook book = s.book(event);
    f.contestants = static_cast<int>(book.contestants().size());
    f.marks = s.store().mark_count();
    // Rank alone: every sheet of a freshly loaded book scored, then the ranking.
    std::vector<double> rank_times;
    for (int i = 0; i < 5; ++i) {
        EventBook b = s.book(event);
        const auto t0 = Clock::now();
        b.rank();
        rank_times.push_back(ms_since(t0));
    }
    f.rank_ms = percentile(rank_times, 0.5);
    book.rank();
    // One more mark arrives: apply it and re-rank.
    const Aspect* judged = nullptr;
    for (const Aspect* a : book.event().scheme.aspects())
        if (a->is_judgement()) judged = a;
    int k = 0;
    MarkEntry e;
    e.judge = std::string("J01");
    e.event = event;
    e.aspect = judged->id;
    e.value = std::string("2");
    f.rerank_ms = median_ms(9, [&] {
        e.registration_no =
            book.contestants()[static_cast<std::size_t>(k++ % f.contestants)].registration_no;
        book.apply(e);
        book.rank();
    });
    measure_process(f, db, event);
}

}  // namespace

int main(int argc, char** argv) {
    const int large = argc > 1 ? std::atoi(argv[1]) : 10000;
    const fs::path out_dir = argc > 2 ? fs::path(argv[2]) : fs::path("build/bench");
    // PLUMB_BENCH_KEEP=DIR keeps the generated databases there and reuses them next time
    // (for profiling the loading alone).
    const char* keep = std::getenv("PLUMB_BENCH_KEEP");
    const fs::path work = keep ? fs::path(keep)
                               : fs::temp_directory_path() /
                                     ("plumb-bench-" + std::to_string(::getpid()));
    fs::create_directories(work);
    fs::create_directories(out_dir);
    const std::string large_name = "large-" + std::to_string(large) + ".plumb";

    std::vector<Figures> all(2);
    all[0].name = "demo (bricklaying)";
    if (!keep || !fs::exists(work / "demo.plumb"))
        generate_apart(all[0], [&] { create_demo(work / "demo.plumb", DemoOptions{}); });
    measure(all[0], work / "demo.plumb", "bricklaying");

    all[1].name = std::to_string(large) + " x 30 aspects";
    write_large_definition(work);
    if (!keep || !fs::exists(work / large_name))
        generate_apart(all[1], [&] {
            CompetitionSession s = CompetitionSession::init(
                work / large_name, work / "large-competition.toml", Actor{{}, "bench", ""});
            populate_demo(s, DemoOptions{large, 7, false});
        });
    measure(all[1], work / large_name, "large");

    std::printf("\n%-20s %11s %8s %9s %10s %8s %9s %11s %8s %10s\n", "case", "contestants",
                "marks", "generate", "load+rank", "rank", "re-rank", "plumb rank", "peak",
                "gen. peak");
    std::printf("%-20s %11s %8s %9s %10s %8s %9s %11s %8s %10s\n", "", "", "", "s", "ms", "ms",
                "ms", "ms", "MB", "MB");
    std::string json = "[\n";
    for (const Figures& f : all) {
        std::printf("%-20s %11d %8ld %9.1f %10.1f %8.1f %9.2f %11.1f %8ld %10ld\n",
                    f.name.c_str(), f.contestants, f.marks, f.generate_ms / 1000, f.load_ms,
                    f.rank_ms, f.rerank_ms, f.process_ms, f.process_peak_mb, f.generate_peak_mb);
        char line[600];
        std::snprintf(line, sizeof line,
                      "  {\"case\": \"%s\", \"contestants\": %d, \"marks\": %ld, "
                      "\"generate_ms\": %.0f, \"generate_peak_mb\": %ld, \"load_rank_ms\": %.2f, "
                      "\"rank_ms\": %.2f, \"rerank_ms\": %.3f, \"plumb_rank_ms\": %.1f, "
                      "\"plumb_rank_peak_mb\": %ld}",
                      f.name.c_str(), f.contestants, f.marks, f.generate_ms, f.generate_peak_mb,
                      f.load_ms, f.rank_ms, f.rerank_ms, f.process_ms, f.process_peak_mb);
        json += std::string(line) + (&f == &all.back() ? "\n" : ",\n");
    }
    json += "]\n";
    // Everything this process did: loading and ranking both cases, several times over.
    std::printf("peak memory of load+rank in this process: %ld MB\n", peak_rss_mb());
    std::ofstream(out_dir / "rank_bench.json") << json;
    if (!keep) fs::remove_all(work);
    return 0;
}
