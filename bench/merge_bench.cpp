// merge_bench: 20 signed score packets (100,000 mark entries in all) merged into a master of
// 10,000 contestants: all at once, one packet at a time, and again (idempotent); prints a table
// and JSON. The competition is the demo at scale (four trades, 2,500 contestants each), five
// laptops per trade, each holding the marks of the workstations it covers. Data is generated
// in a child process and every merge runs in its own, so each peak memory is the merge's own.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "bench_util.h"
#include "io/file_bytes.h"
#include "services/data_dir.h"
#include "services/demo.h"
#include "services/judge_kit.h"
#include "services/score_packet.h"

namespace fs = std::filesystem;
using namespace plumb;
using namespace plumb::bench;

namespace {

constexpr int kContestants = 10000;
constexpr int kLaptopsPerEvent = 5;  // four trades: 20 laptops, 20 packets
constexpr int kRuns = 5;

const Actor kOrganiser{{}, "organiser", "merge benchmark"};

// The master: the demo's roster and draw at scale, and no marks; the laptops: a kit each, the
// demo's generated marks for their share of the workstations entered, and a packet exported.
void generate(const fs::path& work, int entries) {
    const std::uint64_t seed = 20191018;
    // The demo generator makes the roster, the draw and every mark; the master takes the
    // roster and draw from it, the laptops the marks.
    const CompetitionSession source =
        create_demo(work / "source.plumb", DemoOptions{kContestants, seed, false});
    CompetitionSession master = CompetitionSession::init(
        work / "master.plumb", data_dir() / "demo" / "zhengyun-cup.toml", kOrganiser);
    {
        Change change = master.store().begin(kOrganiser);
        for (const Contestant& c : source.contestants()) change.add_contestant(c);
        change.commit();
    }
    std::map<std::string, std::vector<MarkEntry>> marks_of;  // registration number -> marks
    for (const MarkEntry& m : source.store().marks()) marks_of[m.registration_no].push_back(m);

    const auto& events = master.competition().events;
    const int laptops = static_cast<int>(events.size()) * kLaptopsPerEvent;
    const std::size_t per_packet = static_cast<std::size_t>(entries / laptops);
    fs::create_directories(work / "packets");
    int n = 0;
    for (const Event& ev : events) {
        std::vector<Contestant> people;  // by workstation
        for (const Contestant& c : master.contestants())
            if (c.event == ev.code) people.push_back(c);
        std::sort(people.begin(), people.end(), [](const Contestant& a, const Contestant& b) {
            return std::stoi(a.workstation) < std::stoi(b.workstation);
        });
        const std::size_t share = (people.size() + kLaptopsPerEvent - 1) / kLaptopsPerEvent;
        for (int k = 0; k < kLaptopsPerEvent; ++k, ++n) {
            const std::string device = ev.code + " " + std::to_string(k + 1);
            const KitExport kit = export_kit(master, unchecked_login("organiser"), ev.code, device,
                                             work / ("kit-" + std::to_string(n) + ".kit"));
            const fs::path laptop_db = work / ("laptop-" + std::to_string(n) + ".plumb");
            import_kit(laptop_db, kit.bytes, kit.passphrase, Actor{{}, "bench", "kit imported"});
            CompetitionSession laptop = CompetitionSession::open(laptop_db);
            std::map<std::string, std::string> token_at;  // workstation -> token
            for (const Contestant& c : laptop.contestants())
                token_at[c.workstation] = c.registration_no;
            // The laptop's judges score its workstations sheet by sheet, in one change each
            // (how many commits made the log does not change the packet).
            std::map<std::string, std::vector<MarkEntry>> by_judge;
            std::size_t taken = 0;
            const std::size_t from = static_cast<std::size_t>(k) * share;
            for (std::size_t i = from; i < std::min(people.size(), from + share); ++i)
                for (MarkEntry m : marks_of[people[i].registration_no]) {
                    if (taken == per_packet) break;
                    m.uuid.clear();
                    m.device.clear();
                    m.entered_at.clear();
                    m.reason.clear();
                    m.registration_no = token_at.at(people[i].workstation);
                    by_judge[m.judge].push_back(m);
                    ++taken;
                }
            for (const auto& [judge, marks] : by_judge) {
                Change change = laptop.store().begin(Actor{{}, judge, ""});
                for (const MarkEntry& m : marks) change.add_mark(m);
                change.commit();
            }
            char name[32];
            std::snprintf(name, sizeof name, "%02d.packet", n + 1);
            write_file_atomically(work / "packets" / name, export_packet(laptop, kit.passphrase));
        }
    }
}

std::vector<PacketFile> read_packets(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<PacketFile> out;
    for (const fs::path& f : files) out.push_back({f.filename().string(), read_file_bytes(f), {}});
    return out;
}

// A fresh copy of the master, as generated.
fs::path fresh_copy(const fs::path& work) {
    const fs::path run = work / "run.plumb";
    for (const char* suffix : {"", "-wal", "-shm"}) {
        fs::remove(run.string() + suffix);
        if (fs::exists(work / (std::string("master.plumb") + suffix)))
            fs::copy_file(work / (std::string("master.plumb") + suffix), run.string() + suffix);
    }
    return run;
}

// What one child reports back, through a file in the work directory.
struct Run {
    double merge_ms = 0, again_ms = 0;
    double merge_cpu_ms = 0;  // user + system time of both threads, while merging
    long marks_before = 0, marks_after = 0, marks_again = 0, records = 0;
    std::vector<double> packet_ms;  // one packet per import
};

void save(const fs::path& file, const Run& r) {
    std::ofstream out(file);
    out << r.merge_ms << " " << r.again_ms << " " << r.merge_cpu_ms << " " << r.marks_before << " "
        << r.marks_after << " " << r.marks_again << " " << r.records << " " << r.packet_ms.size();
    for (double t : r.packet_ms) out << " " << t;
}

Run load(const fs::path& file) {
    Run r;
    std::ifstream in(file);
    std::size_t n = 0;
    in >> r.merge_ms >> r.again_ms >> r.merge_cpu_ms >> r.marks_before >> r.marks_after >>
        r.marks_again >> r.records >> n;
    r.packet_ms.resize(n);
    for (double& t : r.packet_ms) in >> t;
    return r;
}

// CPU time of this process so far (every thread), in milliseconds.
double cpu_ms() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// All packets in one import (one transaction, as `plumb packet import DB *.packet`), then the
// same packets again. The time counts opening the master too.
void merge_all(const fs::path& work, const fs::path& report) {
    const std::vector<PacketFile> packets = read_packets(work / "packets");
    const fs::path db = fresh_copy(work);
    Run r;
    const double cpu0 = cpu_ms();
    auto t0 = Clock::now();
    {
        CompetitionSession master = CompetitionSession::open(db);
        for (const PacketImport& p : import_packets(master, unchecked_login("organiser"), packets))
            r.records += p.records;
        r.merge_ms = ms_since(t0);
        r.merge_cpu_ms = cpu_ms() - cpu0;
        r.marks_after = master.store().mark_count();
    }
    t0 = Clock::now();
    CompetitionSession master = CompetitionSession::open(db);
    for (const PacketImport& p : import_packets(master, unchecked_login("organiser"), packets))
        if (p.records != 0) throw std::runtime_error(p.file + " added records the second time");
    r.again_ms = ms_since(t0);
    r.marks_again = master.store().mark_count();
    save(report, r);
}

// One import per packet, each timed on its own.
void merge_one_by_one(const fs::path& work, const fs::path& report) {
    const std::vector<PacketFile> packets = read_packets(work / "packets");
    CompetitionSession master = CompetitionSession::open(fresh_copy(work));
    Run r;
    r.marks_before = master.store().mark_count();
    for (const PacketFile& p : packets) {
        const auto t0 = Clock::now();
        import_packets(master, unchecked_login("organiser"), {p});
        r.packet_ms.push_back(ms_since(t0));
    }
    r.marks_after = master.store().mark_count();
    save(report, r);
}

}  // namespace

int main(int argc, char** argv) {
    const int entries = argc > 1 ? std::atoi(argv[1]) : 100000;
    const fs::path out_dir = argc > 2 ? fs::path(argv[2]) : fs::path("build/bench");
    // PLUMB_BENCH_KEEP=DIR keeps the generated master and packets there and reuses them.
    const char* keep = std::getenv("PLUMB_BENCH_KEEP");
    const fs::path work =
        keep ? fs::path(keep)
             : fs::temp_directory_path() / ("plumb-merge-bench-" + std::to_string(::getpid()));
    fs::create_directories(work);
    fs::create_directories(out_dir);

    double generate_ms = 0;
    long generate_peak = 0;
    if (!keep || !fs::exists(work / "packets")) {
        const auto t0 = Clock::now();
        generate_peak = in_child([&] {
                            generate(work, entries);
                            return 0.0;
                        }).peak_mb;
        generate_ms = ms_since(t0);
    }
    std::uintmax_t packet_bytes = 0;
    int packets = 0;
    for (const auto& e : fs::directory_iterator(work / "packets"))
        packet_bytes += e.file_size(), ++packets;

    const fs::path report = work / "run.txt";
    std::vector<double> merge_ms, merge_cpu_ms, again_ms, packet_ms;
    long merge_peak = 0, one_peak = 0, marks = 0, records = 0;
    bool idempotent = true;
    for (int i = 0; i < kRuns; ++i) {
        const long peak = in_child([&] {
                              merge_all(work, report);
                              return 0.0;
                          }).peak_mb;
        const Run r = load(report);
        merge_ms.push_back(r.merge_ms);
        merge_cpu_ms.push_back(r.merge_cpu_ms);
        again_ms.push_back(r.again_ms);
        merge_peak = std::max(merge_peak, peak);
        marks = r.marks_after;
        records = r.records;
        if (r.marks_again != r.marks_after) idempotent = false;
    }
    long marks_one_by_one = 0;
    for (int i = 0; i < 3; ++i) {
        const long peak = in_child([&] {
                              merge_one_by_one(work, report);
                              return 0.0;
                          }).peak_mb;
        const Run r = load(report);
        packet_ms.insert(packet_ms.end(), r.packet_ms.begin(), r.packet_ms.end());
        one_peak = std::max(one_peak, peak);
        marks_one_by_one = r.marks_after;
    }

    const double merge = percentile(merge_ms, 0.5), merge_cpu = percentile(merge_cpu_ms, 0.5);
    const double again = percentile(again_ms, 0.5);
    const double per_packet = percentile(packet_ms, 0.5);
    std::printf("\n%-34s %12s\n", "merge (median of 5, cold copies)", "");
    std::printf("%-34s %12d\n", "packets", packets);
    std::printf("%-34s %12ld\n", "mark entries merged", marks);
    std::printf("%-34s %12ld\n", "audit records merged", records);
    std::printf("%-34s %12.1f\n", "packet files, MB total",
                static_cast<double>(packet_bytes) / (1024.0 * 1024.0));
    std::printf("%-34s %12.1f\n", "all 20 in one import, ms", merge);
    std::printf("%-34s %12.1f\n", "  CPU time of it (both threads), ms", merge_cpu);
    std::printf("%-34s %12.1f\n", "one packet per import, ms (median)", per_packet);
    std::printf("%-34s %12.1f\n", "the same 20 again, ms", again);
    std::printf("%-34s %12s\n", "the same 20 again adds", idempotent ? "nothing" : "MARKS");
    std::printf("%-34s %12ld\n", "peak memory, all at once, MB", merge_peak);
    std::printf("%-34s %12ld\n", "peak memory, one by one, MB", one_peak);
    if (generate_ms > 0)
        std::printf("%-34s %12.1f (peak %ld MB)\n", "generating, s", generate_ms / 1000,
                    generate_peak);

    char json[800];
    std::snprintf(json, sizeof json,
                  "{\"case\": \"merge\", \"packets\": %d, \"entries\": %ld, \"records\": %ld, "
                  "\"packet_bytes\": %ju, \"merge_ms\": %.1f, \"merge_cpu_ms\": %.1f, "
                  "\"packet_median_ms\": %.2f, "
                  "\"reimport_ms\": %.1f, \"reimport_adds_nothing\": %s, \"merge_peak_mb\": %ld, "
                  "\"one_by_one_peak_mb\": %ld, \"generate_ms\": %.0f, \"generate_peak_mb\": "
                  "%ld}\n",
                  packets, marks, records, packet_bytes, merge, merge_cpu, per_packet, again,
                  idempotent ? "true" : "false", merge_peak, one_peak, generate_ms, generate_peak);
    std::ofstream(out_dir / "merge_bench.json") << json;
    if (!keep) fs::remove_all(work);
    if (!idempotent || marks_one_by_one != marks) {
        std::fprintf(stderr, "merge_bench: importing the packets again changed the marks (%ld)\n",
                     marks_one_by_one);
        return 1;
    }
    return 0;
}
