// export_bench: the exports at the sizes: 1,000 certificates (PDF) with the results
// and score sheets of that competition, and the results XLSX and HR XLSX/CSV of a competition
// of 10,000 contestants. Each export runs in a child process (median of 3, peak memory its
// own); prints a table and writes build/bench/export_bench.json.
// Usage: export_bench [certificate_contestants=1000] [large=10000] [out_dir=build/bench]
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench_util.h"
#include "io/file_bytes.h"
#include "io/hr_export.h"
#include "services/data_dir.h"
#include "services/demo.h"
#include "services/export_certificates.h"
#include "services/export_hr.h"
#include "services/export_results.h"
#include "services/export_sheets.h"

namespace fs = std::filesystem;
using namespace plumb;
using namespace plumb::bench;

namespace {

// The demo competition with every ranked contestant getting a prize (percent mode adding up
// to 100, no minimum total), so that N contestants give about N certificates.
fs::path generous_competition(const fs::path& dir) {
    std::istringstream in(read_file_bytes(data_dir() / "demo/zhengyun-cup.toml"));
    std::string out, line;
    const std::string schemes = (data_dir() / "schemes").string() + "/";
    while (std::getline(in, line)) {
        if (const auto at = line.find("\"../schemes/"); at != std::string::npos)
            line.replace(at + 1, 11, schemes);
        if (line.rfind("  mode = ", 0) == 0) line = "  mode = \"percent\"";
        if (line.rfind("  first = ", 0) == 0) line = "  first = 10";
        if (line.rfind("  second = ", 0) == 0) line = "  second = 20";
        if (line.rfind("  third = ", 0) == 0) line = "  third = 30";
        if (line.rfind("  merit = ", 0) == 0) line = "  merit = 40";
        if (line == "  min_total = 60") continue;
        out += line + "\n";
    }
    const fs::path file = dir / "generous.toml";
    std::ofstream(file) << out;
    return file;
}

// A competition of `contestants`, generated in a child process; its time in ms.
double generate(const fs::path& dir, const fs::path& db, int contestants) {
    return in_child([&] {
               const auto t0 = Clock::now();
               auto s = CompetitionSession::init(db, generous_competition(dir),
                                                 Actor{{}, "bench", {}});
               DemoOptions o;
               o.contestants = contestants;
               o.imperfections = false;
               populate_demo(s, o);
               device_key(s);  // the signing key, created once, outside the timings
               return ms_since(t0);
           })
        .ms;
}

std::vector<std::string> event_codes(const CompetitionSession& s) {
    std::vector<std::string> events;
    for (const Event& e : s.competition().events) events.push_back(e.code);
    return events;
}

struct Row {
    std::string what;
    int contestants = 0;
    long size = 0;  // pages or rows
    std::string unit;
    ChildRun run;
};

// Opens `db` in a child, then times `export_one`, which returns the pages or rows it made.
Row measure(const std::string& what, const fs::path& db, int contestants,
            const std::string& unit,
            const std::function<long(CompetitionSession&, const std::vector<std::string>&)>&
                export_one) {
    Row r{what, contestants, 0, unit, {}};
    const fs::path size_file = db.parent_path() / "size";
    r.run = median_in_children(3, [&] {
        CompetitionSession s = CompetitionSession::open(db);
        const auto events = event_codes(s);
        const auto t0 = Clock::now();
        const long n = export_one(s, events);
        const double ms = ms_since(t0);
        std::ofstream(size_file) << n;
        return ms;
    });
    std::ifstream(size_file) >> r.size;
    return r;
}

}  // namespace

int main(int argc, char** argv) {
    const int small = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int large = argc > 2 ? std::atoi(argv[2]) : 10000;
    const fs::path out_dir = argc > 3 ? fs::path(argv[3]) : fs::path("build/bench");
    const fs::path dir =
        fs::temp_directory_path() / ("plumb-export-bench-" + std::to_string(getpid()));
    fs::create_directories(dir);
    fs::create_directories(out_dir);
    const fs::path small_db = dir / "small.plumb", large_db = dir / "large.plumb";
    const double small_gen = generate(dir, small_db, small);
    const double large_gen = generate(dir, large_db, large);
    HrOptions draft;
    draft.allow_draft = true;
    const Login kOrganiser = unchecked_login("organiser");  // sees the names before the reveal

    std::vector<Row> rows;
    rows.push_back(measure("certificates PDF", small_db, small, "pages", [&](auto& s, auto& ev) {
        return export_certificates(s, kOrganiser, ev, dir / "c.pdf").pages;
    }));
    rows.push_back(measure("results PDF", small_db, small, "pages", [&](auto& s, auto& ev) {
        return export_results(s, kOrganiser, ev, "pdf", dir / "r.pdf");
    }));
    rows.push_back(measure("score sheets PDF", small_db, small, "pages", [&](auto& s, auto&) {
        return export_score_sheets(s, "bricklaying", dir / "s.pdf");
    }));
    rows.push_back(measure("results XLSX", large_db, large, "rows", [&](auto& s, auto& ev) {
        export_results(s, kOrganiser, ev, "xlsx", dir / "r.xlsx");
        return static_cast<long>(s.contestants().size());  // one row each
    }));
    rows.push_back(measure("HR XLSX", large_db, large, "rows", [&](auto& s, auto&) {
        return export_hr(s, kOrganiser, dir / "hr.xlsx", draft).rows;
    }));
    rows.push_back(measure("HR CSV", large_db, large, "rows", [&](auto& s, auto&) {
        return export_hr(s, kOrganiser, dir / "hr.csv", draft).rows;
    }));

    std::printf("export_bench: generated %d contestants in %.1f s and %d in %.1f s\n", small,
                small_gen / 1000, large, large_gen / 1000);
    std::printf("%-18s %11s %7s %6s %10s %8s\n", "export", "contestants", "size", "", "median ms",
                "peak MB");
    std::string json = "[\n";
    for (const Row& r : rows) {
        std::printf("%-18s %11d %7ld %-6s %10.0f %8ld\n", r.what.c_str(), r.contestants, r.size,
                    r.unit.c_str(), r.run.ms, r.run.peak_mb);
        char line[300];
        std::snprintf(line, sizeof line,
                      "  {\"export\": \"%s\", \"contestants\": %d, \"%s\": %ld, "
                      "\"median_ms\": %.1f, \"peak_mb\": %ld}%s\n",
                      r.what.c_str(), r.contestants, r.unit.c_str(), r.size, r.run.ms,
                      r.run.peak_mb, &r == &rows.back() ? "" : ",");
        json += line;
    }
    json += "]\n";
    std::ofstream(out_dir / "export_bench.json") << json;
    fs::remove_all(dir);
    return 0;
}
