// rank_bench: load-from-database and ranking times at scale (10,000 contestants x 30 aspects,
// 5 judges per judgement aspect) and for the 200-contestant demo; prints a table and JSON.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "services/demo.h"

namespace fs = std::filesystem;
using namespace plumb;

namespace {

double ms_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// Median of `runs` timings of f, in milliseconds.
double median_ms(int runs, const std::function<void()>& f) {
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        t.push_back(ms_since(t0));
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

long peak_rss_mb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

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
    double load_ms = 0, rank_ms = 0, rerank_ms = 0;
};

Figures measure(const std::string& name, const fs::path& db, const std::string& event) {
    Figures f;
    f.name = name;
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
    // Rank alone on a loaded book (every sheet scored again).
    f.rank_ms = median_ms(5,
                          [&] {
                              EventBook b = s.book(event);
                              b.rank();
                          }) -
                median_ms(5, [&] { EventBook b = s.book(event); });
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
    return f;
}

}  // namespace

int main(int argc, char** argv) {
    const int large = argc > 1 ? std::atoi(argv[1]) : 10000;
    const fs::path out_dir = argc > 2 ? fs::path(argv[2]) : fs::path("build/bench");
    const fs::path work = fs::temp_directory_path() / ("plumb-bench-" + std::to_string(::getpid()));
    fs::create_directories(work);
    fs::create_directories(out_dir);

    std::vector<Figures> all;
    {
        const auto t0 = std::chrono::steady_clock::now();
        create_demo(work / "demo.plumb", DemoOptions{});
        std::printf("generated the demo in %.0f ms\n", ms_since(t0));
        all.push_back(measure("demo (bricklaying)", work / "demo.plumb", "bricklaying"));
    }
    {
        write_large_definition(work);
        const auto t0 = std::chrono::steady_clock::now();
        CompetitionSession s = CompetitionSession::init(
            work / "large.plumb", work / "large-competition.toml", Actor{{}, "bench", ""});
        populate_demo(s, DemoOptions{large, 7, false});
        std::printf("generated %d contestants in %.0f ms\n", large, ms_since(t0));
    }
    all.push_back(measure(std::to_string(large) + " x 30 aspects", work / "large.plumb", "large"));

    std::printf("\n%-24s %11s %9s %14s %9s %14s\n", "case", "contestants", "marks", "load+rank ms",
                "rank ms", "re-rank ms");
    std::string json = "[\n";
    for (const Figures& f : all) {
        std::printf("%-24s %11d %9ld %14.1f %9.1f %14.2f\n", f.name.c_str(), f.contestants, f.marks,
                    f.load_ms, f.rank_ms, f.rerank_ms);
        char line[400];
        std::snprintf(
            line, sizeof line,
            "  {\"case\": \"%s\", \"contestants\": %d, \"marks\": %ld, \"load_rank_ms\": %.2f, "
            "\"rank_ms\": %.2f, \"rerank_ms\": %.3f}",
            f.name.c_str(), f.contestants, f.marks, f.load_ms, f.rank_ms, f.rerank_ms);
        json += std::string(line) + (&f == &all.back() ? "\n" : ",\n");
    }
    json += "]\n";
    std::printf("peak memory: %ld MB\n", peak_rss_mb());
    std::ofstream(out_dir / "rank_bench.json") << json;
    fs::remove_all(work);
    return 0;
}
