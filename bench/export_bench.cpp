// export_bench: how long the exports take at the sizes: 1,000 certificates (PDF), a
// 10,000-row HR XLSX, and the results sheet and score sheets of a large competition.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

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

namespace {

double ms(const std::function<void()>& f) {
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

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

}  // namespace

int main(int argc, char** argv) {
    const int contestants = argc > 1 ? std::atoi(argv[1]) : 1000;
    const fs::path dir =
        fs::temp_directory_path() / ("plumb-export-bench-" + std::to_string(getpid()));
    fs::create_directories(dir);
    const Actor organiser{{}, "bench", {}};
    auto s = CompetitionSession::init(dir / "b.plumb", generous_competition(dir), organiser);
    DemoOptions o;
    o.contestants = contestants;
    o.imperfections = false;
    const double gen = ms([&] { populate_demo(s, o); });
    std::vector<std::string> events;
    for (const Event& e : s.competition().events) events.push_back(e.code);
    device_key(s);  // created once, outside the timings

    CertificateExport certs;
    const double cert_ms = ms([&] { certs = export_certificates(s, events, dir / "c.pdf"); });
    int result_pages = 0;
    const double results_ms =
        ms([&] { result_pages = export_results(s, events, "pdf", dir / "r.pdf"); });
    int sheet_pages = 0;
    const double sheets_ms =
        ms([&] { sheet_pages = export_score_sheets(s, "bricklaying", dir / "s.pdf"); });

    // 10,000 HR rows: this competition's rows repeated with new registration numbers.
    HrOptions draft;
    draft.allow_draft = true;
    const std::vector<HrRow> base = hr_rows(s, draft);
    std::vector<HrRow> rows;
    for (int i = 0; rows.size() < 10000; ++i) {
        HrRow r = base[static_cast<std::size_t>(i) % base.size()];
        r.registration_no = std::to_string(100000 + i);
        rows.push_back(std::move(r));
    }
    const double xlsx_ms = ms([&] { write_hr_xlsx(dir / "hr.xlsx", rows, HrHeaders::Chinese); });
    const double csv_ms =
        ms([&] { write_file_atomically(dir / "hr.csv", hr_csv(rows, HrHeaders::Chinese)); });

    std::printf("export_bench (%d contestants generated in %.0f ms)\n", contestants, gen);
    std::printf("  certificates PDF   %5d pages  %8.0f ms  (%.2f ms/page)\n", certs.pages, cert_ms,
                cert_ms / std::max(certs.pages, 1));
    std::printf("  results PDF        %5d pages  %8.0f ms\n", result_pages, results_ms);
    std::printf("  score sheets PDF   %5d pages  %8.0f ms\n", sheet_pages, sheets_ms);
    std::printf("  HR XLSX            %5zu rows   %8.0f ms  (%.1f MB)\n", rows.size(), xlsx_ms,
                double(fs::file_size(dir / "hr.xlsx")) / 1e6);
    std::printf("  HR CSV             %5zu rows   %8.0f ms\n", rows.size(), csv_ms);
    fs::remove_all(dir);
    const bool ok = cert_ms < 2000 && xlsx_ms < 2000 && certs.pages >= 1000;
    std::printf("%s\n", ok ? "within the issue's limits (1,000 certificates < 2 s, 10,000-row "
                             "HR XLSX < 2 s)"
                           : "OUTSIDE the issue's limits");
    return ok ? 0 : 1;
}
