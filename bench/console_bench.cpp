// console_bench: what the console does per keystroke and at start-up, without a display:
// open a competition and rank every event (the first window), then enter a mark and rebuild the
// event's results (what the results panel shows), on the demo and on a large competition.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "bench_util.h"
#include "core/results.h"
#include "services/demo.h"
#include "services/marks.h"
#include "services/sheet_view.h"

namespace fs = std::filesystem;
using namespace plumb;
using namespace plumb::bench;

namespace {

double ms(Clock::time_point t0) { return ms_since(t0); }

struct Row {
    std::string name;
    double open_ms = 0, mark_p50 = 0, mark_p99 = 0;
};

Row measure(const std::string& name, const fs::path& db) {
    Row row;
    row.name = name;
    auto t0 = Clock::now();
    CompetitionSession session = CompetitionSession::open(db);
    std::vector<EventBook> books;
    for (const Event& e : session.competition().events) {
        books.push_back(session.book(e.code));
        build_results(books.back());
    }
    row.open_ms = ms(t0);

    // A judge corrects a judgement score again and again; each time the results are rebuilt.
    EventBook& book = books.front();
    const Event& event = book.event();
    const Aspect* judged = nullptr;
    for (const Aspect* a : event.scheme.aspects())
        if (a->is_judgement() && !judged) judged = a;
    std::string judge;
    for (const Judge& j : session.competition().judges)
        if (j.judges(event.code) && judge.empty()) judge = j.code;
    std::vector<double> times;
    for (int i = 0; i < 200; ++i) {
        const Contestant& c = book.contestants()[static_cast<std::size_t>(i) % book.contestants().size()];
        if (c.status != ContestantStatus::Active) continue;
        const char* value = i % 2 ? "1" : "2";
        t0 = Clock::now();
        const MarkOutcome out = enter_mark(
            session, unchecked_login(judge),
            MarkRequest{event.code, c.workstation, judge, judged->id, value, "bench correction", {}});
        if (out.entry) book.apply(*out.entry);
        const EventResults r = build_results(book);
        sheet_view(book, book.find(c.registration_no), judge);
        times.push_back(ms(t0));
        if (r.rows.empty()) std::puts("no rows?");
    }
    row.mark_p50 = percentile(times, 0.5);
    row.mark_p99 = percentile(times, 0.99);
    return row;
}

}  // namespace

int main(int argc, char** argv) {
    const int large = argc > 1 ? std::atoi(argv[1]) : 10000;
    const fs::path out_dir = argc > 2 ? fs::path(argv[2]) : fs::path("build/bench");
    const fs::path work = fs::temp_directory_path() / ("plumb-console-bench-" + std::to_string(::getpid()));
    fs::create_directories(work);
    fs::create_directories(out_dir);
    std::vector<Row> rows;
    create_demo(work / "demo.plumb", DemoOptions{});
    rows.push_back(measure("demo (200, 4 events)", work / "demo.plumb"));
    create_demo(work / "large.plumb", DemoOptions{large, 11, false});
    rows.push_back(measure(std::to_string(large) + " contestants, 4 events", work / "large.plumb"));

    std::printf("%-28s %14s %18s %18s\n", "case", "open+rank ms", "mark->results p50", "mark->results p99");
    std::string json = "[\n";
    for (const Row& r : rows) {
        std::printf("%-28s %14.1f %18.2f %18.2f\n", r.name.c_str(), r.open_ms, r.mark_p50, r.mark_p99);
        char line[300];
        std::snprintf(line, sizeof line,
                      "  {\"case\": \"%s\", \"open_rank_ms\": %.2f, \"mark_results_p50_ms\": %.3f, "
                      "\"mark_results_p99_ms\": %.3f}%s\n",
                      r.name.c_str(), r.open_ms, r.mark_p50, r.mark_p99, &r == &rows.back() ? "" : ",");
        json += line;
    }
    json += "]\n";
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    std::printf("peak memory: %ld MB\n", u.ru_maxrss / 1024);
    std::ofstream(out_dir / "console_bench.json") << json;
    fs::remove_all(work);
    return 0;
}
